"""What links, incidents and fact-checks need before they go out, registered with the one workflow
(newsroom.editorial.workflow) when the app is ready (newsroom.apps)."""

from django.utils import timezone

from newsroom.claims.models import FactCheck, Incident, StatementLink
from newsroom.content.models import Statement
from newsroom.editorial.workflow import register_publishable


def reviewed_statement_live(fact_check, *, live_at, publishing):
    """A fact-check goes out with the statement it checks readable: a review of words readers
    cannot see would be a page about nothing."""
    if not publishing or Statement.objects.live(at=live_at).filter(pk=fact_check.statement_id).exists():
        return None
    when = (
        ""
        if live_at <= timezone.now()
        else f" when the fact-check goes live ({timezone.localtime(live_at):%Y-%m-%d %H:%M})"
    )
    return f"Publish the statement it checks first: readers cannot see “{fact_check.statement}”{when}."


def register():
    # A link may be checked and published before its statements are: readers see it from the moment
    # both statements are live too (StatementLinkQuerySet.live), so nothing waits on anything.
    register_publishable(StatementLink)
    register_publishable(Incident)
    register_publishable(FactCheck, ready=reviewed_statement_live)
