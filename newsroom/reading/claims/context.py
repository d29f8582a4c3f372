"""What the pages of statements, articles and actors show of claims and answers, each a fixed
number of queries whatever the size of the thread or the archive."""

from newsroom.claims.models import FactCheck, Incident
from newsroom.claims.threads import dialogue_of, thread_of


def statement_claims(statement):
    """A statement's thread, its live fact-checks and the incidents it belongs to."""
    return {
        "thread": thread_of(statement),
        "fact_checks": list(FactCheck.objects.live().filter(statement=statement).select_related("rating")),
        "incidents": list(Incident.objects.live().filter(statements=statement).newest_first()),
    }


def article_claims(article):
    """The incidents a report belongs to (browsed like tags)."""
    return {"incidents": list(Incident.objects.live().filter(articles=article).newest_first())}


def actor_claims(actor):
    """An actor's claims that others answered, with the answers, and their answers to others."""
    return {"dialogue": dialogue_of(actor)}
