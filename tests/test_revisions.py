"""Every save keeps a revision; the admin compares any two and reverts to any one, as a new revision."""

import pytest
from django.urls import reverse

from newsroom.content.models import Article
from newsroom.editorial import workflow
from newsroom.editorial.revisions import word_diff
from tests import factories
from tests.test_admin import article_form

pytestmark = pytest.mark.django_db


def edit(client, article, **fields):
    url = reverse("admin:newsroom_article_change", args=[article.pk])
    data = article_form(client, url, headline=article.headline, slug=article.slug, body=article.body)
    data.update(fields)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()


def test_every_save_is_a_revision_with_who_and_when(client, editor):
    article = factories.article(body="First words.")
    client.force_login(editor)
    edit(client, article, body="Second words.")
    edit(client, article, body="Third words.")
    bodies = list(article.history.order_by("history_date", "history_id").values_list("body", "version", "history_user"))
    assert bodies == [("First words.", 1, None), ("Second words.", 2, editor.pk), ("Third words.", 3, editor.pk)]


def test_workflow_steps_are_revisions_too(editor):
    article = factories.article()
    workflow.transition(item=article, user=editor, name="publish")
    assert article.history.count() == 2 and article.history.first().status == "published"


def test_compare_any_two_revisions_word_by_word(client, editor):
    article = factories.article(headline="EU concerned", body="The EU voiced concern.")
    client.force_login(editor)
    edit(client, article, body="The EU and NATO voiced concern.")
    edit(client, article, headline="EU, NATO concerned", body="The EU and NATO voiced deep concern.")
    first, *_, last = article.history.order_by("history_date", "history_id")
    page = client.get(
        reverse("admin:newsroom_article_compare", args=[article.pk]),
        {"older": first.history_id, "newer": last.history_id},
    ).content.decode()
    assert "The EU <ins>and NATO </ins>voiced <ins>deep </ins>concern." in page
    assert "<del>EU</del><ins>EU, NATO</ins> concerned" in page
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk])).content.decode()
    assert "Show the differences" in history


def test_a_revert_is_a_new_revision_and_loses_nothing(client, editor):
    article = factories.article(body="Original wording.")
    client.force_login(editor)
    edit(client, article, body="A mistaken rewrite.")
    original = article.history.get(version=1)
    url = reverse("admin:newsroom_article_simple_history", args=[article.pk, original.history_id])
    form = article_form(client, url, headline=article.headline, slug=article.slug, body="Original wording.")
    assert form["opened_version"] == "2"  # the version in the database, not the old revision's
    assert client.post(url, form).status_code == 302
    article.refresh_from_db()
    assert article.body == "Original wording." and article.version == 3
    assert list(article.history.order_by("history_date", "history_id").values_list("body", flat=True)) == [
        "Original wording.",
        "A mistaken rewrite.",
        "Original wording.",
    ]


def test_a_revert_keeps_the_current_workflow_state(client, editor):
    article = factories.article(body="Draft text.")
    client.force_login(editor)
    edit(client, article, body="Text as published.")
    workflow.transition(item=article, user=editor, name="publish")
    draft = article.history.get(version=1)
    url = reverse("admin:newsroom_article_simple_history", args=[article.pk, draft.history_id])
    client.post(url, article_form(client, url, headline=article.headline, slug=article.slug, body="Draft text."))
    article.refresh_from_db()
    assert article.status == "published" and article.body == "Draft text."


def test_a_reporter_cannot_revert_published_content(client, reporter, editor):
    article = factories.article(created_by=reporter, body="Reporter's draft.")
    client.force_login(reporter)
    edit(client, article, body="Reporter's second draft.")
    workflow.transition(item=article, user=editor, name="publish")
    old = article.history.get(version=1)
    url = reverse("admin:newsroom_article_simple_history", args=[article.pk, old.history_id])
    response = client.post(url, {"headline": article.headline, "slug": article.slug, "body": "Reporter's draft."})
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).body == "Reporter's second draft."


def test_word_diff_escapes_html():
    assert (
        str(word_diff("<b>old</b>", "<b>new</b>"))
        == "<del>&lt;b&gt;old&lt;/b&gt;</del><ins>&lt;b&gt;new&lt;/b&gt;</ins>"
    )


def test_a_workflow_step_revision_names_who_took_it(editor):
    article = factories.article()
    workflow.transition(item=article, user=editor, name="publish")
    assert article.history.latest("history_date").history_user == editor
