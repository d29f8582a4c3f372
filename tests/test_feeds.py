"""RSS, Atom and JSON Feed for the site, a tag and an actor: valid, and published items only."""

import json
from pathlib import Path

import feedparser
import jsonschema
import pytest

from newsroom.content.models import Actor
from newsroom.editorial import workflow
from tests import factories
from tests.conftest import NOT_LIVE

pytestmark = pytest.mark.django_db

JSON_FEED_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "jsonfeed-1.1.schema.json").read_text())
SCOPES = ["/feeds/{}/", "/feeds/tags/nato/{}/", "/feeds/actors/nikol-pashinyan/{}/"]
JSON_SCOPES = ["/feed.json", "/feeds/tags/nato/feed.json", "/feeds/actors/nikol-pashinyan/feed.json"]


@pytest.fixture
def seeded(seed_content, editor):
    draft = factories.article(headline="Draft about NATO", tags=["NATO"])
    draft.actors.add(factories.actor(slug="nikol-pashinyan-draft"))
    pashinyan = Actor.objects.get(slug="nikol-pashinyan")
    factories.statement(actor=pashinyan, text="Unpublished words of NATO.", tags=["NATO"])


def validate_json_feed(feed):
    jsonschema.validate(feed, JSON_FEED_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_rss_and_atom_parse_cleanly_and_carry_no_drafts(client, seeded, scope, kind):
    response = client.get(scope.format(kind))
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if kind == "rss" else "atom10")
    assert parsed.entries
    titles = " ".join(entry.title for entry in parsed.entries)
    assert "Draft about NATO" not in titles and "Unpublished words" not in titles


@pytest.mark.parametrize("url", JSON_SCOPES)
def test_json_feed_validates_against_the_1_1_schema_and_carries_no_drafts(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/feed+json"
    feed = response.json()
    validate_json_feed(feed)
    assert feed["items"]
    text = json.dumps(feed, ensure_ascii=False)
    assert "Draft about NATO" not in text and "Unpublished words" not in text


def test_the_json_feed_schema_rejects_a_broken_feed():
    with pytest.raises(jsonschema.ValidationError):
        validate_json_feed({"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1"}]})


def test_tag_feed_holds_the_eu_nato_report_and_its_statements(client, seeded):
    feed = client.get("/feeds/tags/nato/feed.json").json()
    titles = [item["title"] for item in feed["items"]]
    assert "EU, NATO ‘Concerned’ about Azerbaijani Ambush in Artsakh Police" in titles
    assert any(title.startswith("Javier Colomina: “Very concerned") for title in titles)


def test_actor_feed_holds_their_statements_and_the_reports_quoting_them(client, seeded):
    feed = client.get("/feeds/actors/nikol-pashinyan/feed.json").json()
    titles = [item["title"] for item in feed["items"]]
    assert sum(t.startswith("Nikol Pashinyan:") for t in titles) == 3
    assert "EU, NATO ‘Concerned’ about Azerbaijani Ambush in Artsakh Police" in titles


def test_feeds_for_unknown_or_unpublished_scopes_are_404(client, seeded):
    assert client.get("/feeds/tags/no-such-tag/rss/").status_code == 404
    assert client.get("/feeds/actors/nikol-pashinyan-draft/feed.json").status_code == 404


def test_unpublishing_removes_an_item_from_the_feeds(client, seeded, editor):
    from newsroom.content.models import Article

    report = Article.objects.get(slug="eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police")
    workflow.transition(item=report, user=editor, note="legal", name="unpublish")
    assert report.headline not in client.get("/feeds/rss/").content.decode()


@pytest.mark.parametrize(
    "page, feed",
    [
        ("/", "/feed.json"),
        ("/tags/nato/", "/feeds/tags/nato/feed.json"),
        ("/actors/nikol-pashinyan/", "/feeds/actors/nikol-pashinyan/feed.json"),
    ],
)
def test_pages_link_their_feeds(client, seeded, page, feed):
    html = client.get(page).content.decode()
    assert '<link rel="alternate" type="application/feed+json"' in html and f'href="{feed}"' in html
    assert 'type="application/rss+xml"' in html and 'type="application/atom+xml"' in html


@pytest.mark.parametrize("fmt", ["rss/", "atom/", "feed.json"])
def test_a_tag_only_drafts_carry_has_no_feed(client, states, fmt):
    """Bug: tag feeds looked tags up among all tags, so a draft's tag had a feed with its name."""
    for state in NOT_LIVE:
        assert client.get(f"/feeds/tags/only-{state}/{fmt}").status_code == 404
    assert client.get(f"/feeds/tags/only-live/{fmt}").status_code == 200


HOSTILE = '"><img src=x onerror=alert(1)> & A < B'


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_plain_text_reaches_feed_readers_as_text_not_markup(client, editor, fmt):
    """The dek, summaries and corrections are plain text. In RSS <description>
    and Atom <summary type="html"> they must arrive escaped, so a reader shows them, not runs them."""
    article = factories.article(headline="Escaping", slug="escaping", dek=HOSTILE)
    workflow.transition(item=article, user=editor, name="publish")
    statement = factories.statement(text="Words.", summary=HOSTILE)
    workflow.transition(item=statement, user=editor, name="publish")
    workflow.correction_add(item=article, user=editor, text=HOSTILE)
    feed = feedparser.parse(client.get(f"/feeds/{fmt}/").content)
    assert not feed.bozo
    for entry in feed.entries:
        html = entry.summary
        assert "<img" not in html  # the element never reaches the reader as markup
        assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&amp; A &lt; B" in html


def test_the_json_feed_carries_plain_text_as_text(client, editor):
    article = factories.article(headline="Escaping", slug="escaping", dek=HOSTILE)
    workflow.transition(item=article, user=editor, name="publish")
    (item,) = client.get("/feed.json").json()["items"]
    assert item["summary"] == HOSTILE and "content_html" not in item


def test_feeds_say_when_public_content_last_changed(client, editor, time_machine):
    time_machine.move_to("2030-01-01 10:00Z", tick=False)
    workflow.transition(item=factories.article(), user=editor, name="publish")
    time_machine.move_to("2030-01-01 11:00Z", tick=False)
    factories.article(headline="A draft edited later")
    for url in ("/feeds/rss/", "/feeds/atom/", "/feed.json"):
        assert client.get(url)["Last-Modified"] == "Tue, 01 Jan 2030 10:00:00 GMT"


def test_an_articles_photo_goes_out_as_an_enclosure_and_the_json_feed_image(client, editor, photo):
    """Photos in feeds: the lead photo's largest JPEG rendition, with its length."""
    article = factories.article(headline="With a photo", slug="with-a-photo", card_photo=photo)
    workflow.transition(item=article, user=editor, name="publish")
    workflow.transition(item=factories.article(headline="Without one"), user=editor, name="publish")
    for fmt in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"/feeds/{fmt}/").content)
        assert not feed.bozo
        by_title = {entry.title: entry for entry in feed.entries}
        (enclosure,) = by_title["With a photo"].enclosures
        assert enclosure.type == "image/jpeg" and enclosure.href.startswith("http://testserver/")
        assert int(enclosure.length) > 0
        assert not by_title["Without one"].enclosures
    items = {item["title"]: item for item in client.get("/feed.json").json()["items"]}
    assert items["With a photo"]["image"].startswith("http://testserver/") and items["With a photo"]["image"].endswith(
        ".jpg"
    )
    assert "image" not in items["Without one"]
    validate_json_feed(client.get("/feed.json").json())


def test_captions_and_corrections_reach_the_feeds_in_a_fixed_number_of_queries(client, editor, photo):
    """A lead photo found among the captions (the first with a photo; no card photo) and the corrections
    of articles and statements, read for the whole feed in one round trip (newsroom.reading.feeds.
    hold_corrections_and_captions): the same number of queries for two items of each as for six."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(n):
        for index in range(n):
            article = factories.article(headline=f"Captioned {n}-{index}")
            article.captions.create(text="Printed without its photo", position=0)
            article.captions.create(text="The photo", photo=photo, position=1)
            statement = factories.statement(text=f"Said {n}-{index}.")
            for item in (article, statement):
                workflow.transition(item=item, user=editor, name="publish")
                workflow.correction_add(item=item, user=editor, text=f"Corrected {item._meta.model_name} {n}-{index}.")

    counts = []
    for n in (2, 4):
        add(n)
        client.get("/feeds/rss/")  # queries compiled once per process, and per number of ids
        with CaptureQueriesContext(connection) as captured:
            rss = client.get("/feeds/rss/")
        counts.append(len(captured))
        feed = feedparser.parse(rss.content)
        assert not feed.bozo
        entries = {entry.title: entry for entry in feed.entries}
        (enclosure,) = entries[f"Captioned {n}-0"].enclosures
        assert enclosure.type == "image/jpeg" and int(enclosure.length) > 0
        assert f"Corrected article {n}-0." in entries[f"Captioned {n}-0"].summary
        items = client.get("/feed.json").json()["items"]
        texts = " ".join(item["content_text"] for item in items)
        assert f"Corrected article {n}-1." in texts and f"Corrected statement {n}-1." in texts
    assert counts[0] == counts[1]
