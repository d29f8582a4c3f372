"""The API of claims and answers: links, incidents, fact-checks and the rating scale; the statement
and article lists filtered by incident and responds_to. Live only, malformed values a 400 naming
the parameter, cursor pages, query counts that do not grow."""

import datetime

import pytest

from newsroom.editorial import workflow
from tests import factories

pytestmark = pytest.mark.django_db
INCIDENT = "stepanakert-police-vehicle-attack-2023"
DAY = datetime.date(2023, 3, 5)


@pytest.fixture
def seeded(seed_content):
    """The seed content: three links and an incident (tests/conftest.py loads it once)."""


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_a_link_reads_both_ways_with_the_report_that_states_it(client, seeded):
    link = client.get("/api/links/2/").json()
    assert (link["kind"], link["reads"], link["reads_back"]) == ("criticises", "criticises", "criticised by")
    assert link["from_statement"]["speaker"]["slug"] == "artak-beglaryan"
    assert link["to_statement"]["id"] == 18 and link["to_statement"]["made_on"] == "2023-03-05"
    assert link["reported_in"]["slug"] == "eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police"
    assert "hit back by calling Klaar" in link["evidence"]
    assert link["to_statement"]["url"] == "http://testserver/api/statements/18/"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", [3, 2, 1]),
        ("?responds_to=11", [1]),
        ("?from_statement=19", [2]),
        ("?statement=12", [3]),
        ("?kind=echoes", [3, 1]),
        ("?kind=denies", []),
        (f"?incident={INCIDENT}", [3, 2, 1]),
        ("?incident=no-such-incident", []),
    ],
)
def test_link_filters(client, seeded, query, expected):
    assert [link["id"] for link in results(client, f"/api/links/{query}")] == expected


def test_statements_and_articles_filter_by_incident_and_answer(client, seeded):
    statements = results(client, f"/api/statements/?incident={INCIDENT}&page_size=100")
    assert len(statements) == 16 and 16 not in [s["id"] for s in statements]
    assert len(results(client, f"/api/articles/?incident={INCIDENT}")) == 3
    assert [s["id"] for s in results(client, "/api/statements/?responds_to=18")] == [19]
    assert results(client, "/api/statements/?responds_to=19") == []


def test_an_incident_names_its_lists(client, seeded):
    incident = client.get(f"/api/incidents/{INCIDENT}/").json()
    assert incident["began_on"] == "2023-03-05" and incident["place"] == "Near Stepanakert, Nagorno-Karabakh"
    assert incident["statements"] == f"http://testserver/api/statements/?incident={INCIDENT}"
    assert incident["public_url"] == f"http://testserver/incidents/{INCIDENT}/"
    assert [i["slug"] for i in results(client, "/api/incidents/?began_after=2023-03-01")] == [INCIDENT]
    assert results(client, "/api/incidents/?began_before=2023-03-01") == []


def test_fact_checks_by_rating_and_statement(client, editor):
    statement = factories.statement()
    workflow.transition(item=statement, user=editor, name="publish")
    check = factories.fact_check(statement, rating=factories.rating(2))
    check.references.create(title="The video", url="https://example.org/v")
    workflow.transition(item=check, user=editor, name="publish")
    (found,) = results(client, "/api/fact-checks/?rating=mostly-false")
    assert found["rating"]["value"] == 2 and found["statement"]["id"] == statement.pk
    assert found["references"] == [{"title": "The video", "url": "https://example.org/v"}]
    assert results(client, "/api/fact-checks/?rating=true") == []
    assert results(client, "/api/fact-checks/?rating=nonsense") == []
    assert len(results(client, f"/api/fact-checks/?statement={statement.pk}")) == 1
    assert [r["slug"] for r in results(client, "/api/ratings/")] == [
        "false", "mostly-false", "half-true", "mostly-true", "true",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("/api/links/?responds_to=x", "responds_to"),
        ("/api/links/?responds_to=0", "responds_to"),
        ("/api/links/?statement=99999999999999999999", "statement"),
        ("/api/links/?kind=praises", "kind"),
        ("/api/statements/?responds_to=-1", "responds_to"),
        ("/api/fact-checks/?statement=1.5", "statement"),
        ("/api/incidents/?began_after=yesterday", "began_after"),
    ],
)
def test_malformed_values_give_400_naming_the_parameter(client, seeded, query, parameter):
    response = client.get(query)
    assert response.status_code == 400 and parameter in response.json()


def test_drafts_are_404_and_never_listed(client, seeded, reporter):
    a, b = factories.statement(), factories.statement()
    link = factories.link(b, a, "denies")
    incident = factories.incident()
    check = factories.fact_check(a)
    for url in (f"/api/links/{link.pk}/", f"/api/incidents/{incident.slug}/", f"/api/fact-checks/{check.slug}/"):
        assert client.get(url).status_code == 404
    assert len(results(client, "/api/links/")) == 3
    assert results(client, f"/api/statements/?incident={incident.slug}") == []


def build(editor, n):
    statements = [factories.statement(actor=factories.actor(), made_on=DAY) for _ in range(n + 1)]
    for statement in statements:
        workflow.transition(item=statement, user=editor, name="publish")
    reports = [factories.article() for _ in range(n)]
    for report in reports:
        workflow.transition(item=report, user=editor, name="publish")
    for index, (answer, report) in enumerate(zip(statements[1:], reports, strict=True)):
        link = factories.link(answer, statements[index], "denies", reported_in=report, reported_by=factories.source())
        workflow.transition(item=link, user=editor, name="publish")
        check = factories.fact_check(answer)
        check.references.create(title="x")
        workflow.transition(item=check, user=editor, name="publish")
        incident = factories.incident(statements=[answer])
        workflow.transition(item=incident, user=editor, name="publish")
        # Its live pages, each listed in the incident's record: one query for the whole list.
        workflow.transition(item=factories.live_page(incident=incident), user=editor, name="publish")
        factories.live_page(incident=incident)


@pytest.mark.parametrize("n", [2, 30])
@pytest.mark.parametrize("endpoint, bound", [("/api/links/", 6), ("/api/fact-checks/", 5), ("/api/incidents/", 5)])
def test_list_query_counts_do_not_grow(client, editor, django_assert_max_num_queries, n, endpoint, bound):
    build(editor, n)
    with django_assert_max_num_queries(bound):
        response = client.get(endpoint + "?page_size=100")
    assert len(response.json()["results"]) >= n


def test_cursor_pages_walk_every_link_once(client, editor):
    build(editor, 7)
    seen, url = [], "/api/links/?page_size=3"
    while url:
        page = client.get(url).json()
        seen += [link["id"] for link in page["results"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == 7


def test_link_list_items_are_written_as_the_detail_writes_them(client, seeded, editor):
    """The list's lean path (newsroom.api.claims.serializers.LinkList) and the detail's serializers agree, link
    by link: on the seed content, a link reported in a live report by a public source, one reported in a draft
    (no report for readers) by a source nothing live draws on, and one between an unnamed speaker of an
    organisation and a statement with no date."""
    government = factories.actor(name="Government of Ardania", slug="ardania")
    official = factories.actor(name="a senior official", slug="official", unnamed=True, affiliation=government)
    said = factories.statement(actor=official, made_on=DAY)
    undated = factories.statement(made_on=None)
    publisher = factories.source()
    report = factories.article(publisher=publisher)
    for item in (said, undated, report):
        workflow.transition(item=item, user=editor, name="publish")
    links = [
        factories.link(said, undated, "denies", reported_in=report, reported_by=publisher, note="A note."),
        factories.link(undated, said, "echoes", reported_in=factories.article(), reported_by=factories.source()),
    ]
    for link in links:
        workflow.transition(item=link, user=editor, name="publish")
    items = results(client, "/api/links/?page_size=100")
    assert len(items) == 5
    assert items[1]["reported_in"]["slug"] == report.slug and items[1]["reported_by"]["slug"] == publisher.slug
    assert items[0]["reported_in"] is None and items[0]["reported_by"] is None
    assert items[1]["from_statement"]["speaker"]["name"] == "A senior official of the Government of Ardania, unnamed"
    for item in items:
        assert client.get(f"/api/links/{item['id']}/").json() == item


def test_an_incidents_links_in_three_queries(client, editor, django_assert_num_queries):
    """The clock, the incident and its links: its statements' ids are read by the links' query (813 of them,
    as constants, were a query of their own and 13 ms of psycopg splitting the links' query at 100k)."""
    statements = [factories.statement(made_on=DAY) for _ in range(6)]
    incident = factories.incident(statements=statements[:5])
    outside = factories.statement(made_on=DAY)
    for item in (*statements, outside, incident):
        workflow.transition(item=item, user=editor, name="publish")
    for answer, claim in ((statements[1], statements[0]), (statements[2], statements[1]), (outside, statements[3])):
        workflow.transition(item=factories.link(answer, claim, "denies"), user=editor, name="publish")
    with django_assert_num_queries(3):
        found = results(client, f"/api/links/?incident={incident.slug}")
    assert [(link["from_statement"]["id"], link["to_statement"]["id"]) for link in found] == [
        (statements[2].pk, statements[1].pk),
        (statements[1].pk, statements[0].pk),
    ]
