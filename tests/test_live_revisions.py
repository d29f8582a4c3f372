"""Live entries keep revisions (LiveEntry.history): every post, edit, step, mark, correction and
deletion says who did what and when; editors read and compare them in the admin as for articles;
readers see only the correction note; the revisions are append-only."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from newsroom.editorial import workflow
from newsroom.live import services
from newsroom.live.models import LiveEntry
from tests import factories
from tests.adminforms import admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(editor):
    page = factories.live_page(headline="Ambush near the road", slug="ambush")
    workflow.transition(item=page, user=editor, name="publish")
    return page


def history(entry):
    """(what happened, who) of each revision, oldest first."""
    revisions = entry.history.order_by("history_date", "history_id").select_related("history_user")
    return [(r.history_change_reason, r.history_user) for r in revisions]


def test_every_change_of_an_entry_keeps_a_revision_naming_who_did_what(page, editor, reporter):
    entry = services.entry_post(page=page, user=reporter, body="Shots herd at dawn.")
    services.entry_publish(entry=entry, user=editor)
    services.entry_mark(entry=entry, user=editor, key_event_title="First shots")
    services.entry_mark(entry=entry, user=editor, pinned=True)
    services.entry_correct(entry=entry, user=editor, body="Shots heard at dawn.", note="“herd” should read “heard”.")
    other = services.entry_post(page=page, user=editor, body="Second entry.")
    services.entry_mark(entry=other, user=editor, pinned=True)  # unpins the first, in its history too
    services.entry_delete(entry=entry, user=editor, note="Duplicate of a later entry")
    assert history(entry) == [
        ("Posted", reporter),
        ("Submit for review", reporter),
        ("Publish", editor),
        ("Key event: First shots", editor),
        ("Pinned to the top", editor),
        ("Corrected: “herd” should read “heard”.", editor),
        (f"Unpinned: entry {other.pk} was pinned", editor),
        ("Delete with a note: Duplicate of a later entry", editor),
    ]
    corrected = entry.history.get(history_change_reason__startswith="Corrected")
    older = corrected.prev_record
    assert (older.body, corrected.body) == ("Shots herd at dawn.", "Shots heard at dawn.")
    assert corrected.version == older.version + 1


def test_editors_read_and_compare_an_entrys_revisions_in_the_admin(client, page, editor):
    entry = services.entry_post(page=page, user=editor, body="Five people were killed.")
    services.entry_correct(entry=entry, user=editor, body="Four people were killed.", note="The toll was four.")
    client.force_login(editor)
    screen = client.get(reverse("admin:newsroom_livepage_change", args=[page.pk])).content.decode()
    history_url = reverse("admin:newsroom_liveentry_history", args=[entry.pk])
    assert f'<a href="{history_url}">Revisions</a>' in screen
    listed = client.get(history_url).content.decode()
    assert "Corrected: The toll was four." in listed and "Posted" in listed and "Publish" in listed
    assert editor.get_full_name() in listed or editor.get_username() in listed
    # "Show the differences" compares the last change of content by default: the correction.
    compare = client.get(reverse("admin:newsroom_liveentry_compare", args=[entry.pk])).content.decode()
    diff = compare[compare.index('<table class="nr-diff">') :]
    assert "<del>Five</del><ins>Four</ins> people were killed." in diff
    assert "Revert to" not in compare and "See or revert" not in listed and ">See v1<" in listed
    # A published entry's revision is read, never reverted to (its changes go through its page's screen).
    first = entry.history.earliest("history_date")
    revision = reverse("admin:newsroom_liveentry_simple_history", args=[entry.pk, first.history_id])
    assert client.get(revision).status_code == 200
    assert client.post(revision, admin_form(client, revision)).status_code == 403
    assert LiveEntry.objects.get(pk=entry.pk).body == "Four people were killed."


def test_reverting_a_draft_entry_brings_back_its_words_and_nothing_else(client, page, editor):
    entry = services.entry_post(page=page, user=editor, body="First words.", publish=False)  # a draft
    client.force_login(editor)
    change = reverse("admin:newsroom_liveentry_change", args=[entry.pk])
    assert client.post(change, admin_form(client, change, body="Second words.")).status_code == 302
    services.entry_mark(entry=entry, user=editor, key_event_title="Marked after")
    first = entry.history.get(history_change_reason="Posted")  # no key event then, version 1
    revision = reverse("admin:newsroom_liveentry_simple_history", args=[entry.pk, first.history_id])
    assert client.post(revision, admin_form(client, revision)).status_code == 302
    entry.refresh_from_db()
    assert (entry.body, entry.status, entry.version) == ("First words.", "draft", 3)
    assert entry.key_event_title == "Marked after"
    assert [what for what, _ in history(entry)] == ["Posted", "Edited", "Key event: Marked after", "Edited"]
    assert entry.history.first().history_user == editor
    # Saving the form unchanged keeps no empty revision.
    assert client.post(change, admin_form(client, change)).status_code == 302
    assert entry.history.count() == 4


def test_readers_see_the_correction_note_and_never_the_revisions(client, page, editor):
    entry = services.entry_post(page=page, user=editor, body="Five people were killed.")
    services.entry_correct(entry=entry, user=editor, body="Four people were killed.", note="The toll was four.")
    urls = ("/live/ambush/", "/api/live/ambush/entries/", "/live/ambush/feed.json", "/live/ambush/updates/?after=0")
    for url in urls:
        body = client.get(url).content.decode()
        assert "Four people were killed." in body and "The toll was four." in body, url
        assert "Five people" not in body and "Posted" not in body, url


def test_an_entrys_revisions_are_append_only(page, editor):
    entry = services.entry_post(page=page, user=editor, body="Kept words.")
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
        LiveEntry.history.update(body="Never said")
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE newsroom_historicalliveentry SET id = id")
    if connection.vendor == "postgresql":  # SQLite keeps no DELETE trigger: its flush deletes every row
        with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
            LiveEntry.history.all().delete()
    assert set(entry.history.values_list("body", flat=True)) == {"Kept words."}


def test_entries_written_before_revisions_began_get_a_first_one(page, editor):
    """Migration 0028's first revision of every entry already there, so its first change is compared."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("newsroom.migrations.0028_live_entry_revisions")
    (entry,) = LiveEntry.objects.bulk_create([LiveEntry(page=page, body="Written before.")])  # no revision
    migration.first_revisions(apps, None)
    (first,) = entry.history.all()
    assert (first.body, first.history_type, first.history_change_reason) == (
        "Written before.",
        "+",
        migration.FIRST_REVISION,
    )
