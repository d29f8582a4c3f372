"""Links, incidents and reviews for the items of a feed: what the JSON Feed carries in each item's
`_claims` extension (JSON Feed 1.1: keys starting with an underscore are a publisher's own).
A few queries for the whole feed, never one per item; only what readers may see."""

import functools
from collections import defaultdict

from django.db import router
from django.urls import reverse
from django.utils import timezone

from newsroom.claims.models import FactCheck, Incident, IncidentArticle, IncidentStatement, Rating, StatementLink
from newsroom.claims.querysets import link_live_q
from newsroom.content.compiled import Columns, Compiled, split, together
from newsroom.content.models import Actor, Article, Statement
from newsroom.content.querysets import live_q

# What the feed shows of each, read by queries of a fixed shape compiled once per process
# (newsroom.content.compiled) and sent together (one round trip on PostgreSQL): five prefetches built through
# the ORM on every request, with both statements of each link and their speakers read whole, were more than
# a third of the JSON Feed's time. Each link with the statement at its other end and that one's speaker (the
# columns `_statement_ref` reads); each live review with its rating; each live incident, newest first.
_LINK = Columns(StatementLink, names=("id", "kind", "from_statement_id", "to_statement_id"))
_SHOWN_STATEMENT, _SHOWN_ACTOR = ("id", "made_on", "actor_id"), ("id", "name")
_REVIEW, _RATING = (
    Columns(FactCheck, names=("id", "headline", "slug", "statement_id", "rating_id")),
    Columns(Rating, "rating__"),
)
_INCIDENT = Columns(Incident, "incident__", ("id", "title", "slug"))


def _links_query(mine, other):
    """Live links whose `mine` statement is one of `ids`, with the `other` statement and its speaker."""
    said, speaker = (
        Columns(Statement, f"{other}__", _SHOWN_STATEMENT),
        Columns(Actor, f"{other}__actor__", _SHOWN_ACTOR),
    )
    columns = (_LINK, said, speaker)
    query = Compiled(
        lambda ids, at: (
            StatementLink.objects.filter(link_live_q(at), **{f"{mine}__in": ids})
            .order_by("pk")
            .values_list(*(path for c in columns for path in c.paths))
        )
    )
    return query, columns


@functools.cache
def _queries():
    reviews = Compiled(
        lambda ids, at: FactCheck.objects.live(at).filter(statement__in=ids).values_list(*_REVIEW.paths, *_RATING.paths)
    )

    def incidents(through, member):
        return Compiled(
            lambda ids, at: (
                through.objects.filter(live_q(at, "incident__"), **{f"{member}__in": ids})
                .order_by("-incident__began_on", "-incident_id")
                .values_list(*_INCIDENT.paths, f"{member}_id")
            )
        )

    return (
        _links_query("from_statement", "to_statement"),
        _links_query("to_statement", "from_statement"),
        reviews,
        incidents(IncidentStatement, "statement"),
        incidents(IncidentArticle, "article"),
    )


def _links(db, rows, columns, mine, other):
    """{statement id: [its links, each with the `other` statement and its speaker]}, in the rows' order."""
    found = defaultdict(list)
    link_columns, said_columns, speaker_columns = columns
    for row in rows:
        link, said, speaker, _ = split(row, *columns)
        link, said, speaker = (
            link_columns.build(db, link),
            said_columns.build(db, said),
            speaker_columns.build(db, speaker),
        )
        said._state.fields_cache["actor"] = speaker
        link._state.fields_cache[other] = said
        found[getattr(link, f"{mine}_id")].append(link)
    return found


def _incidents(db, rows):
    found = defaultdict(list)
    for row in rows:
        incident, (member,) = split(row, _INCIDENT)
        found[member].append(_INCIDENT.build(db, incident))
    return found


def _statement_ref(absolute, statement):
    return {
        "url": absolute(statement.get_absolute_url()),
        "speaker": statement.actor.name,
        "made_on": statement.made_on.isoformat() if statement.made_on else None,
    }


def _fill(statements, articles):
    """Set feed_links_out, feed_links_in, feed_reviews and feed_incidents as the prefetches did."""
    (out_query, out_columns), (in_query, in_columns), reviews, statement_incidents, article_incidents = _queries()
    at = timezone.now()
    db = router.db_for_read(StatementLink)
    calls = []
    if statements:
        ids = {"ids": [s.pk for s in statements], "at": at}
        calls += [(out_query, ids), (in_query, ids), (reviews, ids), (statement_incidents, ids)]
    if articles:
        calls.append((article_incidents, {"ids": [a.pk for a in articles], "at": at}))
    found = together(*calls) if calls else []
    if statements:
        out_rows, in_rows, review_rows, incident_rows = found[:4]
        out = _links(db, out_rows, out_columns, "from_statement", "to_statement")
        answered = _links(db, in_rows, in_columns, "to_statement", "from_statement")
        checked = defaultdict(list)
        for row in review_rows:
            review, rating, _ = split(row, _REVIEW, _RATING)
            review = _REVIEW.build(db, review)
            review._state.fields_cache["rating"] = _RATING.build(db, rating)
            checked[review.statement_id].append(review)
        incidents = _incidents(db, incident_rows)
        for statement in statements:
            statement.feed_links_out, statement.feed_links_in = out[statement.pk], answered[statement.pk]
            statement.feed_reviews, statement.feed_incidents = checked[statement.pk], incidents[statement.pk]
    if articles:
        incidents = _incidents(db, found[-1])
        for article in articles:
            article.feed_incidents = incidents[article.pk]


def annotate(items, absolute):
    """Set `feed_claims` (a dict, maybe empty) on each article and statement of `items`; `absolute`
    makes a path an absolute URL."""
    statements = [item for item in items if isinstance(item, Statement)]
    articles = [item for item in items if isinstance(item, Article)]
    _fill(statements, articles)
    api_docs = absolute(reverse("api:docs"))
    for item in items:
        claims = {}
        for link in getattr(item, "feed_links_out", []):
            claims.setdefault("links", []).append(
                {"kind": link.kind, "reads": link.verb, **_statement_ref(absolute, link.to_statement)}
            )
        for link in getattr(item, "feed_links_in", []):
            claims.setdefault("links", []).append(
                {"kind": link.kind, "reads": link.reverse, **_statement_ref(absolute, link.from_statement)}
            )
        for review in getattr(item, "feed_reviews", []):
            claims.setdefault("fact_checks", []).append(
                {
                    "url": absolute(review.get_absolute_url()),
                    "headline": review.headline,
                    "rating": review.rating.name,
                    "rating_value": review.rating.value,
                }
            )
        for incident in getattr(item, "feed_incidents", []):
            claims.setdefault("incidents", []).append(
                {"url": absolute(incident.get_absolute_url()), "title": incident.title}
            )
        item.feed_claims = {"about": api_docs, **claims} if claims else None
