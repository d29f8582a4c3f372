"""Two people editing one item can never overwrite each other's work."""

import re
import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.urls import reverse

from newsroom.content.models import Article
from newsroom.content.states import Status
from newsroom.editorial import workflow
from newsroom.editorial.editing import EditConflict, save_edit
from tests import factories
from tests.test_admin import article_form

pytestmark = pytest.mark.django_db


def change_url(article):
    return reverse("admin:newsroom_article_change", args=[article.pk])


def test_the_later_of_two_admin_saves_is_refused_and_keeps_its_text(client, editor):
    article = factories.article(headline="Ambush near Stepanakert", slug="ambush", body="First draft.")
    first, second = client, client.__class__()
    first.force_login(editor)
    second.force_login(factories.user("Editor"))
    # Both open the article at version 1.
    form_one = article_form(first, change_url(article), headline="Ambush near Stepanakert", slug="ambush",
                            body="Three police officers were killed.")  # fmt: skip
    form_two = article_form(second, change_url(article), headline="Ambush near Stepanakert", slug="ambush",
                            body="Five people died, three of them police officers.")  # fmt: skip
    assert form_one["opened_version"] == form_two["opened_version"] == "1"

    assert first.post(change_url(article), form_one).status_code == 302
    refused = second.post(change_url(article), form_two)
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "Someone saved this article while you were editing it" in page
    assert "Body" in page and "Three police officers were killed." in page  # what changed in between
    assert "Five people died, three of them police officers." in page  # the refused text stays in the form
    article.refresh_from_db()
    assert article.body == "Three police officers were killed." and article.version == 2


def test_a_stale_save_raises_and_changes_nothing(editor):
    article = factories.article(body="Original.")
    mine, theirs = Article.objects.get(pk=article.pk), Article.objects.get(pk=article.pk)
    theirs.body = "Theirs."
    save_edit(item=theirs, expected_version=1, user=editor)
    mine.body = "Mine."
    with pytest.raises(EditConflict, match="version 2"):
        save_edit(item=mine, expected_version=1, user=editor)
    assert Article.objects.get(pk=article.pk).body == "Theirs."


def test_an_edit_never_carries_back_workflow_fields(editor):
    article = factories.article()
    stale = Article.objects.get(pk=article.pk)  # a copy that still says draft, as a revert form's does
    workflow.transition(item=article, user=editor, name="publish")
    assert article.version == 2  # the step raised the version
    stale.headline = "Edited after publication"
    save_edit(item=stale, expected_version=2, user=editor)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.first_published_at is not None
    assert article.headline == "Edited after publication" and article.version == 3
    # The revision the edit keeps records the item as it is, not the copy's old workflow fields.
    revision = article.history.order_by("-history_date", "-history_id").first()
    assert revision.status == Status.PUBLISHED and revision.first_published_at == article.first_published_at


def test_an_edit_opened_before_a_workflow_step_is_refused(editor):
    article = factories.article(body="Original.")
    opened = Article.objects.get(pk=article.pk)
    workflow.transition(item=article, user=editor, name="submit")
    opened.body = "Written before the submission."
    with pytest.raises(EditConflict):
        save_edit(item=opened, expected_version=1, user=editor)
    assert Article.objects.get(pk=article.pk).body == "Original."


def test_a_reporter_save_is_checked_against_the_item_as_it_is_now(reporter, editor):
    """The edit right is checked on the locked row: a reporter's form opened on their draft
    cannot save once an editor has published it, even naming the newest version."""
    article = factories.article(created_by=reporter, body="Reporter's draft.")
    opened = Article.objects.get(pk=article.pk)
    workflow.transition(item=article, user=editor, name="publish")
    opened.body = "Changed after publication."
    with pytest.raises(PermissionDenied):
        save_edit(item=opened, expected_version=article.version, user=reporter)
    assert Article.objects.get(pk=article.pk).body == "Reporter's draft."


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a real race needs two PostgreSQL connections")
@pytest.mark.django_db(transaction=True)
def test_two_transactions_saving_at_once_exactly_one_wins_and_nothing_is_lost(roles):
    editor = factories.user("Editor")
    article = factories.article(headline="Original", body="Original body.")
    start = threading.Barrier(2)
    outcomes = {}

    def save(name):
        try:
            copy = Article.objects.get(pk=article.pk)
            copy.body = f"Body written by {name}."
            start.wait()  # both hold version 1 and save at the same moment
            save_edit(item=copy, expected_version=1, user=editor)
            outcomes[name] = "saved"
        except EditConflict as conflict:
            outcomes[name] = conflict
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(name,)) for name in ("alice", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    losers = [outcome for outcome in outcomes.values() if isinstance(outcome, EditConflict)]
    assert len(winners) == 1 and len(losers) == 1
    stored = Article.objects.get(pk=article.pk)
    assert stored.body == f"Body written by {winners[0]}." and stored.version == 2
    # The loser's text is not lost: the conflict hands it back for the form.
    loser_name = next(name for name in outcomes if name not in winners)
    assert losers[0].item.body == f"Body written by {loser_name}."
    assert losers[0].current_version == 2
    # The winner's save is a revision.
    assert stored.history.filter(version=2, body=stored.body).exists()


def test_the_form_remembers_the_version_it_was_opened_at(client, editor):
    article = factories.article()
    client.force_login(editor)
    page = client.get(change_url(article)).content.decode()
    assert re.search(r'name="opened_version" value="1"', page)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the other save commits from a second connection")
@pytest.mark.django_db(transaction=True)
def test_losing_the_race_after_validation_still_shows_the_conflict_in_the_form(roles, client, monkeypatch):
    """The other editor's save commits between this form's validation and its UPDATE."""
    from newsroom.admin import publishable as admin_workflow

    editor = factories.user("Editor")
    article = factories.article(headline="Race", slug="race", body="Original.")
    real_save_edit = admin_workflow.save_edit

    def other_editor_commits_first(*, item, expected_version, user):
        def other_editor():
            winner = Article.objects.get(pk=item.pk)
            winner.body = "The other editor's words."
            real_save_edit(item=winner, expected_version=winner.version, user=editor)
            connection.close()

        thread = threading.Thread(target=other_editor)
        thread.start()
        thread.join()
        monkeypatch.setattr(admin_workflow, "save_edit", real_save_edit)
        return real_save_edit(item=item, expected_version=expected_version, user=user)

    monkeypatch.setattr(admin_workflow, "save_edit", other_editor_commits_first)
    client.force_login(editor)
    data = article_form(client, change_url(article), headline="Race", slug="race", body="My words.")
    response = client.post(change_url(article), data)
    page = response.content.decode()
    assert response.status_code == 200 and "Someone saved this article" in page and "My words." in page
    assert Article.objects.get(pk=article.pk).body == "The other editor's words."
