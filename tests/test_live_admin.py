"""A live page's admin screen (newsroom/admin/live.py): posting in one step (as JSON for fetch,
or as a plain form), entries changed through the services, reporters' entries waiting for editors."""

import json

import pytest

from newsroom.editorial import workflow
from newsroom.live import services
from newsroom.live.models import LiveEntry
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(editor):
    page = factories.live_page(headline="Ambush", slug="ambush")
    workflow.transition(item=page, user=editor, name="publish")
    return page


def post(client, page, json_answer=True, **data):
    headers = {"HTTP_ACCEPT": "application/json"} if json_answer else {}
    return client.post(f"/admin/newsroom/livepage/{page.pk}/post/", {"entry-publish": "on", **data}, **headers)


def test_the_screen_shows_the_post_form_and_the_entries(client, editor, page):
    services.entry_post(page=page, user=editor, body="Already out.")
    client.force_login(editor)
    html = client.get(f"/admin/newsroom/livepage/{page.pk}/change/").content.decode()
    assert "data-live-post" in html and "Already out." in html and 'name="entry-key_event_title"' in html
    assert "newsroom/live_admin" in html and "autocomplete" in html


def test_an_editor_posts_with_fetch_and_gets_the_new_row(client, editor, page):
    statement = factories.statement(text="We were attacked.")
    workflow.transition(item=statement, user=editor, name="publish")
    client.force_login(editor)
    answer = post(client, page, **{"entry-body": "“We were attacked.”", "entry-statements": [statement.pk],
                                   "entry-key_event_title": "Ministry speaks"})  # fmt: skip
    data = json.loads(answer.content)
    assert answer.status_code == 200 and data["ok"]
    entry = LiveEntry.objects.get(pk=data["id"])
    assert entry.status == "published" and entry.key_event and list(entry.statements.all()) == [statement]
    assert f'id="nr-entry-{entry.pk}"' in data["row"]


def test_a_bad_post_is_a_400_naming_the_field_and_posts_nothing(client, editor, page):
    client.force_login(editor)
    answer = post(client, page, **{"entry-body": ""})
    assert answer.status_code == 400 and "Entry" in json.loads(answer.content)["message"]
    answer = post(client, page, **{"entry-body": "x", "entry-statements": ["999999"]})
    assert answer.status_code == 400 and "Statements it cites" in json.loads(answer.content)["message"]
    assert not LiveEntry.objects.exists()


def test_without_javascript_the_form_posts_and_the_screen_comes_back(client, editor, page):
    client.force_login(editor)
    answer = post(client, page, json_answer=False, **{"entry-body": "Plain form words."})
    assert answer.status_code == 302 and answer["Location"].endswith(f"/livepage/{page.pk}/change/")
    assert LiveEntry.objects.get().body == "Plain form words."


def test_a_reporters_post_waits_for_an_editor_who_publishes_it_on_the_screen(client, reporter, editor, page):
    client.force_login(reporter)
    html = client.get(f"/admin/newsroom/livepage/{page.pk}/change/").content.decode()
    assert 'name="entry-key_event_title"' not in html and "goes to an editor" in html
    data = json.loads(post(client, page, **{"entry-body": "From the scene."}).content)
    entry = LiveEntry.objects.get(pk=data["id"])
    assert entry.status == "in_review"
    answer = client.post(f"/admin/newsroom/livepage/{page.pk}/entries/{entry.pk}/publish/")
    entry.refresh_from_db()
    assert answer.status_code == 302 and entry.status == "in_review"  # refused, with a message
    client.force_login(editor)
    client.post(f"/admin/newsroom/livepage/{page.pk}/entries/{entry.pk}/publish/")
    entry.refresh_from_db()
    assert entry.status == "published"


def test_an_editor_pins_marks_corrects_and_deletes_on_the_screen(client, editor, page):
    entry = services.entry_post(page=page, user=editor, body="Tree wounded.")
    client.force_login(editor)
    base = f"/admin/newsroom/livepage/{page.pk}/entries/{entry.pk}"
    client.post(f"{base}/pin/")
    client.post(f"{base}/key/", {"title": "Casualties"})
    client.post(f"{base}/correct/", {"body": "Three wounded.", "note": "A typo: three, not tree."})
    entry.refresh_from_db()
    assert entry.pinned and entry.key_event_title == "Casualties" and entry.body == "Three wounded."
    client.post(f"{base}/delete/", {"note": "Superseded."})
    entry.refresh_from_db()
    assert entry.deleted_at and not entry.pinned and entry.log.get(transition="delete").note == "Superseded."


def test_coverage_and_the_article(client, editor, page):
    client.force_login(editor)
    client.post(f"/admin/newsroom/livepage/{page.pk}/coverage/", {"coverage": "ended"})
    page.refresh_from_db()
    assert page.coverage == "ended" and page.coverage_ended_at
    answer = client.post(f"/admin/newsroom/livepage/{page.pk}/article/")
    page.refresh_from_db()
    assert answer["Location"] == f"/admin/newsroom/article/{page.article_id}/change/"


def test_a_pasted_quotation_becomes_a_draft_statement_the_entry_cites(client, editor, page):
    from newsroom.content.models import Statement

    client.force_login(editor)
    pasted = "“We strongly urge the sides to show restraint,” said Maria Zakharova, the ministry spokeswoman."
    data = json.loads(post(client, page, **{"entry-body": "Moscow reacts.", "entry-quotation": pasted}).content)
    statement = Statement.objects.get()
    assert statement.status == "draft" and statement.actor.name == "Maria Zakharova"
    assert statement.text.startswith("We strongly urge the sides to show restraint")
    entry = LiveEntry.objects.get(pk=data["id"])
    assert list(entry.statements.all()) == [statement]
    assert entry.status == "draft"  # it waits for its statement: readers never see a draft's words
    # The same words again: the statement the newsroom holds, not a second one.
    post(client, page, **{"entry-body": "Again.", "entry-quotation": pasted})
    assert Statement.objects.count() == 1


def test_a_pasted_text_without_a_speaker_posts_nothing(client, editor, page):
    from newsroom.content.models import Statement

    client.force_login(editor)
    answer = post(client, page, **{"entry-body": "Words.", "entry-quotation": "No quotation here at all."})
    assert answer.status_code == 400 and "No quotation" in json.loads(answer.content)["message"]
    assert not LiveEntry.objects.exists() and not Statement.objects.exists()
