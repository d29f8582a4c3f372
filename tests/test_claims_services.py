"""The writes around the workflow: a link ingest proposes (kept as a draft until the desk checks
it), and an incident whose reports or statements changed counting as a public change."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsroom.claims.models import Incident, StatementLink
from newsroom.claims.services import incident_members_changed, link_propose
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db
DAY = datetime.date(2023, 3, 5)


def test_ingest_proposes_a_draft_link_with_the_copys_words(reporter):
    weekend = factories.statement(made_on=DAY)
    echo = factories.statement()
    report = factories.article(created_by=reporter)
    link = link_propose(
        from_statement=echo, to_statement=weekend, kind="echoes", reported_in=report, user=reporter,
        evidence="Echoing a weekend statement by the Armenian Foreign Ministry, …",
    )  # fmt: skip
    assert (link.status, link.origin, link.created_by, link.reported_in) == ("draft", "ingest", reporter, report)
    assert link.history.get().history_change_reason == "Proposed by ingest"
    assert not StatementLink.objects.live().exists()
    # The same cue read again proposes nothing new.
    assert link_propose(from_statement=echo, to_statement=weekend, kind="echoes", evidence="again") == link
    assert StatementLink.objects.count() == 1


def test_a_proposal_that_cannot_be_is_refused_and_nothing_is_written():
    later = factories.statement(made_on=DAY + datetime.timedelta(days=2))
    earlier = factories.statement(made_on=DAY)
    with pytest.raises(ValidationError, match="link the later statement to the earlier one"):
        link_propose(from_statement=earlier, to_statement=later, kind="denies", evidence="x")
    with pytest.raises(ValidationError):
        link_propose(from_statement=earlier, to_statement=earlier, kind="denies", evidence="x")
    assert not StatementLink.objects.exists()


def test_an_editor_accepts_a_proposal_by_publishing_it(editor):
    a, b = factories.statement(made_on=DAY), factories.statement(made_on=DAY)
    for statement in (a, b):
        workflow.transition(item=statement, user=editor, name="publish")
    link = link_propose(from_statement=b, to_statement=a, kind="denies", evidence="B denied it.")
    workflow.transition(item=link, user=editor, name="publish")
    assert list(StatementLink.objects.live()) == [link]


def test_only_live_incidents_count_a_change_of_members(editor, time_machine):
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    live, draft = factories.incident(), factories.incident()
    workflow.transition(item=live, user=editor, name="publish")
    time_machine.move_to("2024-01-01 11:00Z", tick=False)
    incident_members_changed(incidents=[live, draft])
    assert Incident.objects.get(pk=live.pk).updated_at == timezone.now()
    assert Incident.objects.get(pk=draft.pk).updated_at < timezone.now()  # a draft tells the world nothing
