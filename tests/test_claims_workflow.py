"""Links, incidents and fact-checks go through the one workflow (tests/test_workflow.py runs every
step for every role on each kind); here what is particular to them: a fact-check's readiness rule,
scheduling and the scheduler, revisions, and the public clock every cached page is keyed on."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsroom.claims.models import FactCheck, StatementLink
from newsroom.content.public_clock import last_public_change
from newsroom.editorial import workflow
from newsroom.editorial.models import WorkflowLogEntry
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_kind_of_claim_is_registered_with_its_readiness_rule():
    from newsroom.claims.models import Incident
    from newsroom.content.models import Article, Statement
    from newsroom.live.models import LiveEntry, LivePage

    assert workflow.publishable_models() == [
        Article,
        Statement,
        StatementLink,
        Incident,
        FactCheck,
        LivePage,
        LiveEntry,
    ]
    assert workflow.PUBLISHABLE[LiveEntry] is workflow.PUBLISHABLE[Article] is workflow.cited_statements_live


def test_a_kind_not_registered_takes_no_step(editor):
    actor = factories.actor()
    with pytest.raises(workflow.TransitionNotAllowed, match="does not go through the workflow"):
        workflow.transition(item=actor, user=editor, name="publish")


def test_a_fact_check_waits_for_the_statement_it_checks(editor, reporter):
    statement = factories.statement()
    fact_check = factories.fact_check(statement, created_by=reporter)
    # Submitting does not wait: the editor publishes the statement first.
    workflow.transition(item=fact_check, user=reporter, name="submit")
    with pytest.raises(workflow.TransitionNotAllowed, match="Publish the statement it checks first"):
        workflow.transition(item=fact_check, user=editor, name="publish")
    assert FactCheck.objects.get(pk=fact_check.pk).status == "in_review"
    workflow.transition(item=statement, user=editor, name="publish")
    workflow.transition(item=fact_check, user=editor, name="publish")
    assert list(FactCheck.objects.live()) == [fact_check]


def test_a_fact_check_scheduled_before_its_statement_goes_live_is_refused(editor):
    statement = factories.statement()
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    workflow.transition(item=statement, user=editor, name="publish", go_live_at=tomorrow)
    fact_check = factories.fact_check(statement)
    with pytest.raises(workflow.TransitionNotAllowed, match="when the fact-check goes live"):
        workflow.transition(
            item=fact_check, user=editor, name="publish", go_live_at=tomorrow - datetime.timedelta(hours=1)
        )
    workflow.transition(item=fact_check, user=editor, name="publish", go_live_at=tomorrow)
    assert not FactCheck.objects.live().exists()
    assert FactCheck.objects.live(at=tomorrow + datetime.timedelta(minutes=1)).get() == fact_check


def test_an_incomplete_incident_cannot_go_to_review(reporter):
    incident = factories.incident(created_by=reporter, summary="")
    with pytest.raises(workflow.TransitionNotAllowed, match="not ready: summary"):
        workflow.transition(item=incident, user=reporter, name="submit")


def test_a_link_may_be_checked_before_its_statements_are_published(editor):
    """Readers see it from the moment both statements are live too (the reading rule), no later step."""
    a, b = factories.statement(), factories.statement()
    link = factories.link(b, a, "denies")
    workflow.transition(item=link, user=editor, name="publish")
    assert not StatementLink.objects.live().exists()
    workflow.transition(item=a, user=editor, name="publish")
    workflow.transition(item=b, user=editor, name="publish")
    assert list(StatementLink.objects.live()) == [link]


def test_the_scheduler_records_claims_going_live_and_expiring(editor, time_machine):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    statement = factories.statement()
    workflow.transition(item=statement, user=editor, name="publish")
    fact_check, incident = factories.fact_check(statement), factories.incident()
    workflow.transition(
        item=fact_check, user=editor, name="publish", go_live_at=timezone.now() + datetime.timedelta(hours=1)
    )
    workflow.transition(
        item=incident, user=editor, name="publish", expires_at=timezone.now() + datetime.timedelta(hours=2)
    )
    time_machine.move_to("2024-01-01 13:00Z", tick=False)
    call_command("publish_scheduled", verbosity=0)
    assert list(fact_check.log.values_list("transition", flat=True)) == ["go_live", "publish"]
    incident.refresh_from_db()
    assert incident.status == "unpublished" and incident.log.first().transition == "expire"


def test_every_step_and_edit_of_a_fact_check_keeps_a_revision(editor):
    statement = factories.statement()
    workflow.transition(item=statement, user=editor, name="publish")
    fact_check = factories.fact_check(statement)
    workflow.transition(item=fact_check, user=editor, name="publish", note="Checked twice")
    reasons = list(fact_check.history.order_by("history_date").values_list("history_change_reason", flat=True))
    assert reasons[-1] == "Publish: Checked twice"
    entry = WorkflowLogEntry.objects.get(factcheck=fact_check)
    assert (entry.transition, entry.user, entry.note) == ("publish", editor, "Checked twice")


@pytest.mark.parametrize("kind", ["link", "incident", "fact_check"])
def test_publishing_a_claim_moves_the_public_clock(editor, time_machine, kind):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    a, b = factories.statement(), factories.statement()
    for statement in (a, b):
        workflow.transition(item=statement, user=editor, name="publish")
    item = {
        "link": lambda: factories.link(b, a),
        "incident": factories.incident,
        "fact_check": lambda: factories.fact_check(a),
    }[kind]()
    before = last_public_change()
    time_machine.move_to("2024-01-01 11:00Z", tick=False)
    assert last_public_change() == before  # a draft tells the world nothing
    workflow.transition(item=item, user=editor, name="publish")
    assert last_public_change() == timezone.now() > before
