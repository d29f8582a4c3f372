"""Corrections and updates: dated notes readers see on the page, in the API and in the feeds."""

import re

import pytest
from django.urls import reverse

from newsroom.content.models import Correction
from newsroom.editorial import workflow
from newsroom.editorial.workflow import TransitionForbidden, TransitionNotAllowed, correction_add
from tests import factories
from tests.test_admin import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(editor, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    article = factories.article(headline="Ambush report", slug="ambush-report", body="Three officers died.")
    workflow.transition(item=article, user=editor, name="publish")
    time_machine.move_to("2030-01-02 10:00Z", tick=False)
    return article


def test_an_editor_adds_a_correction_in_the_admin(client, editor, published):
    client.force_login(editor)
    url = reverse("admin:newsroom_article_change", args=[published.pk])
    data = article_form(client, url, headline=published.headline, slug=published.slug, body=published.body)
    data.update(
        {
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-kind": "correction",
            "corrections-0-text": "An earlier version misspelt the OSCE Minsk Group.",
            "corrections-0-published_at_0": "2030-01-02",
            "corrections-0-published_at_1": "14:00:00",
        }
    )
    assert client.post(url, data).status_code == 302
    correction = Correction.objects.get()
    assert correction.article == published and correction.created_by == editor
    published.refresh_from_db()
    assert published.updated_since_publication


def test_a_correction_shows_on_the_page_in_the_api_and_in_the_feeds(client, editor, published):
    correction_add(item=published, user=editor, text="The officers were from the passport department.")
    page = client.get("/articles/ambush-report/").content.decode()
    assert "Corrections and updates" in page and "passport department" in page
    assert re.search(r"Updated <time datetime=\"2030-01-02", page)

    api = client.get("/api/articles/ambush-report/").json()
    assert api["corrections"] == [
        {
            "kind": "correction",
            "text": "The officers were from the passport department.",
            "published_at": api["corrections"][0]["published_at"],
        }
    ]
    assert api["updated_at"].startswith("2030-01-02")

    item = next(i for i in client.get("/feed.json").json()["items"] if i["title"] == "Ambush report")
    assert "passport department" in item["content_text"]
    assert item["date_modified"].startswith("2030-01-02") and item["date_published"].startswith("2030-01-01")
    assert "passport department" in client.get("/feeds/rss/").content.decode()


def test_statements_take_corrections_too(client, editor):
    statement = factories.statement(text="Words.")
    workflow.transition(item=statement, user=editor, name="publish")
    correction_add(item=statement, user=editor, kind="update", text="The ministry later confirmed the statement.")
    page = client.get(statement.get_absolute_url()).content.decode()
    assert "Update, " in page and "later confirmed" in page


def test_corrections_are_for_published_items(editor):
    with pytest.raises(TransitionNotAllowed, match="published"):
        correction_add(item=factories.article(), user=editor, text="Too early.")


def test_a_correction_cannot_be_added_to_a_draft_or_deleted_in_the_admin(client, editor, published):
    client.force_login(editor)
    draft = factories.article()
    page = client.get(reverse("admin:newsroom_article_change", args=[draft.pk])).content.decode()
    assert 'name="corrections-MAX_NUM_FORMS" value="0"' in page  # nothing can be added
    correction_add(item=published, user=editor, text="A note.")
    page = client.get(reverse("admin:newsroom_article_change", args=[published.pk])).content.decode()
    assert "corrections-0-DELETE" not in page


def test_a_reporter_cannot_add_corrections(client, reporter, published):
    client.force_login(reporter)
    url = reverse("admin:newsroom_article_change", args=[published.pk])
    page = client.get(url).content.decode()
    assert 'name="corrections-0-text"' not in page and 'name="corrections-__prefix__-text"' not in page
    response = client.post(
        url,
        {
            "corrections-TOTAL_FORMS": "1", "corrections-INITIAL_FORMS": "0",
            "corrections-0-kind": "correction", "corrections-0-text": "A reporter's note.",
            "corrections-0-published_at_0": "2026-01-01", "corrections-0-published_at_1": "10:00",
        },
    )  # fmt: skip
    assert response.status_code == 403
    assert not Correction.objects.exists()
    with pytest.raises(TransitionForbidden):
        correction_add(item=published, user=reporter, text="A reporter's note.")
    assert not Correction.objects.exists()
