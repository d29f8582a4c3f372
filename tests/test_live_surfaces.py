"""Live coverage everywhere content goes: the API, feeds, sitemap, JSON-LD (checked with extruct),
home's "Live" badge, tag and actor pages, search; and drafts nowhere."""

import json
import re
from datetime import timedelta

import extruct
import pytest
from django.utils import timezone

from newsroom.editorial import workflow
from newsroom.live import services
from newsroom.live.models import LivePage
from newsroom.live.querysets import live_pages_matching
from newsroom.reading.search.terms import parse
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def speaker():
    return factories.actor(name="Ministry of Defence", slug="mod")


@pytest.fixture
def page(editor, speaker):
    page = factories.live_page(headline="Ambush near the road", slug="ambush", summary="Coverage as it happened.",
                               tags=["Security"])  # fmt: skip
    page.actors.add(speaker)
    workflow.transition(item=page, user=editor, name="publish")
    return page


@pytest.fixture
def statement(editor, speaker):
    statement = factories.statement(actor=speaker, text="Our servicemen came under fire near the road.")
    workflow.transition(item=statement, user=editor, name="publish")
    return statement


@pytest.fixture
def entries(page, editor, reporter, statement):
    first = services.entry_post(page=page, user=editor, body="Shots heard at dawn.")
    key = services.entry_post(page=page, user=editor, key_event_title="Ministry confirms the attack",
                              body="The ministry said: “Our servicemen came under fire near the road.”",
                              statements=[statement])  # fmt: skip
    services.entry_post(page=page, user=reporter, body="Draftmarker words in review.")
    return first, key


def test_the_api_lists_pages_and_entries_with_cursor_pages_and_since(client, page, entries):
    pages = json.loads(client.get("/api/live/").content)
    assert [p["slug"] for p in pages["results"]] == ["ambush"]
    detail = json.loads(client.get("/api/live/ambush/").content)
    assert detail["coverage"] == "live" and detail["tags"] == [{"name": "Security", "slug": "security"}]
    listed = json.loads(client.get(detail["entries_url"], {"page_size": 1}).content)
    first, key = entries
    assert [e["id"] for e in listed["results"]] == [key.pk] and listed["next"]
    assert listed["results"][0]["citations"][0]["statement"]["speaker"]["slug"] == "mod"
    older = json.loads(client.get(listed["next"]).content)
    assert [e["id"] for e in older["results"]] == [first.pk]
    since = json.loads(client.get("/api/live/ambush/entries/", {"since": first.first_published_at.isoformat()}).content)
    assert [e["id"] for e in since["results"]] == [key.pk]
    answer = client.get("/api/live/ambush/entries/", {"since": "yesterday"})
    assert answer.status_code == 400 and "since" in json.loads(answer.content)
    assert client.get("/api/live/nothing/entries/").status_code == 404
    assert "Draftmarker" not in json.dumps([pages, detail, listed, older])


def test_the_schema_describes_the_live_api(client):
    schema = client.get("/api/schema/?format=json").content.decode()
    assert "/api/live/{slug}/" in schema and "/api/live/{page_slug}/entries/" in schema and "since" in schema


@pytest.mark.parametrize("path", ["feeds/rss/", "feeds/atom/", "feed.json"])
def test_feeds_of_a_pages_entries(client, page, entries, path):
    body = client.get(f"/live/ambush/{path}").content.decode()
    assert "Ministry confirms the attack" in body and "Shots heard at dawn." in body
    assert "Draftmarker" not in body


def test_the_sitemap_lists_live_pages(client, page):
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-live.xml" in index
    assert "/live/ambush/" in client.get("/sitemap-live.xml").content.decode()


def test_json_ld_is_a_live_blog_posting_with_its_updates_and_coverage_times(client, page, entries, editor):
    html = client.get("/live/ambush/").content.decode()
    data = extruct.extract(html, syntaxes=["json-ld"])["json-ld"]
    live = next(item for item in data if item["@type"] == "LiveBlogPosting")
    assert live["coverageStartTime"] and "coverageEndTime" not in live
    updates = live["liveBlogUpdate"]
    assert updates[0]["headline"] == "Ministry confirms the attack"
    assert updates[0]["citation"][0]["@type"] == "Quotation"
    assert "Draftmarker" not in json.dumps(data)
    services.page_set_coverage(page=page, user=editor, coverage="ended")
    html = client.get("/live/ambush/").content.decode()
    live = next(i for i in extruct.extract(html, syntaxes=["json-ld"])["json-ld"] if i["@type"] == "LiveBlogPosting")
    assert live["coverageEndTime"] >= live["coverageStartTime"]  # to the second: both may fall in one


def test_home_shows_a_live_badge_while_live_and_not_once_ended(client, page, editor):
    html = client.get("/").content.decode()
    assert 'class="live-badge"' in html and 'href="/live/ambush/"' in html
    services.page_set_coverage(page=page, user=editor, coverage="ended")
    assert 'class="live-badge"' not in client.get("/").content.decode()


def test_tag_and_actor_pages_list_the_live_page(client, page, speaker, statement):
    # A tag exists for readers while a live report, statement or live page carries it (newsroom.content.tag_counts).
    assert 'href="/live/ambush/"' in client.get("/tags/security/").content.decode()
    assert 'href="/live/ambush/"' in client.get("/actors/mod/").content.decode()
    assert 'href="/actors/mod/"' in client.get("/live/ambush/").content.decode()


def test_search_finds_live_pages_by_their_words(client, page, entries):
    html = client.get("/search/", {"q": "ambush"}).content.decode()
    assert 'href="/live/ambush/"' in html
    assert 'href="/live/ambush/"' not in client.get("/search/", {"q": "draftmarker"}).content.decode()


@pytest.mark.parametrize(
    "words", ["ambush", "AMBUSH road", "confirms", '"came under fire"', "draftmarker", "dawn", "shots_heard", "ambu*"]
)
def test_the_live_pages_a_search_shows_are_those_the_queryset_finds(page, entries, editor, words):
    """The search page's live pages are read by one compiled query (live_pages_matching): the pages, and their
    order, of `LivePage.objects.live().matching(terms)`, a word's LIKE wildcards plain characters, an entry
    not yet published never matching."""
    other = factories.live_page(headline="Shots heard at the border", slug="border")
    workflow.transition(item=other, user=editor, name="publish")
    services.entry_post(page=other, user=editor, body="Dawn raid reported.")
    terms = parse(words)
    expected = list(LivePage.objects.live().matching(terms).newest_first()[:5])
    found = live_pages_matching(terms, 5)
    assert [p.pk for p in found] == [p.pk for p in expected]
    assert [(p.headline, p.coverage, p.changed_at) for p in found] == [
        (p.headline, p.coverage, p.changed_at) for p in expected
    ]
    if words in ("ambush", "confirms", '"came under fire"'):
        assert [p.pk for p in found] == [page.pk]
    if words in ("draftmarker", "shots_heard"):
        assert found == []  # the _ is a character, not any one ("Shots heard")


def test_a_draft_page_is_nowhere(client, editor):
    draft = factories.live_page(headline="Draftmarker page", slug="draftmarker", tags=["Security"])
    services.entry_post(page=draft, user=editor, body="Draftmarker entry.")
    for path in ["/", "/live/", "/api/live/", "/sitemap-live.xml", "/search/?q=draftmarker", "/api/live/draftmarker/"]:
        assert "Draftmarker" not in client.get(path).content.decode(), path


def test_a_tag_only_a_live_page_carries_is_listed_everywhere_tags_are(client, page, editor):
    """Its page (the live page above a note that no report or statement carries it yet), the tag
    index and its count, the API's tags, the sitemap, its feeds; drafts' and scheduled pages' tags nowhere."""
    html = client.get("/tags/security/").content.decode()
    assert '<span class="live-badge">Live</span> <a href="/live/ambush/">Ambush near the road</a>' in html
    assert "No reports or statements carry this tag yet: only the live coverage above." in html
    assert re.search(r'<a href="/tags/security/">Security <span class="count">(<span[^>]*>[^<]*</span>)?1</span>',
                     client.get("/tags/").content.decode())  # fmt: skip
    assert client.get("/api/tags/security/").json()["count"] == 1
    assert "/tags/security/" in client.get("/sitemap-tags.xml").content.decode()
    assert client.get("/feeds/tags/security/rss/").status_code == 200
    assert "security" in [t["slug"] for t in client.get("/api/tags/").json()["results"]]
    # A report with the tag counts beside it, and the page lists it under the live box.
    report = factories.article(headline="Report on security", tags=["Security"])
    workflow.transition(item=report, user=editor, name="publish")
    assert client.get("/api/tags/security/").json()["count"] == 2
    assert "Report on security" in client.get("/tags/security/").content.decode()

    draft = factories.live_page(headline="Draftmarker", slug="draftmarker", tags=["Draftmarker tag"])
    later = factories.live_page(headline="Later", slug="later", tags=["Latermarker"])
    workflow.transition(item=later, user=editor, name="publish", go_live_at=timezone.now() + timedelta(hours=2))
    for slug in ("draftmarker-tag", "latermarker"):
        for url in (f"/tags/{slug}/", f"/api/tags/{slug}/", f"/feeds/tags/{slug}/rss/"):
            assert client.get(url).status_code == 404, url
    for url in ("/tags/", "/api/tags/", "/sitemap-tags.xml", "/"):
        body = client.get(url).content.decode().lower()
        assert "draftmarker" not in body and "latermarker" not in body, url
    # Unpublished, the page takes its tag with it.
    workflow.transition(item=page, user=editor, name="unpublish", note="Merged into another page")
    assert client.get("/api/tags/security/").json()["count"] == 1
    assert draft.tags.count() == 1
