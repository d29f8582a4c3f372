"""The sitemap index and its sections: pages are ranges of ids, so neither the index nor a deep
page counts or skips the archive, and each page is valid XML of live items only."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from newsroom.content.models import Article
from newsroom.content.states import Status
from newsroom.reading import sitemaps
from tests import factories

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
START = datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)


def live_article(n):
    moment = START + datetime.timedelta(hours=n)
    return factories.article(status=Status.PUBLISHED, first_published_at=moment, last_published_at=moment)


def test_sections_are_ranges_of_ids_each_page_its_own_range(client, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE_IDS", 3)
    articles = [live_article(n) for n in range(7)]
    draft = factories.article(headline="Draft")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    pages = [loc.text for loc in index.findall("s:sitemap/s:loc", NS) if "articles" in loc.text]
    top = max(a.pk for a in [*articles, draft])
    assert len(pages) == -(-top // 3)  # the highest id decides, with no count
    listed = []
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200 and response["Content-Type"] == "application/xml"
        listed += [loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", NS)]
    assert listed == [f"http://testserver/articles/{a.slug}/" for a in sorted(articles, key=lambda a: a.pk)]
    assert draft.slug not in "".join(listed)


def test_a_page_costs_the_same_queries_however_deep(client, monkeypatch, django_assert_num_queries):
    monkeypatch.setattr(sitemaps, "PAGE_IDS", 2)
    for n in range(9):
        live_article(n)
    top = Article.objects.order_by("-pk").first().pk
    counts = []
    for page in (1, -(-top // 2)):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap-articles.xml", {"p": page}).status_code == 200
        counts.append(len(captured))
        assert not [q for q in captured if "COUNT(" in q["sql"].upper() or "OFFSET" in q["sql"].upper()]
    assert counts[0] == counts[1]


@pytest.mark.parametrize("query", ["p=0", "p=abc", "p=999999", "p=-1"])
def test_a_page_outside_the_section_is_a_404(client, query):
    live_article(1)
    assert client.get(f"/sitemap-articles.xml?{query}").status_code == 404


def test_an_unknown_section_is_a_404(client):
    assert client.get("/sitemap-passwords.xml").status_code == 404


def test_lastmod_is_the_date_readers_last_saw_a_change(client):
    article = live_article(1)
    Article.objects.filter(pk=article.pk).update(last_published_at=START, updated_at=START + datetime.timedelta(days=3))
    xml = ET.fromstring(client.get("/sitemap-articles.xml").content)
    (lastmod,) = [u.find("s:lastmod", NS).text for u in xml.findall("s:url", NS)]
    assert lastmod == "2024-05-04"  # edited three days after it went out


def test_live_incidents_and_fact_checks_have_sections(client, editor):
    from newsroom.editorial import workflow

    statement = factories.statement()
    workflow.transition(item=statement, user=editor, name="publish")
    incident, check = factories.incident(), factories.fact_check(statement)
    hidden_incident, hidden_check = factories.incident(), factories.fact_check(statement)
    for item in (incident, check):
        workflow.transition(item=item, user=editor, name="publish")
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-incidents.xml" in index and "/sitemap-fact-checks.xml" in index
    incidents = client.get("/sitemap-incidents.xml").content.decode()
    checks = client.get("/sitemap-fact-checks.xml").content.decode()
    assert incident.get_absolute_url() in incidents and hidden_incident.slug not in incidents
    assert check.get_absolute_url() in checks and hidden_check.slug not in checks
    # A review goes with the statement it checks.
    workflow.transition(item=statement, user=editor, name="unpublish", note="Misattributed")
    assert check.slug not in client.get("/sitemap-fact-checks.xml").content.decode()


@pytest.mark.parametrize(
    ("first", "last", "updated", "shown"),
    [
        ("2024-05-01T23:59:30", "2024-05-01T23:59:30", "2024-05-02T00:00:20", "2024-05-01"),  # the publishing save
        ("2024-05-01T10:00:00", "2024-05-01T10:00:00", "2024-05-04T23:30:00", "2024-05-04"),  # edited late (UTC)
        ("2024-05-01T10:00:00", "2024-05-06T00:30:00", "2024-05-04T23:30:00", "2024-05-06"),  # published again
    ],
)
def test_lastmod_is_worked_out_as_the_items_own_rule(client, first, last, updated, shown):
    """The database's day of the last change (sitemaps._modified_on) is Publishable.modified_for_readers's, in UTC."""
    article = live_article(1)
    moments = [datetime.datetime.fromisoformat(value).replace(tzinfo=datetime.UTC) for value in (first, last, updated)]
    Article.objects.filter(pk=article.pk).update(
        first_published_at=moments[0], last_published_at=moments[1], updated_at=moments[2]
    )
    article.refresh_from_db()
    xml = ET.fromstring(client.get("/sitemap-articles.xml").content)
    (lastmod,) = [u.find("s:lastmod", NS).text for u in xml.findall("s:url", NS)]
    assert lastmod == shown == article.modified_for_readers.astimezone(datetime.UTC).date().isoformat()
