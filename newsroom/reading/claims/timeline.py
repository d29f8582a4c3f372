"""An incident's timeline: who said what, when, oldest first, a page at a time, each statement with
its links to other statements (on this page or elsewhere), grouped by the day it was said."""

import functools
import itertools
from dataclasses import dataclass, field

from django.db import router
from django.db.models import Count, Q
from django.utils import timezone

from newsroom.claims.models import StatementLink
from newsroom.claims.threads import LINK_COLUMNS, Reading, links_from_rows, state_who_stated
from newsroom.content.compiled import Columns, Compiled, split
from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.reading.pagination import CompiledList, Order, queryset_page

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


# The timeline is read by queries of a fixed shape, built and compiled once per process
# (newsroom.content.compiled), as a statement's thread is: building the page's querysets, the links' and
# their prefetches, the first reports and both counts through the ORM on every request was more than half of
# the largest incident's page. Only the columns the page shows (incident_detail.html, the fragment's key in
# newsroom.reading.fragments) are read, the others deferred: a template that came to read another field would
# send a query for each statement, and the tests count the page's queries.
_ORDER = Order.of(Statement.objects.order_by("made_on", "first_published_at", "pk"))
_SHOWN_ACTOR = ("id", "name", "slug", "role", "unnamed", "affiliation_id")
_STATEMENT, _SPEAKER, _ORGANISATION = (
    Columns(Statement, names=("id", "text", "summary", "made_on", "first_published_at", "medium", "actor_id")),
    Columns(Actor, "actor__", _SHOWN_ACTOR),
    Columns(Actor, "actor__affiliation__", _SHOWN_ACTOR),
)
_REPORT = Columns(Article, names=("id", "headline", "slug", "first_published_at", "publisher_id"))
_PUBLISHER = Columns(Source, names=("id", "name", "slug"))


def _live_statements(at, incident):
    return Statement.objects.live(at).filter(incidents=incident)


def _statements(rows):
    db = router.db_for_read(Statement)
    found = []
    for row in rows:
        said, speaker, organisation, _ = split(row, _STATEMENT, _SPEAKER, _ORGANISATION)
        statement, actor = _STATEMENT.build(db, said), _SPEAKER.build(db, speaker)
        actor._state.fields_cache["affiliation"] = _ORGANISATION.build(db, organisation)
        statement._state.fields_cache["actor"] = actor
        found.append(statement)
    return found


def _page_of_statements(incident):
    """statements_of(incident), as a list read a page at a time by compiled queries."""
    columns = (*_STATEMENT.paths, *_SPEAKER.paths, *_ORGANISATION.paths)
    return CompiledList(_ORDER, _live_statements, columns, _statements, incident=incident.pk)


@functools.cache
def _queries():
    # The links are the same query for any incident (ids and a moment): prepared. The reports and the
    # counts depend on how large the incident is, so each is planned with its values (Compiled's note).
    links = Compiled(
        lambda ids, at: (
            StatementLink.objects.live(at)
            .filter(Q(from_statement__in=ids) | Q(to_statement__in=ids))
            .order_by("pk")
            .values_list(*(path for columns in LINK_COLUMNS for path in columns.paths))
        )
    )
    reports = Compiled(
        lambda incident, at: (
            Article.objects.live(at)
            .filter(incidents=incident)
            .order_by("first_published_at", "pk")
            .values_list(*_REPORT.paths)[: INCIDENT_REPORTS + 1]
        ),
        prepare=False,
    )
    # The reports' publishers by their own query, as before: joined, the plan hashes every outlet.
    publishers = Compiled(lambda ids: Source.objects.filter(pk__in=ids).order_by().values_list(*_PUBLISHER.paths))
    # (grouped by the incident, the one the filter joined: a row, or none when nothing is live)
    statement_count = Compiled(
        lambda incident, at: (
            _live_statements(at, incident).order_by().values("incidents").annotate(n=Count("pk")).values_list("n")
        ),
        prepare=False,
    )
    report_count = Compiled(
        lambda incident, at: (
            Article.objects.live(at)
            .filter(incidents=incident)
            .order_by()
            .values("incidents")
            .annotate(n=Count("pk"))
            .values_list("n")
        ),
        prepare=False,
    )
    return links, reports, publishers, statement_count, report_count


def _reports(db, rows, publishers_query):
    """The first reports from their rows, each with its publisher (one query, none when none has one)."""
    reports = [_REPORT.build(db, row) for row in rows]
    ids = sorted({report.publisher_id for report in reports if report.publisher_id})
    publishers = {row[0]: _PUBLISHER.build(db, row) for row in (publishers_query.rows(ids=ids) if ids else [])}
    for report in reports:
        report._state.fields_cache["publisher"] = publishers.get(report.publisher_id)
    return reports


def timeline(incident, params):
    """The page of the incident's timeline the query string asks for, with its counts and first reports:
    the page's statements (one query, two where undated statements follow the dated), their live links (both
    statements and speakers), the reports and outlets stating links where readers may see those (one round
    trip, none when no link names one), the first reports and both counts."""
    page = queryset_page(_page_of_statements(incident), params, size=TIMELINE_PAGE)
    moments = {statement.pk: Moment(statement) for statement in page}
    at = timezone.now()
    links_query, reports_query, publishers_query, statement_count, report_count = _queries()
    db = router.db_for_read(StatementLink)
    links = links_from_rows(links_query.rows(ids=list(moments), at=at) if moments else [])
    state_who_stated(links, at, db)
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
    # The first reports, with their publishers.
    reports = _reports(db, reports_query.rows(incident=incident.pk, at=at), publishers_query)
    statements = sum(n for (n,) in statement_count.rows(incident=incident.pk, at=at))
    reports_counted = sum(n for (n,) in report_count.rows(incident=incident.pk, at=at))
    return {
        "page_obj": page,
        "days": days,
        "on_page": set(moments),
        "reports": reports[:INCIDENT_REPORTS],
        "more_reports": len(reports) > INCIDENT_REPORTS,
        "statement_count": statements,
        "report_count": reports_counted,
    }
