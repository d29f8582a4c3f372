"""What the pages of statements, articles and actors show of claims and answers, each a fixed
number of queries whatever the size of the thread or the archive."""

import functools

from django.db import router
from django.utils import timezone

from newsroom.claims.models import FactCheck, Incident, Rating
from newsroom.claims.threads import dialogue_of, thread_of
from newsroom.content.compiled import Columns, Compiled, split, together

_FACT_CHECK, _RATING, _INCIDENT = Columns(FactCheck), Columns(Rating, "rating__"), Columns(Incident)


@functools.cache
def _statement_queries():
    """A statement's live fact-checks with their ratings, and the live incidents it belongs to: compiled once
    per process (newsroom.content.compiled), as the thread's queries are, and sent together."""
    fact_checks = Compiled(
        lambda statement, at: (
            FactCheck.objects.live(at).filter(statement=statement).values_list(*_FACT_CHECK.paths, *_RATING.paths)
        )
    )
    incidents = Compiled(
        lambda statement, at: (
            Incident.objects.live(at).filter(statements=statement).newest_first().values_list(*_INCIDENT.paths)
        )
    )
    return fact_checks, incidents


def _fact_check(db, row):
    check, rating, _ = split(row, _FACT_CHECK, _RATING)
    found = _FACT_CHECK.build(db, check)
    found._state.fields_cache["rating"] = _RATING.build(db, rating)
    return found


def statement_claims(statement):
    """A statement's thread, its live fact-checks and the incidents it belongs to."""
    fact_checks, incidents = _statement_queries()
    arguments = {"statement": statement.pk, "at": timezone.now()}
    check_rows, incident_rows = together((fact_checks, arguments), (incidents, arguments))
    db = router.db_for_read(FactCheck)
    return {
        "thread": thread_of(statement),
        "fact_checks": [_fact_check(db, row) for row in check_rows],
        "incidents": [_INCIDENT.build(db, row) for row in incident_rows],
    }


def article_claims(article):
    """The incidents a report belongs to (browsed like tags)."""
    return {"incidents": list(Incident.objects.live().filter(articles=article).newest_first())}


def actor_claims(actor):
    """An actor's claims that others answered, with the answers, and their answers to others."""
    return {"dialogue": dialogue_of(actor)}
