"""The public clock (newsroom/content/public_clock.py): every change a reader can see moves it, and
nothing else does. Tags, citations, captions, actors mentioned, sources drawn on, photos of live
items, corrections, actors and sources that live content names: yes. Drafts, and actors, sources,
photos and tags that only drafts name: never (they would tell the outside world when editorial
work happens, and empty every cache for nothing)."""

import datetime

import pytest
from django.utils import timezone
from taggit.models import Tag

from newsroom.content.models import ActorAlias, ArticleActor, ArticleSource, Caption, Citation
from newsroom.content.photos import photo_make_renditions
from newsroom.content.public_clock import last_public_change
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(editor, media_root, time_machine, django_capture_on_commit_callbacks):
    """A live article and a draft one, each with its own tag, actor mentioned, source, photo,
    caption and cited statement, committed; the clock then moves on an hour."""
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    with django_capture_on_commit_callbacks(execute=True):
        items = make_newsroom(editor)
    time_machine.move_to("2030-01-01 11:00Z", tick=False)
    items["before"] = last_public_change()
    assert items["before"] == datetime.datetime(2030, 1, 1, 10, 0, tzinfo=datetime.UTC)
    return items


def make_newsroom(editor):
    items = {}
    for state in ("live", "draft"):
        speaker = factories.actor(name=f"Speaker {state}")
        mentioned = factories.actor(name=f"Mentioned {state}")
        outlet = factories.source(name=f"Outlet {state}")
        photo = factories.photo(renditions=False, alt_text=f"Photo {state}")
        statement = factories.statement(actor=speaker, text=f"Words {state}.", tags=[f"Tag {state}"])
        article = factories.article(headline=f"Report {state}", tags=[f"Tag {state}"])
        article.actors.add(mentioned)
        article.sources.add(outlet)
        caption = Caption.objects.create(article=article, photo=photo, text=f"Caption {state}.")
        if state == "live":
            workflow.transition(item=statement, user=editor, name="publish")
            factories.citation(article, statement)
            workflow.transition(item=article, user=editor, name="publish")
            items["correction"] = workflow.correction_add(item=article, user=editor, text="A name was misspelt.")
        else:
            factories.citation(article, statement)
        items[state] = {
            "article": article,
            "statement": statement,
            "speaker": speaker,
            "mentioned": mentioned,
            "outlet": outlet,
            "photo": photo,
            "caption": caption,
            "tag": Tag.objects.get(name=f"Tag {state}"),
            **({"correction": items.pop("correction")} if "correction" in items else {}),
        }
    return items


def rename(obj, field, value):
    setattr(obj, field, value)
    obj.save()


CHANGES = {
    "article tag added": lambda x: x["article"].tags.add("New tag"),
    "article tag removed": lambda x: x["article"].tags.remove(x["tag"]),
    "article tags set": lambda x: x["article"].tags.set(["Other"]),
    "article tags cleared": lambda x: x["article"].tags.clear(),
    "statement tag added": lambda x: x["statement"].tags.add("New tag"),
    "tag renamed": lambda x: rename(x["tag"], "name", "Renamed tag"),
    "citation added": lambda x: factories.citation(x["article"], factories.statement(actor=x["speaker"])),
    "citation reworded": lambda x: rename(Citation.objects.get(article=x["article"]), "wording", "Other words."),
    "citation removed": lambda x: Citation.objects.filter(article=x["article"]).delete(),
    "caption added": lambda x: Caption.objects.create(article=x["article"], text="Another caption."),
    "caption edited": lambda x: rename(x["caption"], "text", "New caption."),
    "caption deleted": lambda x: x["caption"].delete(),
    "actor mentioned added": lambda x: x["article"].actors.add(factories.actor()),
    "actor mentioned row added": lambda x: ArticleActor.objects.create(article=x["article"], actor=factories.actor()),
    "actor mentioned removed": lambda x: x["article"].actors.remove(x["mentioned"]),
    "actor mentioned row deleted": lambda x: ArticleActor.objects.get(article=x["article"]).delete(),
    "actors mentioned cleared": lambda x: x["article"].actors.clear(),
    "actor's articles cleared": lambda x: x["mentioned"].articles.clear(),
    "source drawn on added": lambda x: x["article"].sources.add(factories.source()),
    "source drawn on removed": lambda x: ArticleSource.objects.get(article=x["article"]).delete(),
    "mentioned actor renamed": lambda x: rename(x["mentioned"], "name", "New name"),
    "speaker renamed": lambda x: rename(x["speaker"], "role", "spokeswoman"),
    "alias added": lambda x: ActorAlias.objects.create(actor=x["speaker"], name="Another name"),
    "source renamed": lambda x: rename(x["outlet"], "name", "New outlet name"),
    "photo alt text edited": lambda x: rename(x["photo"], "alt_text", "What the photo shows, better said."),
    "photo renditions made again": lambda x: photo_make_renditions(x["photo"]),
    "article edited": lambda x: rename(x["article"], "dek", "A new standfirst."),
    "statement edited": lambda x: rename(x["statement"], "summary", "What was said around it."),
    "correction edited": lambda x: rename(x["correction"], "text", "A better note."),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_to_what_readers_see_moves_the_clock(newsroom, change):
    CHANGES[change](newsroom["live"])
    assert last_public_change() == timezone.now(), change


@pytest.mark.parametrize("change", [name for name in CHANGES if name != "correction edited"])
def test_the_same_change_to_draft_work_does_not(newsroom, change):
    CHANGES[change](newsroom["draft"])
    assert last_public_change() == newsroom["before"], change


def test_a_correction_moves_it(newsroom, editor):
    workflow.correction_add(item=newsroom["live"]["statement"], user=editor, text="The date was wrong.")
    assert last_public_change() == timezone.now()


def test_a_new_actor_or_source_that_nothing_public_names_does_not_move_it(newsroom, reporter):
    """A reporter adding an actor moved the public Last-Modified and emptied every cached page."""
    factories.actor(name="Somebody new")
    factories.source(name="A new outlet")
    factories.photo(alt_text="Not used yet")
    assert last_public_change() == newsroom["before"]


def test_publishing_the_draft_names_its_actors_and_then_their_edits_count(newsroom, editor, time_machine):
    draft = newsroom["draft"]
    workflow.transition(item=draft["statement"], user=editor, name="publish")
    workflow.transition(item=draft["article"], user=editor, name="publish")
    assert last_public_change() == timezone.now()
    time_machine.move_to("2030-01-01 12:00Z", tick=False)
    rename(draft["mentioned"], "name", "Now public")
    assert last_public_change() == timezone.now()


def test_the_clock_is_one_query(newsroom, django_assert_num_queries):
    with django_assert_num_queries(1):
        last_public_change()


def test_one_row_per_transaction_its_moment_the_commit_and_then_the_signal(
    newsroom, time_machine, django_capture_on_commit_callbacks
):
    """A change committed after a later-stamped one must still move the clock past what readers were
    shown meanwhile: the moment is set again when the transaction commits; a purge listens after it."""
    from newsroom.content.models import PublicChange
    from newsroom.content.public_changes import public_changed

    heard = []

    def hear(sender, what, **kwargs):
        heard.append(what)

    public_changed.connect(hear)
    try:
        rows = PublicChange.objects.count()
        live = newsroom["live"]
        with django_capture_on_commit_callbacks(execute=True):
            live["article"].tags.add("First")
            live["caption"].delete()
            time_machine.move_to("2030-01-01 11:00:05Z", tick=False)  # the commit comes later
        assert PublicChange.objects.count() == rows + 1
        assert last_public_change() == timezone.now()
        assert heard == [f"tags of article {live['article'].pk}"]
    finally:
        public_changed.disconnect(hear)


def test_postgresql_plans_the_clock_once_per_session(newsroom, editor, django_assert_num_queries):
    """Planning the clock's two dozen sub-selects cost ten times running them: PostgreSQL prepares it
    once per database session (in the round trip of its first use) and then only executes it, with
    the moment as its parameter and the same answers."""
    from django.db import connection

    from newsroom.content import public_clock

    if connection.vendor != "postgresql":
        pytest.skip("a prepared statement is PostgreSQL's")
    # As on a new session: the clock's statement only, the session's other prepared queries stay.
    public_clock._statement(connection)._sessions.discard(connection.connection)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_prepared_statements WHERE name = %s", [public_clock._PREPARED_NAME])
        if cursor.fetchone():
            cursor.execute(f"DEALLOCATE {public_clock._PREPARED_NAME}")
    with django_assert_num_queries(1) as captured:
        assert last_public_change() == newsroom["before"]
    assert captured[0]["sql"].startswith(f"PREPARE {public_clock._PREPARED_NAME} ")
    workflow.transition(item=newsroom["draft"]["statement"], user=editor, name="publish")
    with django_assert_num_queries(1) as captured:
        assert last_public_change() == timezone.now()
    # (between a savepoint and its release, in the test's transaction: newsroom.content.prepared)
    assert f"EXECUTE {public_clock._PREPARED_NAME} " in captured[0]["sql"] and "PREPARE" not in captured[0]["sql"]
    # The same answers as the query sent whole, at other moments too.
    sql, params = public_clock._change_query(connection)
    for at in (newsroom["before"], timezone.now() - datetime.timedelta(days=1), timezone.now()):
        with connection.cursor() as cursor:
            cursor.execute(sql, [at if param == public_clock._MOMENT else param for param in params])
            assert last_public_change(at=at) == cursor.fetchone()[0]


def test_the_clock_is_sent_whole_when_preparing_is_turned_off(newsroom, settings):
    """NEWSROOM_PREPARED_QUERIES=0 (for a pooler that hands each transaction another server session) holds
    for the clock as for the compiled queries: the same answers, nothing prepared or executed by name."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("a prepared statement is PostgreSQL's")
    settings.NEWSROOM_PREPARED_QUERIES = False
    earlier = timezone.now() - datetime.timedelta(minutes=30)
    with CaptureQueriesContext(connection) as sent:
        assert last_public_change() == newsroom["before"]
        assert last_public_change(at=earlier) == newsroom["before"]
    assert len(sent) == 2 and not any("PREPARE" in q["sql"] or "EXECUTE" in q["sql"] for q in sent.captured_queries)
    assert all("MAX(moment)" in q["sql"] for q in sent.captured_queries)


def test_a_photo_that_a_live_entry_shows_moves_it_when_edited(editor, media_root, time_machine):
    """Editing the alt text of a photo that only a live page's entry shows did not move the clock;
    the photo of an entry still in draft does not."""
    from newsroom.live import services

    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    page = factories.live_page()
    workflow.transition(item=page, user=editor, name="publish")
    shown = factories.photo(renditions=False, alt_text="Shown")
    waiting = factories.photo(renditions=False, alt_text="Waiting")
    services.entry_post(page=page, user=editor, body="Shots at dawn.", photo=shown)
    services.entry_post(page=page, user=editor, body="Not yet.", photo=waiting, publish=False)
    before = last_public_change()
    time_machine.move_to("2030-01-01 11:00Z", tick=False)
    rename(waiting, "alt_text", "Still waiting, better said")
    assert last_public_change() == before
    rename(shown, "alt_text", "What the photo shows, better said.")
    assert last_public_change() == timezone.now()
