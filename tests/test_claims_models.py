"""Links, incidents and fact-checks: what the database and validation refuse, and the one reading
rule (`live()`), which for a link asks that it and both its statements are live, and for a
fact-check that it and the statement it checks are."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsroom.claims import kinds
from newsroom.claims.models import FactCheck, Incident, StatementLink
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db


def publish(item, editor, **schedule):
    return workflow.transition(item=item, user=editor, name="publish", **schedule)


def test_every_kind_reads_both_ways_and_is_a_choice():
    assert [value for value, _ in StatementLink.Kind.choices] == [kind.value for kind in kinds.KINDS]
    assert kinds.verb("denies") == "denies" and kinds.reverse("denies") == "denied by"
    assert kinds.reverse("echoes") == "echoed by" and kinds.verb("criticises") == "criticises"
    assert all(kind.verb and kind.reverse and kind.meaning for kind in kinds.KINDS)


def test_a_statement_cannot_answer_itself():
    statement = factories.statement()
    with pytest.raises(ValidationError, match="cannot answer itself"):
        StatementLink(from_statement=statement, to_statement=statement, kind="denies").full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        StatementLink.objects.create(from_statement=statement, to_statement=statement, kind="denies")


def test_a_statement_answers_one_made_before_it_or_the_same_day():
    earlier = factories.statement(made_on=datetime.date(2023, 3, 5))
    later = factories.statement(made_on=datetime.date(2023, 3, 6))
    StatementLink(from_statement=later, to_statement=earlier, kind="denies").full_clean()
    same_day = factories.statement(made_on=datetime.date(2023, 3, 6))
    StatementLink(from_statement=same_day, to_statement=later, kind="echoes").full_clean()
    with pytest.raises(ValidationError, match="after this statement"):
        StatementLink(from_statement=earlier, to_statement=later, kind="denies").full_clean()
    undated = factories.statement()
    StatementLink(from_statement=undated, to_statement=later, kind="responds_to").full_clean()


def test_two_statements_are_linked_one_way_once_per_kind():
    a, b = factories.statement(), factories.statement()
    factories.link(b, a, "denies")
    with pytest.raises(ValidationError, match="already linked this way"):
        StatementLink(from_statement=b, to_statement=a, kind="denies").full_clean()
    StatementLink(from_statement=b, to_statement=a, kind="criticises").full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        StatementLink.objects.create(from_statement=b, to_statement=a, kind="denies")


def test_a_link_reads_from_either_statement():
    a = factories.statement(actor=factories.actor(name="Toivo Klaar"), made_on=datetime.date(2023, 3, 5))
    b = factories.statement(actor=factories.actor(name="Artak Beglaryan"))
    link = factories.link(b, a, "criticises")
    assert str(link) == "Artak Beglaryan criticises Toivo Klaar (05 Mar 2023)"
    assert (link.verb, link.reverse) == ("criticises", "criticised by")
    assert link.get_absolute_url() == f"/statements/{b.pk}/#thread"


@pytest.mark.parametrize("hidden", ["link", "from_statement", "to_statement"])
@pytest.mark.parametrize("state", ["draft", "scheduled", "expired", "unpublished"])
def test_a_link_is_live_only_while_it_and_both_statements_are(editor, hidden, state):
    a, b = factories.statement(), factories.statement()
    link = factories.link(b, a)
    items = {"link": link, "from_statement": b, "to_statement": a}
    now = timezone.now()
    for name, item in items.items():
        if name != hidden:
            publish(item, editor)
    item = items[hidden]
    if state == "scheduled":
        publish(item, editor, go_live_at=now + datetime.timedelta(hours=1))
    elif state == "expired":
        publish(item, editor, expires_at=now + datetime.timedelta(minutes=1))
    elif state == "unpublished":
        publish(item, editor)
        workflow.transition(item=item, user=editor, name="unpublish", note="Wrong")
    later = now + datetime.timedelta(minutes=2)
    assert not StatementLink.objects.live(at=later).exists()
    assert list(StatementLink.objects.not_live(at=later)) == [link]
    if state == "scheduled":  # once the scheduled item goes live, so does the link
        assert list(StatementLink.objects.live(at=now + datetime.timedelta(hours=2))) == [link]


def test_a_fact_check_is_live_only_while_the_statement_it_checks_is(editor):
    statement = factories.statement()
    fact_check = factories.fact_check(statement)
    publish(statement, editor)
    publish(fact_check, editor)
    assert list(FactCheck.objects.live()) == [fact_check]
    workflow.transition(item=statement, user=editor, name="unpublish", note="Misattributed")
    assert not FactCheck.objects.live().exists()
    assert list(FactCheck.objects.not_live()) == [fact_check]


def test_an_incident_is_read_like_an_article(editor):
    incident = factories.incident()
    assert not Incident.objects.live().exists()
    publish(incident, editor, go_live_at=timezone.now() + datetime.timedelta(days=1))
    assert not Incident.objects.live().exists()
    assert list(Incident.objects.live(at=timezone.now() + datetime.timedelta(days=2))) == [incident]


def test_an_incident_ends_on_or_after_it_began():
    incident = Incident(title="x", slug="x", summary="y", began_on=datetime.date(2023, 3, 5))
    incident.ended_on = datetime.date(2023, 3, 4)
    with pytest.raises(ValidationError, match="ends on or after"):
        incident.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        incident.save()


def test_a_fact_check_needs_its_reasoning_and_cannot_be_dated_ahead():
    fact_check = factories.fact_check()
    fact_check.reasoning = ""
    fact_check.reviewed_on = timezone.localdate() + datetime.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        fact_check.full_clean()
    assert {"reasoning", "reviewed_on"} <= set(error.value.message_dict)
    with pytest.raises(IntegrityError), transaction.atomic():
        FactCheck.objects.filter(pk=fact_check.pk).update(reasoning="")


def test_the_migration_gives_a_five_step_scale_to_start_from():
    from newsroom.claims.models import Rating

    assert list(Rating.objects.values_list("value", "name")) == [
        (1, "False"), (2, "Mostly false"), (3, "Half true"), (4, "Mostly true"), (5, "True"),
    ]  # fmt: skip
