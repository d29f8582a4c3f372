"""Feeds of claims and answers: an incident, a statement's thread and the fact-checks, each as RSS,
Atom and JSON Feed; and the JSON Feed's `_claims` extension on every item, with the links,
fact-checks and incidents readers may see. Published items only."""

import json

import feedparser
import pytest

from newsroom.editorial import workflow
from tests import factories
from tests.test_feeds import validate_json_feed

pytestmark = pytest.mark.django_db
INCIDENT = "/feeds/incidents/stepanakert-police-vehicle-attack-2023/"
SCOPES = [INCIDENT + "{}/", "/feeds/statements/18/{}/", "/feeds/fact-checks/{}/"]


@pytest.fixture
def reviewed(seed_content, editor):
    """The seeds with a published review of Klaar's tweet, and hidden material beside it: a draft
    review, a draft answer linked to the tweet, a draft incident holding it."""
    from newsroom.content.models import Statement

    tweet = Statement.objects.get(pk=18)
    check = factories.fact_check(tweet, headline="Klaar’s “deadly incident today”", rating=factories.rating(5))
    check.references.create(title="Klaar’s tweet", url="https://example.org/tweet")
    workflow.transition(item=check, user=editor, name="publish")
    factories.fact_check(tweet, headline="Draft review Quuxwidget")
    answer = factories.statement(text="Draft answer Quuxwidget.")
    link = factories.link(answer, tweet, "denies")
    workflow.transition(item=link, user=editor, name="publish")
    factories.incident(title="Draft incident Quuxwidget", statements=[tweet])
    return check


@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_rss_and_atom_parse_cleanly_and_carry_nothing_hidden(client, reviewed, scope, kind):
    response = client.get(scope.format(kind))
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries and b"Quuxwidget" not in response.content


@pytest.mark.parametrize("scope", SCOPES)
def test_the_json_feeds_validate_and_carry_nothing_hidden(client, reviewed, scope):
    response = client.get(scope.format("feed.json").replace("/feed.json/", "/feed.json"))
    assert response.status_code == 200
    feed = response.json()
    validate_json_feed(feed)
    assert feed["items"] and "Quuxwidget" not in json.dumps(feed, ensure_ascii=False)


def test_the_incident_feed_holds_its_reports_and_statements(client, reviewed):
    entries = feedparser.parse(client.get(INCIDENT + "rss/").content).entries
    links = {entry.link for entry in entries}
    assert "http://testserver/statements/18/" in links and "http://testserver/statements/16/" not in links
    assert any("/articles/" in link for link in links)


def test_a_threads_feed_holds_the_statements_answering_it(client, reviewed):
    feed = client.get("/feeds/statements/18/feed.json").json()
    assert [item["url"] for item in feed["items"]] == ["http://testserver/statements/19/"]
    assert feed["home_page_url"] == "http://testserver/statements/18/#thread"


def test_the_fact_check_feed_gives_the_rating_and_the_reasoning(client, reviewed):
    (item,) = client.get("/feeds/fact-checks/feed.json").json()["items"]
    assert item["title"] == "True: Klaar’s “deadly incident today”"
    assert item["summary"].startswith("True. Toivo Klaar claimed:")
    assert "Sources:\nKlaar’s tweet https://example.org/tweet" in item["content_text"]
    assert item["authors"] == [{"name": "Anna Reviewer"}]


def test_json_feed_items_carry_their_links_reviews_and_incidents(client, reviewed):
    items = {item["url"]: item for item in client.get("/feed.json").json()["items"]}
    tweet = items["http://testserver/statements/18/"]["_claims"]
    assert tweet["about"] == "http://testserver/api/docs/"
    assert tweet["links"] == [
        {"kind": "criticises", "reads": "criticised by", "url": "http://testserver/statements/19/",
         "speaker": "Artak Beglaryan", "made_on": None},
    ]  # fmt: skip
    assert [(r["headline"], r["rating"], r["rating_value"]) for r in tweet["fact_checks"]] == [
        ("Klaar’s “deadly incident today”", "True", 5)
    ]
    assert [i["title"] for i in tweet["incidents"]] == ["Attack on an Artsakh police vehicle near Stepanakert"]
    report = items["http://testserver/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/"]
    assert set(report["_claims"]) == {"about", "incidents"}
    assert (
        "_claims" not in items["http://testserver/statements/16/"]
        or "links" not in items["http://testserver/statements/16/"]["_claims"]
    )


def test_the_json_feeds_claims_cost_the_same_queries_for_any_number_of_items(
    client, editor, django_assert_max_num_queries
):
    def grow(n):
        for _ in range(n):
            a, b = factories.statement(), factories.statement()
            for item in (a, b):
                workflow.transition(item=item, user=editor, name="publish")
            workflow.transition(item=factories.link(b, a, "denies"), user=editor, name="publish")
            workflow.transition(item=factories.fact_check(a), user=editor, name="publish")
            workflow.transition(item=factories.incident(statements=[a, b]), user=editor, name="publish")

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for n in (1, 10):
        grow(n)
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/feed.json").status_code == 200
        # (taggit's content-type look-up is asked once per process, again after a test that clears Django's
        # cache of content types: a constant, not a query per item)
        counts.append(sum("django_content_type" not in q["sql"] for q in captured))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("url", ["/feeds/incidents/no-such/rss/", "/feeds/statements/999999/rss/"])
def test_feeds_of_unknown_scopes_are_404(client, reviewed, url):
    assert client.get(url).status_code == 404


def test_pages_link_their_feeds(client, reviewed):
    incident = client.get("/incidents/stepanakert-police-vehicle-attack-2023/").content.decode()
    title = "Newsroom: Attack on an Artsakh police vehicle near Stepanakert (RSS)"
    assert f'<link rel="alternate" type="application/rss+xml" title="{title}" href="{INCIDENT}rss/">' in incident
    assert 'href="/feeds/fact-checks/feed.json"' in client.get("/fact-checks/").content.decode()


def test_the_json_feeds_claims_are_read_in_one_round_trip(reviewed, django_assert_num_queries):
    """Links both ways, reviews and incidents of statements, incidents of reports: five compiled queries, sent
    together on PostgreSQL (five prefetches before, on both)."""
    from django.db import connection

    from newsroom.content.models import Article, Statement
    from newsroom.reading.claims.annotations import annotate

    items = [*Statement.objects.live().order_by("pk"), *Article.objects.live().order_by("pk")]
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 5):
        annotate(items, lambda path: path)
    tweet = next(item for item in items if isinstance(item, Statement) and item.pk == 18)
    assert [review.headline for review in tweet.feed_reviews] == ["Klaar’s “deadly incident today”"]
    assert "Quuxwidget" not in repr([item.feed_claims for item in items])


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_rss_and_atom_read_no_claims(client, reviewed, kind, monkeypatch, django_assert_num_queries, settings):
    """Only the JSON Feed carries `_claims` (and the whole text and the image): RSS and Atom do not read the
    claims, so a thread's feed in either costs the JSON Feed's queries less the claims' (one round trip on
    PostgreSQL; on SQLite four, a thread holding no reports)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from newsroom.reading import feeds

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    url = SCOPES[1].format(kind)
    client.get(url)
    with CaptureQueriesContext(connection) as json_feed:
        assert client.get("/feeds/statements/18/feed.json").status_code == 200
    made = []
    monkeypatch.setattr(feeds, "annotate", lambda items, absolute: made.append(items))
    with django_assert_num_queries(len(json_feed) - (1 if connection.vendor == "postgresql" else 4)):
        response = client.get(url)
    assert response.status_code == 200 and made == []
    assert b"Quuxwidget" not in response.content
