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

from django.db import connection, router
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from newsroom.claims.models import StatementLink
from newsroom.content.compiled import Columns, Compiled, split
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


def thread_ids(statement_id, *, limit=THREAD_LIMIT, at=None):
    """The ids of the statements in the thread of `statement_id` (itself first), at most `limit`.

    UNION (not UNION ALL) keeps each statement once, so the walk ends however the links loop.
    """
    live = StatementLink.objects.live(at).values_list("from_statement_id", "to_statement_id").order_by()
    live_sql, live_params = live.query.sql_with_params()
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
    with connection.cursor() as cursor:
        cursor.execute(sql, [statement_id, *live_params, limit])
        return [row[0] for row in cursor.fetchall()]


def _what_readers_may_see():
    """The prefetches of the report and the outlet that state a link, where readers may see those."""
    return (
        Prefetch("reported_in", queryset=Article.objects.live().select_related("publisher")),
        Prefetch("reported_by", queryset=Source.objects.public()),
    )


def _with_what_readers_may_see(links):
    """Links with the report and the outlet that state them, where readers may see those."""
    return links.prefetch_related(*_what_readers_may_see())


def thread_of(statement, *, limit=THREAD_LIMIT):
    """The Thread of `statement` (fetched for its page), oldest first."""
    ids = thread_ids(statement.pk, limit=limit + 1)
    more = len(ids) > limit
    ids = ids[:limit]
    if len(ids) == 1:
        return Thread(statement, [Entry(statement, current=True)])
    # The speakers by their own query: a join would have the planner read all actors for a few dozen.
    speakers = Prefetch("actor", queryset=Actor.objects.select_related("affiliation"))
    others = {s.pk: s for s in Statement.objects.filter(pk__in=ids[1:]).order_by().prefetch_related(speakers)}
    statements = {statement.pk: statement, **others}
    entries = {pk: Entry(s, current=pk == statement.pk) for pk, s in statements.items()}
    links = _with_what_readers_may_see(
        StatementLink.objects.live().filter(from_statement__in=ids, to_statement__in=ids).order_by("pk")
    )
    for link in links:
        made, answered = statements[link.from_statement_id], statements[link.to_statement_id]
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
_STATEMENT_SHOWN, _ACTOR_SHOWN = ("id", "text", "made_on", "actor_id"), ("id", "name")
_FROM, _TO = (
    Columns(Statement, "from_statement__", _STATEMENT_SHOWN),
    Columns(Statement, "to_statement__", _STATEMENT_SHOWN),
)
_FROM_ACTOR = Columns(Actor, "from_statement__actor__", _ACTOR_SHOWN)
_TO_ACTOR = Columns(Actor, "to_statement__actor__", _ACTOR_SHOWN)
_LINK_COLUMNS = (_LINK, _FROM, _FROM_ACTOR, _TO, _TO_ACTOR)


@functools.cache
def _dialogue_queries(recent, limit):
    """The answers to an actor's newest `recent` statements by others, and their answers to others."""

    def links(actor, at):
        theirs = Statement.objects.live(at).filter(actor=actor).newest_made().values("pk")[:recent]
        return theirs, StatementLink.objects.live(at).values_list(*(p for c in _LINK_COLUMNS for p in c.paths))

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


def _links(rows):
    """StatementLinks with both statements and speakers from `rows`, and the report and outlet stating
    each where readers may see those (as _with_what_readers_may_see prefetches them: a query only for
    links that name one)."""
    db = router.db_for_read(StatementLink)
    found = []
    for row in rows:
        *values, _ = split(row, *_LINK_COLUMNS)
        link, made, made_by, answered, answered_by = (
            columns.build(db, part) for columns, part in zip(_LINK_COLUMNS, values, strict=True)
        )
        made._state.fields_cache["actor"], answered._state.fields_cache["actor"] = made_by, answered_by
        link._state.fields_cache.update(from_statement=made, to_statement=answered)
        found.append(link)
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
