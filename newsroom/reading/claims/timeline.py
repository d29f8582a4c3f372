"""An incident's timeline: who said what, when, oldest first, a page at a time, each statement with
its links to other statements (on this page or elsewhere), grouped by the day it was said."""

import itertools
from dataclasses import dataclass, field

from django.db.models import Prefetch

from newsroom.claims.models import StatementLink
from newsroom.claims.threads import Reading
from newsroom.content.models import Article, Source, Statement
from newsroom.reading.pagination import queryset_page

TIMELINE_PAGE = 30
INCIDENT_REPORTS = 8


@dataclass
class Moment:
    statement: Statement
    readings: list = field(default_factory=list)


@dataclass
class Day:
    day: object  # a date, or None: statements whose date the reporting does not give
    moments: list


def statements_of(incident):
    """The incident's live statements, oldest said first (undated ones last)."""
    return (
        Statement.objects.live()
        .filter(incidents=incident)
        .select_related("actor__affiliation")
        .order_by("made_on", "first_published_at", "pk")
    )


def reports_of(incident):
    """The incident's live reports."""
    return Article.objects.live().filter(incidents=incident)


def timeline(incident, params):
    """The page of the incident's timeline the query string asks for, with its counts and first reports."""
    page = queryset_page(statements_of(incident), params, size=TIMELINE_PAGE)
    moments = {statement.pk: Moment(statement) for statement in page}
    links = (
        StatementLink.objects.live()
        .touching(list(moments))
        .with_statements()
        .prefetch_related(
            Prefetch("reported_in", queryset=Article.objects.live().select_related("publisher")),
            Prefetch("reported_by", queryset=Source.objects.public()),
        )
        .order_by("pk")
    )
    for link in links:
        # A link between two statements of this page is told in full once, where it is made.
        if link.from_statement_id in moments:
            moments[link.from_statement_id].readings.append(Reading(link, link.verb, link.to_statement, True))
        if link.to_statement_id in moments:
            both_here = link.from_statement_id in moments
            moments[link.to_statement_id].readings.append(
                Reading(link, link.reverse, link.from_statement, False, summarised=both_here)
            )
    days = [
        Day(day, list(group))
        for day, group in itertools.groupby(moments.values(), key=lambda moment: moment.statement.made_on)
    ]
    # The first reports, then their publishers by their own query (a join reads every outlet).
    reports = list(
        reports_of(incident).order_by("first_published_at", "pk").prefetch_related("publisher")[: INCIDENT_REPORTS + 1]
    )
    return {
        "page_obj": page,
        "days": days,
        "on_page": set(moments),
        "reports": reports[:INCIDENT_REPORTS],
        "more_reports": len(reports) > INCIDENT_REPORTS,
        "statement_count": statements_of(incident).count(),
        "report_count": reports_of(incident).count(),
    }
