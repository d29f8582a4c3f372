"""Live coverage: live pages and their entries through the workflow (newsroom/live/), the reader's
page and its updates (newsroom/reading/live.py)."""

import json
import re
import threading

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from newsroom.content.models import Article, Correction
from newsroom.content.public_clock import last_public_change
from newsroom.editorial import workflow
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.workflow import TransitionForbidden, TransitionNotAllowed
from newsroom.live import services
from newsroom.live.models import LiveEntry, LivePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(editor):
    page = factories.live_page(headline="Ambush near Khankendi", slug="ambush", tags=["Security"])
    workflow.transition(item=page, user=editor, name="publish")
    return page


@pytest.fixture
def statement(editor):
    speaker = factories.actor(name="Ministry of Defence", slug="mod")
    statement = factories.statement(actor=speaker, text="Our servicemen came under fire near the road.")
    workflow.transition(item=statement, user=editor, name="publish")
    return statement


def updates(client, page, after, **headers):
    return client.get(f"/live/{page.slug}/updates/", {"after": after}, **headers)


# The workflow: statuses, log, roles.


def test_an_editor_posts_in_one_step_and_the_log_says_so(page, editor):
    entry = services.entry_post(page=page, user=editor, body="Shots were heard at dawn.")
    entry.refresh_from_db()
    assert entry.status == "published" and entry.first_published_at is not None
    assert entry.author == editor.get_username()
    assert list(entry.log.values_list("transition", "user")) == [("publish", editor.pk)]
    assert entry.sequence == LivePage.objects.get(pk=page.pk).sequence == 1


def test_a_reporters_entry_waits_for_an_editor(page, reporter, editor, client):
    entry = services.entry_post(page=page, user=reporter, body="Reporter's words.")
    assert entry.status == "in_review"
    assert "Reporter&#x27;s words" not in client.get(f"/live/{page.slug}/").content.decode()
    with pytest.raises(TransitionForbidden):
        services.entry_publish(entry=entry, user=reporter)
    services.entry_publish(entry=entry, user=editor)
    assert "Reporter&#x27;s words" in client.get(f"/live/{page.slug}/").content.decode()
    assert [t for (t,) in entry.log.order_by("created_at").values_list("transition")] == ["submit", "publish"]


def test_a_reporter_publishes_directly_where_the_editor_allowed_it(page, reporter, other_reporter):
    LivePage.objects.filter(pk=page.pk).update(reporters_publish=True)
    page.refresh_from_db()
    entry = services.entry_post(page=page, user=reporter, body="Direct words.")
    assert entry.status == "published"
    assert entry.log.get().user == reporter
    # Only their own entry: another reporter's draft is not theirs to publish.
    other = services.entry_post(page=page, user=other_reporter, body="Other words.", publish=False)
    with pytest.raises(TransitionForbidden):
        services.entry_publish(entry=other, user=reporter)


def test_only_editors_mark_key_events_pin_correct_and_delete(page, editor, reporter):
    entry = services.entry_post(page=page, user=editor, body="Words.")
    with pytest.raises(TransitionForbidden):
        services.entry_post(page=page, user=reporter, body="Key?", key_event_title="Mine")
    for call in (
        lambda: services.entry_mark(entry=entry, user=reporter, pinned=True),
        lambda: services.entry_correct(entry=entry, user=reporter, body="x", note="y"),
        lambda: services.entry_delete(entry=entry, user=reporter, note="y"),
    ):
        with pytest.raises(TransitionForbidden):
            call()


def test_deleting_needs_a_note_leaves_it_in_the_log_and_takes_no_further_step(page, editor, client):
    entry = services.entry_post(page=page, user=editor, body="Wrong place named.")
    with pytest.raises(TransitionNotAllowed):
        services.entry_delete(entry=entry, user=editor, note="")
    services.entry_delete(entry=entry, user=editor, note="Named the wrong village.")
    entry.refresh_from_db()
    assert entry.status == "unpublished" and entry.deleted_at is not None
    step = entry.log.get(transition="delete")
    assert step.note == "Named the wrong village." and step.user == editor
    with pytest.raises(TransitionNotAllowed):
        services.entry_step(entry=entry, user=editor, name="redraft")
    assert "Wrong place named" not in client.get(f"/live/{page.slug}/").content.decode()


def test_delete_is_a_step_for_live_entries_only(editor):
    article = factories.article()
    assert "delete" not in [t.name for t in workflow.allowed_transitions(user=editor, item=article)]
    with pytest.raises(TransitionNotAllowed):
        workflow.transition(item=article, user=editor, name="delete", note="no")


def test_an_entry_citing_a_statement_readers_cannot_see_is_not_published(page, editor):
    draft = factories.statement(text="Not yet public words.")
    with pytest.raises(TransitionNotAllowed, match="Publish the statements this live entry cites first"):
        services.entry_post(page=page, user=editor, body="“Not yet public words.”", statements=[draft])
    assert not LiveEntry.objects.exists()  # one step: nothing half-written


def test_pinning_one_unpins_the_other(page, editor):
    first = services.entry_post(page=page, user=editor, body="First.")
    second = services.entry_post(page=page, user=editor, body="Second.")
    services.entry_mark(entry=first, user=editor, pinned=True)
    services.entry_mark(entry=second, user=editor, pinned=True)
    assert list(LiveEntry.objects.filter(pinned=True)) == [second]


def test_an_ended_page_takes_no_entries_and_becomes_an_article_citing_its_statements(page, editor, statement):
    services.entry_post(page=page, user=editor, body="Plain update.")
    services.entry_post(
        page=page,
        user=editor,
        body="The ministry said: “Our servicemen came under fire near the road.”",
        key_event_title="Ministry confirms the attack",
        statements=[statement],
    )
    with pytest.raises(services.LiveError):
        services.page_to_article(page=page, user=editor)
    services.page_set_coverage(page=page, user=editor, coverage="ended")
    with pytest.raises(services.LiveError):
        services.entry_post(page=page, user=editor, body="Too late.")
    article = services.page_to_article(page=page, user=editor)
    assert article.status == "draft" and article.headline == page.headline
    assert "Ministry confirms the attack" in article.body and "Plain update" not in article.body
    assert [c.statement for c in article.citations.all()] == [statement]
    assert [t.name for t in article.tags.all()] == ["Security"]
    assert LivePage.objects.get(pk=page.pk).article == article
    with pytest.raises(services.LiveError):
        services.page_to_article(page=page, user=editor)


def test_correcting_shows_the_correction_with_the_entry(page, editor, client):
    entry = services.entry_post(page=page, user=editor, body="Three were wounded.")
    services.entry_correct(entry=entry, user=editor, body="Two were wounded.", note="We first said three.")
    assert Correction.objects.get(liveentry=entry).text == "We first said three."
    html = client.get(f"/live/{page.slug}/").content.decode()
    assert "Two were wounded." in html and "We first said three." in html and "Three were wounded" not in html


# Two people posting at once lose nothing.


@pytest.mark.django_db(transaction=True)
def test_two_editors_posting_at_once_both_land_with_their_own_numbers(roles):
    editor, other = factories.user("Editor"), factories.user("Editor")
    page = factories.live_page()
    workflow.transition(item=page, user=editor, name="publish")
    barrier, errors = threading.Barrier(2), []

    def post(user, n):
        try:
            barrier.wait()
            for i in range(5):
                services.entry_post(page=page, user=user, body=f"Entry {n}.{i}")
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database is one connection: PostgreSQL runs this")
    threads = [threading.Thread(target=post, args=(user, n)) for n, user in enumerate((editor, other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(LiveEntry.objects.values_list("sequence", flat=True))
    assert numbers == list(range(1, 11))
    assert LivePage.objects.get(pk=page.pk).sequence == 10


# The reader's page.


def test_the_page_shows_entries_newest_first_key_events_pinned_and_live_status(page, editor, statement, client):
    services.entry_post(page=page, user=editor, body="First shots heard.")
    key = services.entry_post(
        page=page,
        user=editor,
        body="The ministry said “Our servicemen came under fire near the road.”",
        key_event_title="Ministry confirms",
        statements=[statement],
    )
    services.entry_post(page=page, user=editor, body="Roads closed.")
    services.entry_mark(entry=key, user=editor, pinned=True)
    html = client.get(f"/live/{page.slug}/").content.decode()
    assert html.index("Roads closed.") < html.index("First shots heard.")
    assert re.search(r'class="live-status live-status-live">.*Live</p>', html)
    assert f'href="/live/ambush/#entry-{key.pk}"' in html  # the key events timeline
    assert f'id="pinned-{key.pk}"' in html and f'id="entry-{key.pk}"' in html
    assert f'href="{statement.get_absolute_url()}"' in html  # the quotation links to its statement
    assert 'aria-live="polite"' in html and "<script>" not in html


def test_a_draft_page_is_not_found_by_readers(editor, client):
    page = factories.live_page(slug="draft-page")
    assert client.get("/live/draft-page/").status_code == 404
    assert client.get("/live/draft-page/updates/").status_code == 404
    assert client.get("/live/draft-page/feeds/rss/").status_code == 404
    assert page.headline not in client.get("/live/").content.decode()


def test_the_page_costs_the_same_queries_for_3_and_30_entries(page, editor, statement, client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/live/{page.slug}/").status_code == 200
        return len(queries)

    for n in range(3):
        services.entry_post(page=page, user=editor, body=f"“Our servicemen came under fire near the road.” {n}",
                            statements=[statement], key_event_title=f"Key {n}")  # fmt: skip
    few = count()
    for n in range(27):
        services.entry_post(page=page, user=editor, body=f"“Our servicemen came under fire near the road.” {n}",
                            statements=[statement], key_event_title=f"Key {n}")  # fmt: skip
    from django.core.cache import cache

    cache.clear()
    assert count() == few


# Its updates: the polling endpoint.


def test_updates_give_what_is_past_the_readers_number_then_304(page, editor, client):
    first = services.entry_post(page=page, user=editor, body="One.")
    answer = updates(client, page, 0)
    data = json.loads(answer.content)
    assert [e["id"] for e in data["entries"]] == [first.pk] and data["cursor"] == 1
    assert "One." in data["entries"][0]["html"]
    again = updates(client, page, 1, HTTP_IF_NONE_MATCH=answer["ETag"].replace('-0"', '-1"'))
    assert again.status_code == 304
    same = updates(client, page, 0, HTTP_IF_NONE_MATCH=answer["ETag"])
    assert same.status_code == 304
    second = services.entry_post(page=page, user=editor, body="Two.")
    data = json.loads(updates(client, page, 1).content)
    assert [e["id"] for e in data["entries"]] == [second.pk] and data["cursor"] == 2


def test_updates_are_public_for_seconds_with_the_pages_key(page, editor, client, settings):
    services.entry_post(page=page, user=editor, body="One.")
    answer = updates(client, page, 0)
    cache_control = answer["Cache-Control"]
    assert "public" in cache_control and "max-age=5" in cache_control and "s-maxage=5" in cache_control
    assert f"livepage-{page.pk}" in answer["Surrogate-Key"].split()
    page_answer = client.get(f"/live/{page.slug}/")
    assert "max-age=5" in page_answer["Cache-Control"]


def test_updates_take_away_deleted_entries_and_bring_corrections(page, editor, client):
    one = services.entry_post(page=page, user=editor, body="One.")
    two = services.entry_post(page=page, user=editor, body="Twoo.")
    services.entry_delete(entry=one, user=editor, note="Duplicate.")
    services.entry_correct(entry=two, user=editor, body="Two.", note="Spelling.")
    data = json.loads(updates(client, page, 2).content)
    assert data["removed"] == [one.pk]
    assert [e["id"] for e in data["entries"]] == [two.pk] and "Spelling." in data["entries"][0]["html"]
    assert "One." not in json.dumps(data) and "Duplicate." not in json.dumps(data)


def test_drafts_never_reach_the_updates(page, editor, reporter, client):
    services.entry_post(page=page, user=reporter, body="Secret draft words.")
    services.entry_post(page=page, user=editor, body="Public words.", publish=False)
    data = json.loads(updates(client, page, 0).content)
    assert data["entries"] == [] and data["removed"] == [] and data["cursor"] == 0
    assert "Secret" not in updates(client, page, 0).content.decode()


def test_a_bad_number_is_a_400_naming_it(page, client):
    answer = updates(client, page, "x")
    assert answer.status_code == 400 and "after" in json.loads(answer.content)


def test_updates_cost_the_same_queries_for_1_and_20_new_entries(page, editor, statement, client):
    def count(after):
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert updates(client, page, after).status_code == 200
        return len(queries)

    services.entry_post(page=page, user=editor, body="“Our servicemen came under fire near the road.”",
                        statements=[statement], key_event_title="K")  # fmt: skip
    one = count(0)
    for n in range(19):
        services.entry_post(page=page, user=editor, body=f"“Our servicemen came under fire near the road.” {n}",
                            statements=[statement], key_event_title=f"K{n}")  # fmt: skip
    assert count(0) == one


def test_a_published_entry_moves_the_public_clock_and_a_draft_does_not(page, editor, reporter):
    before = last_public_change()
    services.entry_post(page=page, user=reporter, body="Draft.")
    assert last_public_change() == before
    services.entry_post(page=page, user=editor, body="Out.")
    assert last_public_change() > before


def test_the_workflow_log_names_exactly_one_item(page, editor):
    entry = services.entry_post(page=page, user=editor, body="One.")
    step = WorkflowLogEntry.objects.get(liveentry=entry)
    assert step.article_id is None and step.statement_id is None and step.livepage_id is None
    assert WorkflowLogEntry.objects.get(livepage=page).transition == "publish"


def test_an_article_made_of_a_page_goes_through_the_workflow(page, editor, statement):
    services.entry_post(page=page, user=editor, body="“Our servicemen came under fire near the road.”",
                        statements=[statement], key_event_title="K")  # fmt: skip
    services.page_set_coverage(page=page, user=editor, coverage="ended")
    article = services.page_to_article(page=page, user=editor)
    workflow.transition(item=article, user=editor, name="publish")
    assert Article.objects.live().filter(pk=article.pk).exists()


# At scale: a live page with 5,000 entries reads its first page and its updates by index.


def _plans(queries):
    import re

    from django.db import connection as conn

    plans = []
    with conn.cursor() as cursor:
        for query in queries:
            sql = query["sql"]
            # (a compiled query is a prepared statement: its EXECUTE explained, its text read where the session
            # keeps it)
            execute = re.search(r"EXECUTE\s+(\w+)\s*\((.*?)\)\s*/\*", sql, re.DOTALL)
            if execute:
                cursor.execute("SELECT statement FROM pg_prepared_statements WHERE name = %s", [execute.group(1)])
                prepared = cursor.fetchone()
                if prepared and "newsroom_liveentry" in prepared[0]:
                    cursor.execute(f"EXPLAIN EXECUTE {execute.group(1)}({execute.group(2)})")
                    plans.append("\n".join(row[0] for row in cursor.fetchall()))
                continue
            if "newsroom_liveentry" not in sql or not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute(f"EXPLAIN {sql}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
    return plans


def test_a_page_of_5000_entries_answers_its_first_page_and_updates_by_index(editor, client):
    if connection.vendor != "postgresql":
        pytest.skip("plans are PostgreSQL's: CI runs this on PostgreSQL")
    import datetime

    from django.utils import timezone

    pages = []
    start = timezone.now() - datetime.timedelta(days=3)
    for n in range(2):  # two pages, so that finding one page's entries is a choice the planner makes
        page = factories.live_page(slug=f"big-{n}")
        workflow.transition(item=page, user=editor, name="publish")
        LiveEntry.objects.bulk_create(
            LiveEntry(
                page=page, body=f"Entry {i}.", status="published", sequence=i + 1, key_event=i % 500 == 0,
                key_event_title="Key" if i % 500 == 0 else "", first_published_at=start + datetime.timedelta(seconds=i),
                last_published_at=start + datetime.timedelta(seconds=i),
            )
            for i in range(5000)
        )  # fmt: skip
        LivePage.objects.filter(pk=page.pk).update(sequence=5000, changed_at=timezone.now())
        pages.append(page)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE newsroom_liveentry")
        cursor.execute("ANALYZE newsroom_livepage")
    page = pages[0]
    # A search looks through each live page's entries by its index until one holds the word, never
    # hashes every entry of the table (LivePageQuerySet.matching: 15-20 ms a word at 5,000 entries).
    urls = (f"/live/{page.slug}/", f"/live/{page.slug}/updates/?after=4990", f"/api/live/{page.slug}/entries/")
    for url in (*urls, "/search/?q=entry+key"):
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        plans = _plans(queries.captured_queries)
        assert plans, url
        for plan in plans:
            assert "Seq Scan on newsroom_liveentry" not in plan, (url, plan)


def test_readers_polling_at_once_share_one_answer_from_the_page_cache(page, editor, client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    services.entry_post(page=page, user=editor, body="One.")
    first = updates(client, page, 0)
    with CaptureQueriesContext(connection) as queries:
        again = updates(client, page, 0)
        revalidated = updates(client, page, 0, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.content == first.content and revalidated.status_code == 304
    assert len(queries) == 2  # the public clock's one look-up each: nothing rendered, nothing read


def test_an_entry_with_a_photo_shows_it_with_its_alt_text(page, editor, client, photo):
    services.entry_post(page=page, user=editor, body="The vehicle after the attack.", photo=photo)
    html = client.get(f"/live/{page.slug}/").content.decode()
    assert "<picture>" in html and f'alt="{photo.alt_text}"' in html


# Each entry is a fragment kept per version of what it shows (newsroom.reading.fragments.live_entries).


@pytest.fixture
def entry_renders(monkeypatch):
    """The names of the templates the entries' fragments were rendered from, request after request."""
    from newsroom.reading import live

    rendered = []
    real = live.get_template
    monkeypatch.setattr(live, "get_template", lambda name: rendered.append(name) or real(name))
    return rendered


def entries_of(html):
    return html[html.index("data-live-list") :]


def test_an_entry_is_kept_per_version_of_what_it_shows_and_never_shows_a_draft(
    page, editor, reporter, statement, client, settings, entry_renders
):
    """An entry's words edited or corrected, a speaker renamed, a quoted statement unpublished, an entry
    pinned, withdrawn or deleted each show at once; a draft entry never shows."""
    from newsroom.content.models import Actor

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # (rows are changed below without the workflow)
    quoting = services.entry_post(
        page=page, user=editor, body="The ministry said “Our servicemen came under fire near the road.”",
        statements=[statement],
    )  # fmt: skip
    plain = services.entry_post(page=page, user=editor, body="Roads closed.")
    services.entry_post(page=page, user=reporter, body="Draft words Quuxwidget.")
    url = f"/live/{page.slug}/"
    html = client.get(url).content.decode()
    assert "Roads closed." in html and "Ministry of Defence" in html and "Quuxwidget" not in html
    assert len(entry_renders) == 2  # both entries, missing

    # Kept: the same page again renders no entry.
    entry_renders.clear()
    assert client.get(url).content.decode() == html and entry_renders == []

    # (the entries' list only: the JSON-LD in the head carries each entry's words and speakers too)
    LiveEntry.objects.filter(pk=plain.pk).update(body="Roads closed at noon.")
    shown = entries_of(client.get(url).content.decode())
    assert "Roads closed at noon." in shown and "Roads closed.\n" not in shown
    services.entry_correct(entry=plain, user=editor, body="Roads closed at one.", note="The hour.")
    shown = entries_of(client.get(url).content.decode())
    assert "Roads closed at one." in shown and "The hour." in shown
    Correction.objects.filter(liveentry=plain).update(text="The hour was wrong.")
    assert "The hour was wrong." in entries_of(client.get(url).content.decode())
    statement.actor.name = "Defence Ministry"
    statement.actor.save()
    shown = entries_of(client.get(url).content.decode())
    assert "Defence Ministry" in shown and "Ministry of Defence" not in shown
    assert Actor.objects.get(pk=statement.actor.pk).name == "Defence Ministry"
    services.entry_mark(entry=plain, user=editor, pinned=True)
    html = client.get(url).content.decode()
    assert f'id="pinned-{plain.pk}"' in html and "live-entry-pinned" in entries_of(html)
    workflow.transition(item=statement, user=editor, name="unpublish", note="Misattributed")
    html = client.get(url).content.decode()
    assert f'href="{statement.get_absolute_url()}"' not in html and "Defence Ministry" not in html
    assert "The ministry said" in entries_of(html)  # the entry stays, its quotation unlinked
    services.entry_step(entry=quoting, user=editor, name="unpublish", note="Withdrawn")
    assert "The ministry said" not in client.get(url).content.decode()
    services.entry_delete(entry=plain, user=editor, note="Wrong road.")
    html = client.get(url).content.decode()
    assert "Roads closed" not in html and "Quuxwidget" not in html and "No entries yet." in html


def test_an_entry_kept_is_the_entry_rendered_and_the_page_is_whole_with_the_cache_away(
    page, editor, statement, client, photo, request, entry_renders, settings
):
    """With a photo, a quotation, a correction, a key event and pinned: the page and its updates from kept
    fragments are byte for byte what they are with every entry rendered anew, the cache away."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    services.entry_post(page=page, user=editor, body="The vehicle after the attack.", photo=photo)
    cited = services.entry_post(
        page=page, user=editor, body="The ministry said “Our servicemen came under fire near the road.”",
        statements=[statement], key_event_title="Ministry confirms",
    )  # fmt: skip
    services.entry_correct(entry=cited, user=editor, body=f"{cited.body} Later.", note="Added a line.")
    services.entry_mark(entry=cited, user=editor, pinned=True)
    url = f"/live/{page.slug}/"
    first = client.get(url).content
    assert client.get(url).content == first and client.get(url).content == first
    kept = updates(client, page, 0).content
    assert b"<picture>" in first and b"Added a line." in first and f'id="pinned-{cited.pk}"'.encode() in first
    request.getfixturevalue("cache_away")
    entry_renders.clear()
    assert client.get(url).content == first and updates(client, page, 0).content == kept
    assert len(entry_renders) == 6  # both entries and the pinned copy, on the page and in the updates


def test_the_key_events_are_kept_per_version_of_what_they_show(page, editor, client, settings):
    """A key event marked, renamed, unmarked or withdrawn shows at once, on the page and in its updates."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    entry = services.entry_post(page=page, user=editor, body="Shots at dawn.", key_event_title="First shots")
    other = services.entry_post(page=page, user=editor, body="Roads closed.")
    url = f"/live/{page.slug}/"

    def key_events():
        html = client.get(url).content.decode()
        shown = re.findall(r"<span>([^<]*)</span></a></li>", html[html.index("data-live-key-events") :])
        assert json.loads(updates(client, page, 0).content)["key_events_html"].count("<li>") == len(shown)
        return shown

    assert key_events() == ["First shots"]
    services.entry_mark(entry=other, user=editor, key_event_title="Roads shut")
    assert key_events() == ["First shots", "Roads shut"]
    services.entry_mark(entry=entry, user=editor, key_event_title="Shots heard")
    assert key_events() == ["Shots heard", "Roads shut"]
    services.entry_mark(entry=other, user=editor, key_event_title="")
    assert key_events() == ["Shots heard"]
    services.entry_step(entry=entry, user=editor, name="unpublish", note="Unconfirmed")
    assert key_events() == []


def test_an_entrys_photo_changed_shows_at_once(page, editor, client, photo, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # (the photo is changed below without the workflow)
    services.entry_post(page=page, user=editor, body="The vehicle after the attack.", photo=photo)
    url = f"/live/{page.slug}/"
    assert f'alt="{photo.alt_text}"' in entries_of(client.get(url).content.decode())
    type(photo).objects.filter(pk=photo.pk).update(alt_text="A burnt-out police car", credit="A. Reporter")
    shown = entries_of(client.get(url).content.decode())
    assert 'alt="A burnt-out police car"' in shown and "A. Reporter" in shown
