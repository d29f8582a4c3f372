import datetime

import pytest
from django.utils import timezone

from newsroom.content.models import Article, Statement
from newsroom.content.states import Status
from newsroom.editorial import workflow
from newsroom.editorial.editing import save_edit
from newsroom.editorial.models import WorkflowLogEntry
from tests import factories

pytestmark = pytest.mark.django_db

ROLES = ["author", "other_reporter", "editor", "superuser", "staff_without_role"]
STATES = [Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, Status.UNPUBLISHED]
EDITORS = {"editor", "superuser"}

# transition -> (the states it starts from, who may take it)
RULES = {
    "submit": ({Status.DRAFT}, EDITORS | {"author"}),
    "return": ({Status.IN_REVIEW}, EDITORS),
    "publish": ({Status.DRAFT, Status.IN_REVIEW}, EDITORS),
    "unpublish": ({Status.PUBLISHED}, EDITORS),
    "redraft": ({Status.UNPUBLISHED}, EDITORS),
}
# The workflow steps (as a superuser) that bring a new draft into each state.
PATH_TO = {
    Status.DRAFT: [],
    Status.IN_REVIEW: ["submit"],
    Status.PUBLISHED: ["publish"],
    Status.UNPUBLISHED: ["publish", "unpublish"],
}


# Every kind that goes through the workflow: the same steps, rules and log for each.
KINDS = ["article", "statement", "factcheck", "incident", "statementlink"]


def make_item(kind, author):
    if kind == "article":
        return factories.article(created_by=author)
    if kind == "factcheck":  # it checks a published statement (its readiness rule)
        return factories.fact_check(bring_to(factories.statement(), Status.PUBLISHED), created_by=author)
    if kind == "incident":
        return factories.incident(created_by=author)
    if kind == "statementlink":
        return factories.link(factories.statement(), factories.statement(), created_by=author)
    return factories.statement(created_by=author)


def bring_to(item, state):
    admin = factories.user("superuser")
    for name in PATH_TO[state]:
        workflow.transition(item=item, user=admin, name=name, note="setting up")
    assert item.status == state
    return item


def user_for(role, author):
    return {
        "author": author,
        "other_reporter": factories.user("Reporter"),
        "editor": factories.user("Editor"),
        "superuser": factories.user("superuser"),
        "staff_without_role": factories.user(None),
    }[role]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("name", list(RULES))
@pytest.mark.parametrize("role", ROLES)
def test_every_transition_from_every_state_for_every_role(kind, state, name, role):
    author = factories.user("Reporter")
    item = bring_to(make_item(kind, author), state)
    user = user_for(role, author)
    sources, allowed_roles = RULES[name]
    log_before = WorkflowLogEntry.objects.count()
    t = workflow.TRANSITIONS[name]
    note = "a note" if t.note_required else ""

    if state in sources and role in allowed_roles:
        # What the buttons offer agrees with what the step allows, before it is taken.
        assert t in workflow.allowed_transitions(user=user, item=item)
        workflow.transition(item=item, user=user, name=name, note=note)
        stored = type(item).objects.get(pk=item.pk)
        assert stored.status == t.target == item.status
        entry = WorkflowLogEntry.objects.latest("created_at", "pk")
        assert (entry.user, entry.transition, entry.from_status, entry.to_status, entry.note) == (
            user,
            name,
            state,
            t.target,
            note,
        )
        assert getattr(entry, kind) == stored
        # Afterwards it is offered again exactly when its new state is one it starts from.
        assert (t in workflow.allowed_transitions(user=user, item=stored)) == (stored.status in sources)
    else:
        expected = workflow.TransitionForbidden if state in sources else workflow.TransitionNotAllowed
        with pytest.raises(expected) as refused:
            workflow.transition(item=item, user=user, name=name, note=note)
        assert str(refused.value)  # a message for the person
        assert type(item).objects.get(pk=item.pk).status == state == item.status
        assert WorkflowLogEntry.objects.count() == log_before
        assert t not in workflow.allowed_transitions(user=user, item=item)


@pytest.mark.parametrize("name", ["return", "unpublish"])
def test_a_note_is_required_where_the_transition_asks_for_one(editor, name):
    item = bring_to(factories.article(), Status.IN_REVIEW if name == "return" else Status.PUBLISHED)
    for blank in ["", "   "]:
        with pytest.raises(workflow.TransitionNotAllowed, match="needs a note"):
            workflow.transition(item=item, user=editor, name=name, note=blank)
    assert Article.objects.get(pk=item.pk).status == item.status


def test_first_published_at_is_set_once_and_last_published_at_every_time(editor, time_machine):
    item = factories.article()
    time_machine.move_to("2024-01-01 10:00Z", tick=False)
    workflow.transition(item=item, user=editor, name="publish")
    first = item.first_published_at
    assert first == item.last_published_at == timezone.now()
    time_machine.move_to("2024-01-02 10:00Z", tick=False)
    workflow.transition(item=item, user=editor, note="legal review", name="unpublish")
    workflow.transition(item=item, user=editor, name="redraft")
    time_machine.move_to("2024-01-03 10:00Z", tick=False)
    workflow.transition(item=item, user=editor, name="publish")
    item.refresh_from_db()
    assert item.first_published_at == first
    assert item.last_published_at == timezone.now() > first


def test_an_incomplete_article_cannot_be_submitted_or_published(reporter, editor):
    item = factories.article(created_by=reporter, body="")
    with pytest.raises(workflow.TransitionNotAllowed, match="not ready: body"):
        workflow.transition(item=item, user=reporter, name="submit")
    with pytest.raises(workflow.TransitionNotAllowed, match="not ready"):
        workflow.transition(item=item, user=editor, name="publish")
    assert Article.objects.get(pk=item.pk).status == Status.DRAFT


def test_an_article_cannot_be_published_while_it_cites_an_unpublished_statement(editor):
    item = factories.article()
    quoted = factories.statement()
    factories.citation(item, quoted)
    with pytest.raises(workflow.TransitionNotAllowed, match="Publish the statements"):
        workflow.transition(item=item, user=editor, name="publish")
    workflow.transition(item=quoted, user=editor, name="publish")
    workflow.transition(item=item, user=editor, name="publish")
    assert Article.objects.live().filter(pk=item.pk).exists()


def test_an_article_cannot_go_live_before_the_statements_it_cites(editor, time_machine):
    """Bug: the check looked at the status only, so an article could be published citing a
    scheduled statement, and the quotation silently disappeared from the live page."""
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    item = factories.article()
    quoted = factories.statement(text="Words that go out tomorrow.")
    factories.citation(item, quoted)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    workflow.transition(item=quoted, user=editor, go_live_at=tomorrow, name="publish")
    with pytest.raises(workflow.TransitionNotAllowed, match=r"Words that go out tomorrow.*goes live 2030-01-02 14:00"):
        workflow.transition(item=item, user=editor, name="publish")
    assert Article.objects.get(pk=item.pk).status == Status.DRAFT
    # Scheduled to go live with the statement (or later), the article may be published.
    workflow.transition(item=item, user=editor, go_live_at=tomorrow, name="publish")
    time_machine.move_to(tomorrow, tick=False)
    page = Article.objects.live().for_page().get(pk=item.pk)
    assert [c.statement for c in page.live_citations] == [quoted]


def test_an_article_cannot_outlive_a_statement_that_expires_first(editor, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    item = factories.article()
    quoted = factories.statement()
    factories.citation(item, quoted)
    workflow.transition(
        item=quoted, user=editor, expires_at=timezone.now() + datetime.timedelta(hours=1), name="publish"
    )
    later = timezone.now() + datetime.timedelta(hours=2)
    with pytest.raises(workflow.TransitionNotAllowed, match="Publish the statements"):
        workflow.transition(item=item, user=editor, go_live_at=later, name="publish")


def test_publishing_names_the_version_reviewed(editor, reporter):
    """An editor publishes what they read, not a save made a moment later."""
    item = factories.article(created_by=reporter, body="The text the editor read.")
    reviewed = item.version
    item.body = "Saved by the reporter a moment later."
    save_edit(item=item, expected_version=reviewed, user=reporter)
    with pytest.raises(workflow.TransitionNotAllowed, match="read it again"):
        workflow.transition(item=item, user=editor, version=reviewed, name="publish")
    assert Article.objects.get(pk=item.pk).status == Status.DRAFT
    workflow.transition(item=item, user=editor, version=reviewed + 1, name="publish")
    assert Article.objects.get(pk=item.pk).status == Status.PUBLISHED


def test_every_step_raises_the_version(editor, reporter):
    item = factories.article(created_by=reporter)
    versions = [item.version]
    workflow.transition(item=item, user=reporter, name="submit")
    versions.append(item.version)
    workflow.transition(item=item, user=editor, note="Shorter.", name="return")
    versions.append(item.version)
    workflow.transition(item=item, user=editor, name="publish")
    versions.append(Article.objects.get(pk=item.pk).version)
    assert versions == [1, 2, 3, 4]


def test_the_scheduler_takes_its_steps_through_the_transition_table(editor, time_machine):
    """Going live and expiring are transitions of the clock: logged with no user, and nobody may
    take them by hand."""
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    item = factories.article()
    expiry = timezone.now() + datetime.timedelta(hours=1)
    workflow.transition(item=item, user=editor, expires_at=expiry, name="publish")
    for name in ("go_live", "expire"):
        with pytest.raises(workflow.TransitionNotAllowed, match="Unknown transition"):
            workflow.transition(item=item, user=editor, name=name)
    time_machine.move_to(expiry + datetime.timedelta(minutes=1), tick=False)
    steps = workflow.record_schedule(model=Article)
    assert [(done.pk, step) for done, step in steps] == [(item.pk, "expire")]
    stored = Article.objects.get(pk=item.pk)
    entry = WorkflowLogEntry.objects.filter(article=item).first()
    assert (stored.status, entry.transition, entry.user, entry.to_status) == (
        Status.UNPUBLISHED,
        "expire",
        None,
        Status.UNPUBLISHED,
    )
    assert entry.get_transition_display() == "Expired as scheduled"


def test_the_workflow_reads_the_current_state_not_a_stale_copy(editor):
    """Two windows on the same article: the second press acts on what the first one did."""
    first_window = factories.article()
    second_window = Article.objects.get(pk=first_window.pk)
    workflow.transition(item=first_window, user=editor, name="publish")
    with pytest.raises(workflow.TransitionNotAllowed, match="published"):
        workflow.transition(item=second_window, user=editor, name="publish")
    assert WorkflowLogEntry.objects.filter(article=first_window).count() == 1


def test_named_functions_call_the_same_transitions(reporter, editor):
    article = factories.article(created_by=reporter)
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(item=article, user=editor, note="Add the date", name="return")
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(item=article, user=editor, name="publish")
    workflow.transition(item=article, user=editor, note="Wrong photo", name="unpublish")
    workflow.transition(item=article, user=editor, name="redraft")
    statement = factories.statement(created_by=reporter)
    workflow.transition(item=statement, user=reporter, name="submit")
    workflow.transition(item=statement, user=editor, note="Which day?", name="return")
    workflow.transition(item=statement, user=editor, name="publish")
    workflow.transition(item=statement, user=editor, note="Misattributed", name="unpublish")
    workflow.transition(item=statement, user=editor, name="redraft")
    assert list(article.log.order_by("created_at", "pk").values_list("transition", flat=True)) == [
        "submit",
        "return",
        "submit",
        "publish",
        "unpublish",
        "redraft",
    ]
    assert statement.log.count() == 5
    assert Statement.objects.get(pk=statement.pk).status == Status.DRAFT


def test_unknown_transition_is_refused(editor):
    with pytest.raises(workflow.TransitionNotAllowed, match="Unknown"):
        workflow.transition(item=factories.article(), user=editor, name="teleport")


def test_can_edit_follows_the_roles(reporter, other_reporter, editor):
    own = factories.article(created_by=reporter)
    assert workflow.can_edit(user=reporter, item=own)
    assert not workflow.can_edit(user=other_reporter, item=own)
    assert workflow.can_edit(user=editor, item=own)
    workflow.transition(item=own, user=reporter, name="submit")
    assert not workflow.can_edit(user=reporter, item=own)
    assert workflow.can_edit(user=editor, item=own)
    workflow.transition(item=own, user=editor, name="publish")
    assert not workflow.can_edit(user=reporter, item=own)


def test_log_entries_are_never_edited_or_deleted(editor):
    item = factories.article()
    workflow.transition(item=item, user=editor, name="publish")
    entry = item.log.get()
    entry.note = "rewritten history"
    with pytest.raises(ValueError, match="never edited"):
        entry.save()
    with pytest.raises(ValueError, match="never deleted"):
        entry.delete()
    assert item.log.get().note == ""


def test_a_reporter_submits_an_article_that_cites_a_new_statement(reporter):
    """Finding 1: submitting no longer waits on an editor publishing the statements first."""
    item = factories.article(created_by=reporter)
    quoted = factories.statement(created_by=reporter)
    factories.citation(item, quoted)
    workflow.transition(item=item, user=reporter, name="submit")
    assert Article.objects.get(pk=item.pk).status == Status.IN_REVIEW


def test_the_plain_publish_refusal_names_the_statements_and_offers_the_one_step(editor):
    item = factories.article()
    quoted = factories.statement(text="We will not allow provocations here.")
    factories.citation(item, quoted)
    with pytest.raises(workflow.TransitionNotAllowed) as refused:
        workflow.transition(item=item, user=editor, name="publish")
    assert "We will not allow provocations here." in str(refused.value)
    assert "(draft)" in str(refused.value)
    assert "with the statements it cites" in str(refused.value)


def test_an_editor_publishes_an_article_with_the_statements_it_cites_in_one_step(editor, reporter):
    item = factories.article(created_by=reporter)
    drafted, submitted, live = factories.statement(), factories.statement(created_by=reporter), factories.statement()
    workflow.transition(item=submitted, user=reporter, name="submit")
    workflow.transition(item=live, user=editor, name="publish")
    for statement in (drafted, submitted, live):
        factories.citation(item, statement)
    workflow.transition(item=item, user=reporter, name="submit")
    published = workflow.article_publish_with_statements(
        article=item, user=editor, version=Article.objects.get(pk=item.pk).version
    )
    assert [s.pk for s in published] == [drafted.pk, submitted.pk]  # in citation order
    assert set(Statement.objects.live().values_list("pk", flat=True)) == {drafted.pk, submitted.pk, live.pk}
    assert Article.objects.live().filter(pk=item.pk).exists()
    for statement in (drafted, submitted):
        entry = statement.log.get(transition="publish")
        assert entry.user == editor and item.headline in entry.note
    assert live.log.filter(transition="publish").count() == 1  # the live one is left alone


def test_publishing_with_statements_is_all_or_nothing(editor):
    """An unpublished statement cannot be published in the same step: nothing is published."""
    item = factories.article()
    drafted, pulled = factories.statement(), factories.statement()
    workflow.transition(item=pulled, user=editor, name="publish")
    workflow.transition(item=pulled, user=editor, note="misattributed", name="unpublish")
    factories.citation(item, drafted)
    factories.citation(item, pulled)
    with pytest.raises(workflow.TransitionNotAllowed, match="unpublished"):
        workflow.article_publish_with_statements(article=item, user=editor)
    assert Statement.objects.get(pk=drafted.pk).status == Status.DRAFT
    assert not drafted.log.exists()
    assert Article.objects.get(pk=item.pk).status == Status.DRAFT


def test_publishing_with_statements_refuses_a_statement_edited_after_the_editor_looked(editor):
    item = factories.article()
    quoted = factories.statement()
    factories.citation(item, quoted)
    seen = {quoted.pk: quoted.version}
    Statement.objects.filter(pk=quoted.pk).update(version=quoted.version + 1)
    with pytest.raises(workflow.TransitionNotAllowed, match="after you opened"):
        workflow.article_publish_with_statements(article=item, user=editor, statement_versions=seen)
    assert Statement.objects.get(pk=quoted.pk).status == Status.DRAFT


def test_a_reporter_cannot_publish_with_statements(reporter):
    item = factories.article(created_by=reporter)
    quoted = factories.statement(created_by=reporter)
    factories.citation(item, quoted)
    with pytest.raises(workflow.TransitionForbidden):
        workflow.article_publish_with_statements(article=item, user=reporter)
    assert Statement.objects.get(pk=quoted.pk).status == Status.DRAFT
