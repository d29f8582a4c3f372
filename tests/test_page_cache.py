"""The reader's page cache (newsroom/page_cache.py): fast for readers, never stale after an event,
never shared with signed-in people."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.http import http_date

from newsroom.content.models import ArticleActor
from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def live(editor, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    article = factories.article(headline="First report", slug="first-report", tags=["EU"])
    workflow.transition(item=article, user=editor, name="publish")
    time_machine.move_to("2030-01-01 10:05Z", tick=False)
    return article


def test_a_second_reader_gets_the_stored_page_for_one_query(client, live, django_assert_num_queries):
    first = client.get("/")
    assert "First report" in first.content.decode()
    with django_assert_num_queries(1):  # the last public change, which names the stored page
        again = client.get("/")
    assert again.content == first.content
    assert "public" in again["Cache-Control"] and "max-age=60" in again["Cache-Control"]
    assert "stale-while-revalidate=300" in again["Cache-Control"] and "Cookie" in again["Vary"]


def test_a_conditional_request_is_answered_before_anything_renders(client, live, django_assert_num_queries):
    modified = client.get("/articles/")["Last-Modified"]
    assert modified == http_date(live.first_published_at.timestamp())
    with django_assert_num_queries(1):
        assert client.get("/tags/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


@pytest.mark.parametrize(
    "event",
    ["publish", "unpublish", "edit", "correction", "go_live", "expire", "actor_renamed"],
)
def test_after_every_event_readers_see_the_change(client, live, editor, time_machine, event):
    """Each event that changes what a reader sees changes the page at once: no stale copy."""
    pages = ["/", "/articles/", "/tags/eu/", "/feeds/rss/", live.get_absolute_url()]
    before = {url: client.get(url).content.decode() for url in pages}
    time_machine.move_to("2030-01-01 10:10Z", tick=False)
    if event == "publish":
        workflow.transition(item=factories.article(headline="Second report", tags=["EU"]), user=editor, name="publish")
        expected, url = "Second report", "/tags/eu/"
    elif event == "unpublish":
        workflow.transition(item=live, user=editor, note="Legal.", name="unpublish")
        assert client.get(live.get_absolute_url()).status_code == 404
        assert "First report" not in client.get("/articles/").content.decode()
        return
    elif event == "edit":
        live.headline = "First report, edited"
        from newsroom.editorial.editing import save_edit

        save_edit(item=live, expected_version=live.version, user=editor)
        expected, url = "First report, edited", "/"
    elif event == "correction":
        workflow.correction_add(item=live, user=editor, text="A name was misspelt.")
        expected, url = "A name was misspelt.", live.get_absolute_url()
    elif event == "go_live":
        go_live = timezone.now() + datetime.timedelta(minutes=30)
        workflow.transition(
            item=factories.article(headline="Embargoed", tags=["EU"]),
            user=editor,
            go_live_at=go_live,
            name="publish",
        )
        assert "Embargoed" not in client.get("/").content.decode()
        time_machine.move_to(go_live + datetime.timedelta(seconds=1), tick=False)  # no worker runs
        expected, url = "Embargoed", "/"
    elif event == "expire":
        expiring = factories.article(headline="Until noon", tags=["EU"])
        workflow.transition(
            item=expiring, user=editor, expires_at=timezone.now() + datetime.timedelta(hours=1), name="publish"
        )
        assert "Until noon" in client.get("/").content.decode()
        time_machine.move_to(timezone.now() + datetime.timedelta(hours=2), tick=False)
        assert "Until noon" not in client.get("/").content.decode()
        return
    else:
        speaker = factories.actor(name="Old name", slug="speaker")
        live.actors.add(speaker)
        time_machine.move_to("2030-01-01 10:15Z", tick=False)
        speaker.name = "New name"
        speaker.save()
        expected, url = "New name", live.get_absolute_url()
    assert expected in client.get(url).content.decode()
    assert expected not in before.get(url, "")


def test_staff_never_get_a_stored_page_nor_leave_theirs(client, live, editor):
    draft = factories.article(headline="Private draft", slug="private-draft")
    client.force_login(editor)
    staff_page = client.get(draft.get_absolute_url())
    assert staff_page.status_code == 200 and "no-store" in staff_page["Cache-Control"]
    staff_home = client.get("/")
    assert "public" not in staff_home.get("Cache-Control", "")
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404
    reader_home = client.get("/")  # now stored for readers
    assert "public" in reader_home["Cache-Control"]
    client.force_login(editor)
    assert "public" not in client.get("/").get("Cache-Control", "")  # an editor is not served it


def test_admin_and_previews_are_never_stored(client, live):
    # The API's anonymous answers are shared, with their surrogate keys (tests/test_edge_headers.py).
    for url in ("/admin/login/",):
        assert "public" not in client.get(url).get("Cache-Control", ""), url


def stored_pages():
    """The keys of the reader's pages in the cache: local memory, or Redis when the suite runs with it."""
    from django.core.cache import caches

    from newsroom.dependencies.cache import DegradingRedisCache

    backend = caches["default"]
    if isinstance(backend, DegradingRedisCache):
        return backend._cache.get_client().keys("*:newsroom:page:*")
    return [key for key in backend._cache if ":newsroom:page:" in key]


def test_a_foreign_host_or_port_never_reaches_another_reader(client, live):
    """Django's host check ignores the port: a page rendered for 127.0.0.1:6666 names that address in
    its canonical link, og:url, JSON-LD and feed links, and must not be what the next reader gets."""
    for url in ["/", "/articles/", live.get_absolute_url(), "/feeds/rss/", "/sitemap.xml"]:
        poisoned = client.get(url, HTTP_HOST="127.0.0.1:6666")
        assert poisoned.status_code == 200 and b"127.0.0.1:6666" in poisoned.content, url
        page = client.get(url)
        assert page.status_code == 200 and b"6666" not in page.content, url
        assert b"http://testserver/" in page.content, url


def test_with_a_site_address_only_its_pages_are_stored(client, live, settings):
    settings.NEWSROOM_SITE_URL = "https://news.example.org"
    settings.ALLOWED_HOSTS = ["news.example.org", "testserver"]
    client.get("/", HTTP_HOST="testserver")
    client.get("/", HTTP_HOST="news.example.org")  # plain http: not the site's address either
    assert stored_pages() == []
    client.get("/", HTTP_HOST="news.example.org", secure=True)
    assert len(stored_pages()) == 1


def test_unknown_query_parameters_never_create_entries(client, live):
    for n in range(20):
        for url in ("/feed.json", "/", "/articles/", "/tags/eu/", "/sitemap.xml", "/search/"):
            assert client.get(url, {"x": n}).status_code == 200
    assert client.get("/feed.json", {"q": "anything"}).status_code == 200  # feeds read no parameter
    assert client.get("/", {"kind": ["reports", "statements"]}).status_code in (200, 400)  # twice: ambiguous
    assert stored_pages() == []


def test_the_parameters_a_page_reads_are_stored_once_in_any_order(client, live):
    client.get("/search/", {"q": "report", "kind": "article"})
    client.get("/search/?kind=article&q=report")
    client.get("/tags/eu/", {"kind": "reports"})
    client.get("/sitemap-articles.xml", {"p": "1"})
    assert len(stored_pages()) == 3


def test_an_editor_changing_only_tags_or_an_actor_row_in_the_admin_changes_what_readers_get(
    client, live, editor, time_machine
):
    """Tags and inline rows are not the article's row: its own dates did not move, so tag pages, the
    article, the tag's feed and the API's ETag kept the old state for the cache's whole bound."""
    from tests.test_admin import article_form, change_url

    mentioned = factories.actor(name="Named witness", slug="named-witness")
    live.actors.add(mentioned)
    time_machine.move_to("2030-01-01 10:10Z", tick=False)
    urls = ["/tags/eu/", "/tags/", live.get_absolute_url(), "/feeds/tags/eu/rss/", "/feed.json"]
    before = {url: client.get(url).content for url in urls}
    etag = client.get("/api/articles/")["ETag"]
    time_machine.move_to("2030-01-01 10:20Z", tick=False)

    staff = Client()
    staff.force_login(editor)
    url = change_url(live)
    form = article_form(staff, url, headline=live.headline, slug=live.slug, body=live.body, tags="NATO")
    form.update({"articleactor_set-0-id": ArticleActor.objects.get(article=live).pk, "articleactor_set-0-article":
                 live.pk, "articleactor_set-0-actor": mentioned.pk, "articleactor_set-0-DELETE": "on"})  # fmt: skip
    assert staff.post(url, form).status_code == 302
    assert list(live.tags.names()) == ["NATO"] and not live.actors.exists()

    assert "First report" not in client.get("/tags/eu/").content.decode()
    assert "First report" in client.get("/tags/nato/").content.decode()
    page = client.get(live.get_absolute_url()).content.decode()
    assert "Named witness" not in page and "Named witness" in before[live.get_absolute_url()].decode()
    assert client.get("/feeds/tags/eu/rss/").content != before["/feeds/tags/eu/rss/"]
    assert client.get("/api/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_values_a_page_does_not_read_or_refuses_never_create_entries(client, live):
    """2,000 × `/?kind=<random>` made 2,009 keys: the home page reads no `kind`, and `before`/`after`
    on a page that is not a list, or a cursor that is none, were stored for each value."""
    for n in range(10):
        assert client.get("/", {"kind": f"k{n}"}).status_code == 200
        assert client.get("/", {"before": f"c{n}"}).status_code == 200
        assert client.get(live.get_absolute_url(), {"after": f"c{n}"}).status_code == 200
        assert client.get("/tags/eu/", {"kind": f"k{n}"}).status_code == 400
        assert client.get("/articles/", {"before": f"c{n}"}).status_code == 404
        assert client.get("/search/", {"q": "report", "kind": f"k{n}"}).status_code == 200  # with its error
        assert client.get("/sitemap-articles.xml", {"p": "0" * n + "1"}).status_code == 200
    assert len(stored_pages()) == 1  # ?p=1, the only value written as the sitemap writes it


def test_a_valid_cursor_is_stored(client, live, editor):
    for n in range(25):
        workflow.transition(item=factories.article(headline=f"Report {n}"), user=editor, name="publish")
    first = client.get("/articles/").content.decode()
    older = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert client.get(f"/articles/{older}").status_code == 200
    assert len(stored_pages()) == 2


def test_a_fact_check_list_by_rating_is_stored_and_answered_304_from_the_cache(
    client, live, editor, django_assert_num_queries
):
    """`/fact-checks/?rating=false` was a miss every time (15% of the constant view cached, 14% as a
    304, in bench/results/2026-12-07-100k-perf11.md): the page cache did not know `rating`, so the page
    was made for every reader, and its 304 only after it was made again."""
    statement = factories.statement(text="The vehicle carried weapons.")
    workflow.transition(item=statement, user=editor, name="publish")
    check = factories.fact_check(statement, headline="No weapons were found", rating=factories.rating(1))
    workflow.transition(item=check, user=editor, name="publish")
    first = client.get("/fact-checks/", {"rating": "false"})
    assert "No weapons were found" in first.content.decode()
    with django_assert_num_queries(1):  # the last public change, which names the stored page
        again = client.get("/fact-checks/", {"rating": "false"})
    assert again.content == first.content
    with django_assert_num_queries(1):
        assert client.get("/fact-checks/?rating=false", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert len(stored_pages()) == 1
    # Each rating its own page; one the scale does not have is a 400, and is never stored.
    assert "No weapons were found" not in client.get("/fact-checks/", {"rating": "true"}).content.decode()
    assert client.get("/fact-checks/", {"rating": "nonsense"}).status_code == 400
    assert client.get(check.get_absolute_url(), {"rating": "false"}).status_code == 200  # a page that reads none
    assert len(stored_pages()) == 2
