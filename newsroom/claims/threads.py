"""A statement's thread, and an actor's part in the conversation, read in a fixed number of queries.

A thread is the conversation a statement belongs to: every statement reachable from it through
live links, in either direction (what it answers, what answered it, what answered those, and so
on), oldest first, each with its links to the others. It is found by one recursive query that
walks the links' two indexes from the statement outwards, so its cost follows the thread's size,
never the archive's; a thread longer than THREAD_LIMIT statements is cut there.
"""

import datetime
import functools
from dataclasses import dataclass, field

from django.db import connections, router
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from newsroom.claims.models import StatementLink
from newsroom.content.compiled import Columns, Compiled, split, together
from newsroom.content.models import Actor, Article, Source, Statement

# The statements a thread page shows at most; a longer conversation is cut (and says so).
THREAD_LIMIT = 60
# How far back the actor page looks for answers: their newest statements only, so the look-up
# stays a few index probes for the most quoted actor as for anyone.
ACTOR_RECENT_STATEMENTS = 200
ACTOR_LINKS = 10


@dataclass
class Reading:
    """One link as read from one of its statements: “echoes” the other, or “echoed by” it."""

    link: StatementLink
    phrase: str
    other: Statement
    outgoing: bool  # read from the statement that makes the link
    summarised: bool = False  # the page shows this link in full elsewhere (its thread's summary)


@dataclass
class Entry:
    statement: Statement
    readings: list = field(default_factory=list)
    current: bool = False

    @property
    def answers(self):
        """The links this statement makes (each link is shown once in a thread, where it is made)."""
        return [reading for reading in self.readings if reading.outgoing]


@dataclass
class Thread:
    statement: Statement
    entries: list
    more: bool = False  # the conversation goes on past THREAD_LIMIT statements

    def __bool__(self):
        return len(self.entries) > 1

    @property
    def current(self):
        return next(entry for entry in self.entries if entry.current)

    @property
    def answers(self):
        """What this statement answers, echoes, denies…: its own links."""
        return [r for r in self.current.readings if r.outgoing]

    @property
    def answered_by(self):
        """What answered, echoed, denied… it."""
        return [r for r in self.current.readings if not r.outgoing]


def said_when(statement):
    """Where a statement stands in time: the day it was made, or else the day it was published
    here (undated statements sit with what was reported the same day), then publication."""
    published = statement.first_published_at
    day = statement.made_on or (published.date() if published else datetime.date.max)
    return (day, published or datetime.datetime.max.replace(tzinfo=datetime.UTC), statement.pk)


# The columns of a link the thread and the dialogue show (below).
_LINK = Columns(
    StatementLink,
    names=(
        "id",
        "kind",
        "note",
        "evidence",
        "from_statement_id",
        "to_statement_id",
        "reported_in_id",
        "reported_by_id",
    ),
)


# A thread is read by queries of a fixed shape, built and compiled once per process
# (newsroom.content.compiled), as an actor's dialogue is: building them through the ORM on every request
# (the live links' walk, the statements and their speakers, the links, and prefetches of the reports and
# outlets readers may see, whose EXISTS were compiled each time) was more than half of a long thread's page.
# The walk's live links, compiled; the recursive statement written around them.
_WALK = Compiled(
    lambda at: StatementLink.objects.live(at).values_list("from_statement_id", "to_statement_id").order_by()
)


def thread_ids(statement_id, *, limit=THREAD_LIMIT, at=None):
    """The ids of the statements in the thread of `statement_id` (itself first), at most `limit`.

    UNION (not UNION ALL) keeps each statement once, so the walk ends however the links loop.
    """
    live_sql, live_params = _WALK.sql(at=at or timezone.now())
    sql = (
        "WITH RECURSIVE thread(id) AS ("
        "SELECT CAST(%s AS BIGINT) "
        "UNION "
        "SELECT CASE WHEN live.from_statement_id = thread.id THEN live.to_statement_id "
        "ELSE live.from_statement_id END "
        f"FROM thread JOIN ({live_sql}) live "
        "ON live.from_statement_id = thread.id OR live.to_statement_id = thread.id"
        ") SELECT id FROM thread LIMIT %s"
    )
    with connections[router.db_for_read(StatementLink)].cursor() as cursor:
        cursor.execute(sql, [statement_id, *live_params, limit])
        return [row[0] for row in cursor.fetchall()]


def _what_readers_may_see():
    """The prefetches of the report and the outlet that state a link, where readers may see those."""
    return (
        Prefetch("reported_in", queryset=Article.objects.live().select_related("publisher")),
        Prefetch("reported_by", queryset=Source.objects.public()),
    )


# The thread's statements with their speakers (and a speaker's organisation, whose address an unnamed
# source's is), its live links, then the reports and outlets that state links where readers may see those:
# only the columns the thread shows and orders by (newsroom/includes/claims/thread.html and the fragment's
# key, newsroom.reading.fragments.thread), the others deferred, as the dialogue's. Every column was read and
# converted at first: a long thread's 48 statements, speakers and links brought some 600 date-times, whose
# conversion took longer than the queries. A template that came to read another field would send a query
# for each statement: the tests count the page's queries.
_SHOWN_ACTOR = ("id", "name", "slug", "role", "unnamed", "affiliation_id")
_STATEMENT, _SPEAKER, _ORGANISATION = (
    Columns(Statement, names=("id", "text", "summary", "made_on", "first_published_at", "actor_id")),
    Columns(Actor, "actor__", _SHOWN_ACTOR),
    Columns(Actor, "actor__affiliation__", _SHOWN_ACTOR),
)
_REPORT = Columns(Article, names=("id", "headline", "slug", "publisher_id"))
_PUBLISHER, _OUTLET = (
    Columns(Source, "publisher__", ("id", "name", "slug")),
    Columns(Source, names=("id", "name", "slug")),
)


@functools.cache
def _thread_queries():
    statements = Compiled(
        lambda ids, at: (
            Statement.objects.live(at)
            .filter(pk__in=ids)
            .order_by()
            .values_list(*_STATEMENT.paths, *_SPEAKER.paths, *_ORGANISATION.paths)
        )
    )
    links = Compiled(
        lambda ids, at: (
            StatementLink.objects.live(at)
            .filter(from_statement__in=ids, to_statement__in=ids)
            .order_by("pk")
            .values_list(*_LINK.paths)
        )
    )
    reports = Compiled(
        lambda ids, at: (
            Article.objects.live(at).filter(pk__in=ids).order_by().values_list(*_REPORT.paths, *_PUBLISHER.paths)
        )
    )
    outlets = Compiled(
        lambda ids, at: Source.objects.public(at).filter(pk__in=ids).order_by().values_list(*_OUTLET.paths)
    )
    return statements, links, reports, outlets


def _statement(db, row):
    said, speaker, organisation, _ = split(row, _STATEMENT, _SPEAKER, _ORGANISATION)
    statement, actor = _STATEMENT.build(db, said), _SPEAKER.build(db, speaker)
    actor._state.fields_cache["affiliation"] = _ORGANISATION.build(db, organisation)
    statement._state.fields_cache["actor"] = actor
    return statement


def state_who_stated(links, at, db):
    """Each link's report and outlet where readers may see those, None otherwise (as the prefetches of
    _what_readers_may_see fill them): one round trip, and none when no link names one."""
    report_ids = sorted({link.reported_in_id for link in links if link.reported_in_id})
    outlet_ids = sorted({link.reported_by_id for link in links if link.reported_by_id})
    _, _, reports_query, outlets_query = _thread_queries()
    calls = [(reports_query, {"ids": report_ids, "at": at})] if report_ids else []
    calls += [(outlets_query, {"ids": outlet_ids, "at": at})] if outlet_ids else []
    found = together(*calls) if calls else []
    reports, outlets = {}, {}
    if report_ids:
        for row in found.pop(0):
            report, publisher, _ = split(row, _REPORT, _PUBLISHER)
            article = _REPORT.build(db, report)
            article._state.fields_cache["publisher"] = _PUBLISHER.build(db, publisher)
            reports[article.pk] = article
    if outlet_ids:
        outlets = {source.pk: source for source in (_OUTLET.build(db, row) for row in found.pop(0))}
    for link in links:
        link._state.fields_cache["reported_in"] = reports.get(link.reported_in_id)
        link._state.fields_cache["reported_by"] = outlets.get(link.reported_by_id)


def thread_of(statement, *, limit=THREAD_LIMIT):
    """The Thread of `statement` (fetched for its page), oldest first: the walk, then the statements and
    the links in one round trip (on PostgreSQL; two queries elsewhere), then the reports and outlets
    stating links, where any link names one."""
    at = timezone.now()
    ids = thread_ids(statement.pk, limit=limit + 1, at=at)
    more = len(ids) > limit
    ids = ids[:limit]
    if len(ids) == 1:
        return Thread(statement, [Entry(statement, current=True)])
    statements_query, links_query, _, _ = _thread_queries()
    statement_rows, link_rows = together(
        (statements_query, {"ids": ids[1:], "at": at}), (links_query, {"ids": ids, "at": at})
    )
    db = router.db_for_read(StatementLink)
    statements = {statement.pk: statement, **{s.pk: s for s in (_statement(db, row) for row in statement_rows)}}
    entries = {pk: Entry(s, current=pk == statement.pk) for pk, s in statements.items()}
    links = [_LINK.build(db, row) for row in link_rows]
    # (a statement or link unpublished between the walk and this read leaves its links out)
    links = [link for link in links if link.from_statement_id in statements and link.to_statement_id in statements]
    state_who_stated(links, at, db)
    for link in links:
        made, answered = statements[link.from_statement_id], statements[link.to_statement_id]
        link._state.fields_cache.update(from_statement=made, to_statement=answered)
        summarised = statement.pk in (made.pk, answered.pk)
        entries[made.pk].readings.append(Reading(link, link.verb, answered, True, summarised))
        entries[answered.pk].readings.append(Reading(link, link.reverse, made, False, summarised))
    for entry in entries.values():
        entry.readings.sort(key=lambda r: said_when(r.other))
    ordered = sorted(entries.values(), key=lambda entry: said_when(entry.statement))
    return Thread(statement, ordered, more=more)


@dataclass
class Dialogue:
    """An actor's part in the conversation: their claims others answered (with those answers), and
    their answers to others' claims."""

    answered: list  # [(the actor's statement, [Reading by another actor, …])], newest claim first
    answering: list  # [Reading from the actor's statement to another's], newest first

    def __bool__(self):
        return bool(self.answered or self.answering)


# An actor's dialogue is two queries of a fixed shape, built and compiled once per process
# (newsroom.content.compiled): building and compiling them, with the reading rule asked of each link and
# both its statements, cost the most quoted actor's page more than a third of its time. Only the columns the
# dialogue shows are read (newsroom/includes/claims/dialogue.html and the fragment's key,
# newsroom.reading.fragments), the others deferred: all the columns of both statements and both speakers
# (their times, their search vectors) were read and converted for each link, to show a few. A template that
# came to read another field would send a query for each link: the tests count the page's queries.
_STATEMENT_SHOWN, _ACTOR_SHOWN = ("id", "text", "made_on", "actor_id"), ("id", "name")
_FROM, _TO = (
    Columns(Statement, "from_statement__", _STATEMENT_SHOWN),
    Columns(Statement, "to_statement__", _STATEMENT_SHOWN),
)
_FROM_ACTOR = Columns(Actor, "from_statement__actor__", _ACTOR_SHOWN)
_TO_ACTOR = Columns(Actor, "to_statement__actor__", _ACTOR_SHOWN)
LINK_COLUMNS = (_LINK, _FROM, _FROM_ACTOR, _TO, _TO_ACTOR)


@functools.cache
def _dialogue_queries(recent, limit):
    """The answers to an actor's newest `recent` statements by others, and their answers to others."""

    def links(actor, at):
        theirs = Statement.objects.live(at).filter(actor=actor).newest_made().values("pk")[:recent]
        return theirs, StatementLink.objects.live(at).values_list(*(p for c in LINK_COLUMNS for p in c.paths))

    def answers(actor, at):
        theirs, found = links(actor, at)
        return (
            found.filter(to_statement__in=theirs)
            .exclude(from_statement__actor=actor)
            .order_by("-to_statement__made_on", "-to_statement_id", "from_statement__made_on", "pk")[: limit * 3]
        )

    def answering(actor, at):
        theirs, found = links(actor, at)
        return (
            found.filter(from_statement__in=theirs)
            .exclude(to_statement__actor=actor)
            .order_by("-from_statement__made_on", "-pk")[:limit]
        )

    return Compiled(answers), Compiled(answering)


def links_from_rows(rows):
    """StatementLinks with both statements and speakers (their shown columns) from rows of LINK_COLUMNS."""
    db = router.db_for_read(StatementLink)
    found = []
    for row in rows:
        *values, _ = split(row, *LINK_COLUMNS)
        link, made, made_by, answered, answered_by = (
            columns.build(db, part) for columns, part in zip(LINK_COLUMNS, values, strict=True)
        )
        made._state.fields_cache["actor"], answered._state.fields_cache["actor"] = made_by, answered_by
        link._state.fields_cache.update(from_statement=made, to_statement=answered)
        found.append(link)
    return found


def _links(rows):
    """StatementLinks with both statements and speakers from `rows`, and the report and outlet stating
    each where readers may see those (as the prefetches of _what_readers_may_see fill them: a query only for
    links that name one)."""
    found = links_from_rows(rows)
    if any(link.reported_in_id or link.reported_by_id for link in found):
        prefetch_related_objects(found, *_what_readers_may_see())
    return found


def dialogue_of(actor, *, recent=ACTOR_RECENT_STATEMENTS, limit=ACTOR_LINKS):
    """The Dialogue of `actor` (an Actor) among their newest `recent` live statements: two queries."""
    answers_query, answering_query = _dialogue_queries(recent, limit)
    now = timezone.now()
    answered = {}
    for link in _links(answers_query.rows(actor=actor.pk, at=now)):
        claim = answered.setdefault(link.to_statement_id, (link.to_statement, []))
        claim[1].append(Reading(link, link.reverse, link.from_statement, outgoing=False))
    answering = [
        Reading(link, link.verb, link.to_statement, outgoing=True)
        for link in _links(answering_query.rows(actor=actor.pk, at=now))
    ]
    return Dialogue(answered=list(answered.values())[:limit], answering=answering)
