"""The JSON API: published content only, filters, errors, pagination, conditional requests, throttling."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from newsroom.content.models import Article, Statement
from newsroom.edge import keys as edge_keys
from newsroom.editorial import workflow
from newsroom.reading.pagination import encode
from tests import factories
from tests.conftest import NOT_LIVE
from tests.queries import sent

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/api/articles/", "/api/statements/", "/api/actors/", "/api/sources/", "/api/tags/"]


@pytest.fixture
def seeded(seed_content):
    """The seed content (loaded once per session: tests/conftest.py)."""


def test_the_seed_article_on_eu_and_nato_reactions_by_tag(client, seeded):
    data = client.get("/api/articles/?tag=nato").json()
    assert len(data["results"]) == 1
    (article,) = data["results"]
    assert article["headline"] == "EU, NATO ‘Concerned’ about Azerbaijani Ambush in Artsakh Police"
    speakers = {c["statement"]["speaker"]["slug"] for c in article["citations"]}
    assert {"peter-stano", "javier-colomina", "louis-bono", "toivo-klaar"} <= speakers
    colomina = next(c for c in article["citations"] if c["statement"]["speaker"]["slug"] == "javier-colomina")
    assert colomina["wording"].startswith("Very concerned with reports")
    assert colomina["statement"]["speaker"]["name"] == "Javier Colomina"
    assert colomina["statement"]["url"].startswith("http://testserver/api/statements/")
    assert {t["slug"] for t in article["tags"]} >= {"nato", "eu"}
    assert [s["slug"] for s in article["sources"]] == ["interfax"]
    assert (
        article["public_url"]
        == "http://testserver/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/"
    )
    assert article["first_published_at"] == "2023-03-07T12:00:00+04:00"


def test_a_statement_embeds_speaker_source_tags_and_the_articles_quoting_it(client, seeded):
    data = client.get("/api/statements/?actor=artsakh-mfa").json()
    (statement,) = data["results"]
    assert statement["speaker"] == {
        "name": "Ministry of Foreign Affairs of the Republic of Artsakh",
        "slug": "artsakh-mfa",
        "role": "",
        "unnamed": False,
        "url": "http://testserver/api/actors/artsakh-mfa/",
    }
    assert statement["source"]["slug"] == "public-radio-of-armenia"
    assert statement["made_on"] == "2023-03-05"
    wordings = {q["article"]["slug"][:20]: q["wording"] for q in statement["quoted_in"]}
    assert len(wordings) == 2
    assert any("November 9, 2020" in w for w in wordings.values())
    detail = client.get(statement["url"]).json()
    assert detail["id"] == statement["id"]


MARKERS = ["Report", "Words", "Wording", "Witness", "Outlet", "Only"]


@pytest.mark.parametrize(
    "endpoint, live_marker",
    [
        ("/api/articles/", "Report live"),
        ("/api/statements/", "Words live"),
        ("/api/actors/", "Witness live"),
        ("/api/sources/", "Outlet live"),
        ("/api/tags/", "Only live"),
    ],
)
def test_every_list_shows_the_live_item_and_nothing_that_is_not_live(client, states, endpoint, live_marker):
    body = client.get(endpoint + "?page_size=100").content.decode()
    assert live_marker in body
    for state in NOT_LIVE:
        for marker in MARKERS:
            assert f"{marker} {state}" not in body


def test_drafts_answer_404_and_counts_ignore_them(client, states):
    for state in NOT_LIVE:
        article, statement = states[state]
        assert client.get(f"/api/articles/{article.slug}/").status_code == 404
        assert client.get(f"/api/statements/{statement.pk}/").status_code == 404
    assert len(client.get("/api/articles/").json()["results"]) == 1
    assert len(client.get("/api/statements/").json()["results"]) == 1
    assert client.get("/api/tags/eu/").json()["count"] == 2
    assert len(client.get("/api/articles/?tag=eu&actor=peter-stano&source=interfax&q=report").json()["results"]) == 1


def test_staff_see_no_drafts_either(client, states, editor):
    client.force_login(editor)
    assert len(client.get("/api/articles/").json()["results"]) == 1


@pytest.mark.parametrize(
    "query, expected",
    [
        ("tag=nato", 1),
        ("tag=nato&tag=eu", 1),
        ("tag=nato,lachin-corridor", 1),
        ("tag=nato&tag=stepanakert", 0),
        ("tag=no-such-tag", 0),
        ("actor=nikol-pashinyan", 2),
        ("actor=maria-zakharova", 1),
        ("actor=nobody", 0),
        ("source=interfax", 1),
        ("source=the-armenian-mirror-spectator", 2),
        ("source=nowhere", 0),
        ("published_after=2023-03-06T00:00:00Z", 2),
        ("published_before=2023-03-06T00:00:00Z", 1),
        ("q=Roquefeuil", 1),
        ("q=peacekeepers Zakharova", 1),
        ("q=nothing-matches-this", 0),
    ],
)
def test_article_filters(client, seeded, query, expected):
    response = client.get(f"/api/articles/?{query}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("actor=louis-bono", 2),
        ("source=interfax", 2),
        ("tag=eu&tag=peace-process", 2),
        ("made_after=2023-03-06", 8),
        ("q=mistrust", 1),
    ],
)
def test_statement_filters(client, seeded, query, expected):
    assert len(client.get(f"/api/statements/?{query}").json()["results"]) == expected


def test_ordering(client, seeded):
    oldest_first = client.get("/api/articles/?ordering=published").json()["results"]
    assert oldest_first[0]["slug"].startswith("artsakh-mfa-calls")
    by_headline = [a["headline"] for a in client.get("/api/articles/?ordering=headline").json()["results"]]
    assert by_headline == sorted(by_headline)


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("published_after=yesterday", "published_after"),
        ("published_before=2023-13-45", "published_before"),
        ("page_size=-3", "page_size"),
        ("page_size=many", "page_size"),
        ("ordering=password", "ordering"),
    ],
)
def test_malformed_values_give_400_naming_the_parameter(client, seeded, query, parameter):
    response = client.get(f"/api/articles/?{query}")
    assert response.status_code == 400
    assert parameter in response.json()


@pytest.mark.parametrize(
    "query, expected",
    [
        # (found by schemathesis: a valid date-time whose UTC is in the year 0)
        ("published_before=0001-01-01T00:03:00%2B03:00", 0),
        ("published_after=0001-01-01T00:03:00%2B03:00", 3),
        ("published_after=9999-12-31T23:59:59-23:59", 0),
        ("published_before=9999-12-31T23:59:59-23:59", 3),
    ],
)
def test_a_bound_beyond_the_years_utc_holds_is_the_first_or_last_moment(client, seeded, query, expected):
    response = client.get(f"/api/articles/?{query}")
    assert response.status_code == 200
    assert len(response.json()["results"]) == expected


def test_offsets_postgresql_cannot_store_are_compared_in_utc(client, seeded):
    """Found by schemathesis: +19:57 is valid ISO 8601 but beyond PostgreSQL's range."""
    response = client.get("/api/articles/?published_after=2023-03-05T04:38:26%2B19:57")
    assert response.status_code == 200 and len(response.json()["results"]) == 3


def test_statement_date_filter_rejects_a_non_date(client, seeded):
    response = client.get("/api/statements/?made_after=March")
    assert response.status_code == 400 and "made_after" in response.json()


def test_page_size_is_clamped_to_the_maximum(client, editor):
    for _ in range(105):
        workflow.transition(item=factories.statement(), user=editor, name="publish")
    data = client.get("/api/statements/?page_size=1000").json()
    assert len(data["results"]) == 100 and data["previous"] is None
    rest = client.get(data["next"]).json()
    assert len(rest["results"]) == 5 and rest["next"] is None
    assert client.get(rest["previous"]).json()["results"] == data["results"]
    assert len(client.get("/api/statements/?page_size=5").json()["results"]) == 5


def test_cursor_pages_walk_every_item_once_with_the_queries_of_the_first(client, editor, django_assert_num_queries):
    made = [factories.statement() for _ in range(12)]
    for statement in made:
        workflow.transition(item=statement, user=editor, name="publish")
    seen, url, queries = [], "/api/statements/?page_size=5", []
    while url:
        with CaptureQueriesContext(connection) as captured:
            data = client.get(url).json()
        queries.append(len(captured))
        seen += [item["id"] for item in data["results"]]
        url = data["next"]
    assert sorted(seen) == sorted(s.pk for s in made) and len(seen) == len(set(seen))
    # Pages cost the same but for one: undated statements come after dated ones, and the page
    # that reaches them reads both parts (here the first, with no dated statement at all).
    assert max(queries) - min(queries) <= 1 and queries[0] == max(queries)
    # A cursor of another list (an article's place, where statements are ordered by three fields)
    # names no page (a 404 that says so, as DRF's cursor pages answer), not a 500.
    foreign = encode(("before", timezone.now(), made[0].pk))
    response = client.get("/api/statements/", {"cursor": foreign})
    assert response.status_code == 404 and "cursor" in response.json()["detail"]
    for cursor in ("abc", "!!", "Return to reporter"):
        response = client.get("/api/articles/", {"cursor": cursor})
        assert response.status_code == 404 and "cursor" in response.json()["detail"]


@pytest.mark.parametrize("url", ["/api/articles/", "/api/tags/", "/api/actors/artsakh-mfa/"])
def test_conditional_requests_answer_304(client, seeded, url):
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200
    # The other validators, as get_conditional_response answers them (asked only when a validator is sent).
    assert client.get(url, HTTP_IF_MATCH="*").status_code == 200
    assert client.get(url, HTTP_IF_MATCH='"something-else"').status_code == 412
    assert client.get(url, HTTP_IF_UNMODIFIED_SINCE=http_date(86400)).status_code == 412


def test_a_publication_changes_the_etag_and_last_modified(client, seeded, editor, time_machine):
    time_machine.move_to("2030-01-01 12:00Z", tick=False)
    before = client.get("/api/articles/")
    workflow.transition(item=factories.article(headline="Breaking"), user=editor, name="publish")
    after = client.get(
        "/api/articles/", HTTP_IF_NONE_MATCH=before["ETag"], HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]
    )
    assert after.status_code == 200 and after["ETag"] != before["ETag"]
    assert client.get("/api/articles/", HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200


def test_saving_a_draft_does_not_move_last_modified(client, seeded, time_machine):
    """Bug: Last-Modified was the newest updated_at of any row, drafts included: saving a draft
    moved the public header forward and told the world when editorial work happened."""
    before = client.get("/api/articles/")["Last-Modified"]
    time_machine.move_to("2031-01-01 12:00Z", tick=False)
    draft = factories.article(headline="Private work")
    draft.body = "Still private."
    draft.save()
    after = client.get("/api/articles/", HTTP_IF_MODIFIED_SINCE=before)
    assert after.status_code == 304


def test_last_modified_moves_when_a_scheduled_item_goes_live(client, seeded, editor, time_machine):
    """With no worker, going live by the clock changes the list, so a
    conditional request made before it must not get a 304 after it."""
    time_machine.move_to("2030-01-01 12:00Z", tick=False)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    workflow.transition(item=factories.article(headline="Scheduled"), user=editor, go_live_at=go_live, name="publish")
    before = client.get("/api/articles/")
    assert "Scheduled" not in before.content.decode()
    time_machine.move_to(go_live + datetime.timedelta(minutes=1), tick=False)
    after = client.get("/api/articles/", HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert after.status_code == 200 and "Scheduled" in after.content.decode()
    assert after["Last-Modified"] == http_date(go_live.timestamp())


def test_anonymous_clients_are_throttled_with_retry_after(client, seeded, settings):
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    assert [client.get("/api/tags/").status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get("/api/tags/")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


# One of these finds the last public change for Last-Modified; the rest are the page and its prefetches.
# /api/tags/: the first request after a change counts the tags (two GROUP BYs and the names),
# later ones read the cached counts (tests/test_views.py::test_tag_counts_are_counted_once_per_public_change).
# Statements' other speakers (a joint statement's): one query more for statements and for articles' citations.
QUERY_BOUNDS = {"/api/articles/": 11, "/api/statements/": 9, "/api/actors/": 6, "/api/sources/": 5, "/api/tags/": 7}


@pytest.mark.parametrize("n", [2, 50])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_list_query_counts_do_not_grow(client, editor, django_assert_max_num_queries, n, endpoint):
    for i in range(n):
        speaker = factories.actor(affiliation=factories.actor())
        speaker.aliases.create(name=f"alias {i}")
        statement = factories.statement(actor=speaker, source=factories.source(), tags=[f"t{i}", "x"])
        # every statement joint: its other speakers cost one query for the whole page
        statement.speaker_rows.create(actor=factories.actor(affiliation=factories.actor()), order=2)
        workflow.transition(item=statement, user=editor, name="publish")
        article = factories.article(tags=[f"t{i}", "y"], publisher=factories.source())
        article.actors.add(speaker)
        article.sources.add(factories.source())
        article.captions.create(text="A photo")
        factories.citation(article, statement)
        workflow.transition(item=article, user=editor, name="publish")
    with django_assert_max_num_queries(QUERY_BOUNDS[endpoint]):
        response = client.get(endpoint + "?page_size=100")
    assert response.status_code == 200 and len(response.json()["results"]) >= n


def test_the_browsable_api_stays_for_people(client, seeded):
    page = client.get("/api/articles/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
    assert b"Article List" in page.content and b"Karabakh Leader Warns" in page.content


def test_the_docs_page_loads_no_external_assets(client):
    page = client.get("/api/docs/").content.decode()
    assert "swagger" in page.lower()
    assert "cdn" not in page.lower() and "https://" not in page.replace("https://jsonfeed", "")


def test_api_not_found_is_json_even_outside_the_router(client, db):
    response = client.get("/api/articles/one/two/three/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    assert client.get("/no-such-page/")["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("url", ["/api/statements/12x/", "/api/articles/a.b/", "/api/tags/a%20b/"])
def test_impossible_lookups_are_404_not_500(client, db, url):
    response = client.get(url)
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}


@pytest.mark.parametrize("url", ["/api/articles/a%00b/", "/api/tags/%00/", "/api/actors/x%00/"])
def test_a_nul_byte_in_a_lookup_is_a_400(client, db, url):
    """Refused at the edge (newsroom.http.middleware), as in any query parameter."""
    response = client.get(url)
    assert response.status_code == 400 and "path" in response.json()


@pytest.mark.parametrize(
    "query", ["actor=no-such-actor&q=report", "source=no-such-source&q=report", "tag=no-such-tag&q=report"]
)
def test_an_unknown_filter_value_with_words_is_an_empty_list(client, seeded, query):
    """Found by schemathesis: an unknown actor made an empty queryset that search then compiled (500)."""
    for endpoint in ("/api/articles/", "/api/statements/"):
        response = client.get(f"{endpoint}?{query}")
        assert response.status_code == 200 and response.json()["results"] == []


def test_a_conditional_request_is_answered_before_the_list_is_read(client, seeded):
    first = client.get("/api/articles/?tag=nato")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/articles/?tag=nato", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304 and response["ETag"] == first["ETag"]
    queries = sent(captured)
    assert len(queries) == 1 and "MAX(moment)" in queries[0]  # the last public change, nothing else
    # Another address is another representation, with its own ETag.
    assert client.get("/api/articles/?tag=eu", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_list_items_are_written_as_the_detail_writes_them(client, seeded, editor):
    """The lists' lean path (newsroom.api.serializers.ArticleList, StatementList) and the detail's serializers agree,
    item by item, on the seed content and on an article and a statement with nothing optional."""
    bare_statement = factories.statement(source=None, made_on=None, summary="")
    workflow.transition(item=bare_statement, user=editor, name="publish")
    bare_article = factories.article(publisher=None, dek="")
    workflow.transition(item=bare_article, user=editor, name="publish")
    for kind, key in (("articles", "slug"), ("statements", "id")):
        items = client.get(f"/api/{kind}/?page_size=100").json()["results"]
        assert len(items) > 2
        for item in items:
            assert client.get(f"/api/{kind}/{item[key]}/").json() == item


@pytest.fixture
def everything_an_article_shows(editor):
    """An article with every relation a record shows, each with the cases a record writes differently:
    an unnamed source with and without an organisation, a joint statement whose other speaker is
    unnamed, a quotation of a statement readers can no longer see, two captions out of order and a
    correction; and a second article with none of them."""
    government = factories.actor(name="Government of Ardania", slug="ardania")
    official = factories.actor(name="a senior official", slug="official", unnamed=True, affiliation=government)
    witness = factories.actor(name="a witness", slug="witness", unnamed=True)
    minister = factories.actor(name="Minister", slug="minister", affiliation=government, role="Foreign minister")
    joint = factories.statement(actor=minister, made_on=datetime.date(2024, 5, 1), made_on_basis="report")
    joint.speaker_rows.create(actor=official, order=2)
    pulled = factories.statement(actor=witness)
    for statement in (joint, pulled):
        workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(publisher=factories.source(), tags=["Zulu", "alpha"])
    article.actors.add(official, witness, minister)
    article.sources.add(factories.source(name="Zeta"), factories.source(name="Alpha"))
    article.captions.create(text="Second", credit="Photo: B", position=2)
    article.captions.create(text="First", position=1)
    factories.citation(article, joint, order=2)
    factories.citation(article, pulled, order=1)
    workflow.transition(item=article, user=editor, name="publish")
    article.corrections.create(text="The minister's name was misspelt.")
    workflow.transition(item=pulled, user=editor, note="withdrawn", name="unpublish")
    workflow.transition(item=factories.article(publisher=None), user=editor, name="publish")
    return article


def test_an_article_list_writes_every_relation_as_the_detail_does(client, everything_an_article_shows):
    items = client.get("/api/articles/").json()["results"]
    assert len(items) == 2
    for item in items:
        assert client.get(f"/api/articles/{item['slug']}/").json() == item
    full = next(item for item in items if item["slug"] == everything_an_article_shows.slug)
    assert [c["text"] for c in full["captions"]] == ["First", "Second"]
    assert [s["name"] for s in full["sources"]] == ["Alpha", "Zeta"]
    assert [t["name"] for t in full["tags"]] == ["Zulu", "alpha"]
    (citation,) = full["citations"]  # the withdrawn statement's quotation is not shown
    assert [s["name"] for s in citation["statement"]["speakers"]] == [
        "Minister", "A senior official of the Government of Ardania, unnamed",
    ]  # fmt: skip
    assert citation["statement"]["made_on_is_report_date"] is True
    assert "A witness, unnamed" in [a["name"] for a in full["actors"]]


def test_an_article_list_names_the_keys_of_what_its_items_show(client, everything_an_article_shows):
    """The list reads its items' relations as rows (newsroom.api.rows) and names their surrogate keys
    itself: the same keys as the instances the detail reads (edge.keys.keys_of)."""
    articles = list(Article.objects.live().newest_first().for_page())
    expected = edge_keys.keys_of([articles]) | {edge_keys.ALL, edge_keys.ARTICLES}
    assert set(client.get("/api/articles/")["Surrogate-Key"].split()) == expected
    assert f"actor-{everything_an_article_shows.actors.get(slug='official').affiliation_id}" in expected


@pytest.fixture
def everything_a_statement_shows(editor, everything_an_article_shows):
    """The joint statement of everything_an_article_shows (its other speaker unnamed, of an
    organisation), with tags and a correction, quoted by a second live article with no publisher and
    by one readers can no longer see; and the statements around it with none of these."""
    joint = everything_an_article_shows.citations.get(order=2).statement
    joint.tags.add("Zulu", "alpha")
    joint.corrections.create(text="The date was the report's.")
    for headline in ("Also quoting", "Pulled"):
        article = factories.article(headline=headline, publisher=None)
        factories.citation(article, joint, wording="Other words.")
        workflow.transition(item=article, user=editor, name="publish")
    workflow.transition(item=Article.objects.get(headline="Pulled"), user=editor, note="wrong", name="unpublish")
    return joint


def test_a_statement_list_writes_every_relation_as_the_detail_does(client, everything_a_statement_shows):
    items = client.get("/api/statements/").json()["results"]
    assert len(items) == 1  # the other statement was withdrawn
    for item in items:
        assert client.get(f"/api/statements/{item['id']}/").json() == item
    (full,) = items
    assert [s["name"] for s in full["speakers"]] == [
        "Minister", "A senior official of the Government of Ardania, unnamed",
    ]  # fmt: skip
    assert full["speakers"][1]["url"] is None
    assert [t["name"] for t in full["tags"]] == ["Zulu", "alpha"]
    assert sorted(q["article"]["headline"] for q in full["quoted_in"]) == sorted(
        [everything_a_statement_shows.citations.get(article__publisher__isnull=False).article.headline, "Also quoting"]
    )
    assert [c["text"] for c in full["corrections"]] == ["The date was the report's."]


def test_a_statement_list_names_the_keys_of_what_its_items_show(client, everything_a_statement_shows):
    """As an article list: the same keys as the instances the detail reads (edge.keys.keys_of)."""
    statements = list(Statement.objects.live().newest_made().for_page())
    expected = edge_keys.keys_of([statements]) | {edge_keys.ALL, edge_keys.STATEMENTS}
    assert set(client.get("/api/statements/")["Surrogate-Key"].split()) == expected
    assert f"actor-{everything_a_statement_shows.speaker_rows.get().actor.affiliation_id}" in expected


def test_a_statement_list_builds_no_instances_of_its_relations(client, everything_a_statement_shows):
    """Its items' tags, other speakers, corrections and quotations are read as rows (newsroom.api.rows):
    building their instances was most of a list's time."""
    from django.db.models.signals import pre_init

    built = []

    def counted(sender, **kwargs):
        built.append(sender.__name__)

    pre_init.connect(counted)
    try:
        assert client.get("/api/statements/").status_code == 200
    finally:
        pre_init.disconnect(counted)
    assert not {"Tag", "StatementSpeaker", "Correction", "Citation", "Article"} & set(built)


def test_anonymous_answers_are_kept_until_the_next_public_change(client, editor, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    article = factories.article(headline="Kept")
    workflow.transition(item=article, user=editor, name="publish")
    first = client.get("/api/articles/")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/api/articles/")
    assert again.content == first.content and again["ETag"] == first["ETag"]
    # The moment of the last public change, nothing else (ATOMIC_REQUESTS' savepoints aside).
    assert sent(queries) == [next(q["sql"] for q in queries if "MAX(moment)" in q["sql"])]
    assert client.get("/api/articles/", HTTP_ACCEPT="application/json; indent=4").content != first.content
    workflow.transition(item=factories.article(headline="Newer"), user=editor, name="publish")
    assert "Newer" in client.get("/api/articles/").content.decode()


def test_api_reads_open_no_transaction_of_their_own(client, editor, monkeypatch):
    """Reads only: ATOMIC_REQUESTS' BEGIN and COMMIT were two of the four round trips to PostgreSQL of
    an answer from the cache or a 304 (bench/results/2026-12-07-perf11.md)."""
    from newsroom.api import views

    workflow.transition(item=factories.article(headline="Read"), user=editor, name="publish")
    depth, seen = len(connection.atomic_blocks), []
    real = views.ReadOnlyViewSet.initial

    def initial(self, request, *args, **kwargs):
        seen.append(len(connection.atomic_blocks) - depth)
        return real(self, request, *args, **kwargs)

    monkeypatch.setattr(views.ReadOnlyViewSet, "initial", initial)
    for url in ("/api/articles/", "/api/statements/", "/api/tags/", "/api/articles/?format=api"):
        assert client.get(url).status_code == 200, url
    client.force_login(editor)
    assert client.get("/api/articles/").status_code == 200
    assert seen == [0] * 5


def test_cached_answers_and_304s_are_counted_by_the_throttle(client, editor, settings):
    """The throttle counts a request before the cache or a 304 answers it."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    settings.NEWSROOM_API_ANON_RATE = "4/minute"
    workflow.transition(item=factories.article(headline="Counted"), user=editor, name="publish")
    first = client.get("/api/articles/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/articles/").content == first.content  # from the cache
    assert len(sent(queries)) == 1
    assert client.get("/api/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/api/articles/").status_code == 200
    assert client.get("/api/articles/").status_code == 429
    assert client.get("/api/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 429


def test_with_redis_a_cached_answer_is_one_round_trip_the_count_first(client, editor, settings, monkeypatch):
    """The throttle's count and the stored answer go to Redis together, the count first: a cached answer
    was two round trips to Redis beside the clock's query (bench/results/2026-12-07-perf15.md). A 304
    reads no stored answer; a refused request gets none."""
    import redis
    from django.test import override_settings

    from config.settings import redis_cache
    from newsroom.dependencies import cache as degrading
    from tests.stoppable import RedisServer

    sent_to_redis = []
    real = redis.connection.AbstractConnection.send_packed_command

    def send(self, command, check_health=True):
        sent_to_redis.append(b"".join(command) if isinstance(command, list) else command)
        return real(self, command, check_health)

    monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", send)
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    workflow.transition(item=factories.article(headline="Once"), user=editor, name="publish")
    server = RedisServer().start()
    degrading._reachability.clear()
    try:
        with override_settings(CACHES={"default": redis_cache(server.url)}):
            first = client.get("/api/articles/")
            sent_to_redis.clear()
            with CaptureQueriesContext(connection) as queries:
                again = client.get("/api/articles/")
            assert again.content == first.content and again["ETag"] == first["ETag"]
            assert len(sent(queries)) == 1  # the clock
            (round_trip,) = sent_to_redis
            assert round_trip.index(b"INCR") < round_trip.index(b"GET")
            sent_to_redis.clear()
            assert client.get("/api/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
            (round_trip,) = sent_to_redis
            assert b"INCR" in round_trip and b"GET" not in round_trip
            refused = client.get("/api/articles/")
            assert refused.status_code == 429 and b"Once" not in refused.content
    finally:
        server.stop()
        degrading._reachability.clear()


def test_signed_in_answers_are_never_kept(client, editor, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    workflow.transition(item=factories.article(), user=editor, name="publish")
    client.force_login(editor)
    client.get("/api/articles/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/articles/")
    assert len(queries) > 3


def test_a_cache_that_is_away_costs_speed_not_an_answer(client, editor, settings):
    workflow.transition(item=factories.article(headline="Still here"), user=editor, name="publish")
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    # Nothing listens on port 9: every read and write of the cache fails.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
    }
    for url in ("/api/articles/", "/api/statements/", "/api/tags/"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Still here" in client.get("/api/articles/").content.decode()


def test_unknown_parameters_and_foreign_hosts_never_create_cache_entries(client, editor, settings):
    """`/api/articles/?zz=N` and `Host: 127.0.0.1:<port>` each stored a 63 KB answer, even with
    NEWSROOM_SITE_URL set: the API's cache is keyed by the page cache's rule."""
    from tests.test_page_cache import stored_pages

    workflow.transition(item=factories.article(headline="Cached once", tags=["EU"]), user=editor, name="publish")
    settings.NEWSROOM_SITE_URL = "http://testserver"
    for n in range(20):
        assert client.get("/api/articles/", {"zz": n}).status_code == 200
        assert client.get("/api/articles/", HTTP_HOST=f"127.0.0.1:{6000 + n}").status_code == 200
        assert client.get("/api/tags/eu/", {"zz": n}).status_code == 200
    assert stored_pages() == []
    for url in ("/api/articles/?tag=eu&page_size=5", "/api/articles/?page_size=5&tag=eu", "/api/tags/eu/"):
        assert client.get(url).status_code == 200
    assert len(stored_pages()) == 2  # the parameters a list reads, in any order: one entry


def test_the_filters_look_ups_by_slug_give_what_the_orm_gives():
    """The actor filter's actor (its id and the counts frequent_actor reads) and a source's id, read by
    queries compiled once per process; None for a slug nobody has."""
    from newsroom.api.filters import by_id, with_frequency
    from newsroom.content.models import Actor, Source

    speaker, source = factories.actor(slug="speaker"), factories.source(slug="wire")
    factories.statement(actor=speaker)
    factories.statement(actor=speaker)
    expected = Actor.objects.filter(slug="speaker").only("pk").with_frequency().first()
    found = with_frequency("speaker")
    assert found.pk == expected.pk
    counts = ("statements_counted", "joint_counted", "mentions_counted")
    assert [getattr(found, name) for name in counts] == [getattr(expected, name) for name in counts] == [2, 0, 0]
    assert with_frequency("nobody") is None
    assert by_id(Source, "wire") == source.pk and by_id(Source, "nobody") is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL sends a list's relations together")
def test_an_article_lists_relations_joint_speakers_included_go_in_one_round_trip(client, editor):
    """The clock, the page, then every relation of its articles at once: the other speakers of the statements
    they quote are not asked for after the citations came back."""
    statement = factories.statement(actor=factories.actor(name="First"))
    statement.speaker_rows.create(actor=factories.actor(name="Second"), order=2)
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article()
    factories.citation(article, statement)
    workflow.transition(item=article, user=editor, name="publish")
    client.get("/api/articles/?page_size=7")  # each statement prepared on this session
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/articles/?page_size=7&format=json")
    (item,) = response.json()["results"]
    assert [speaker["name"] for speaker in item["citations"][0]["statement"]["speakers"]] == ["First", "Second"]
    assert len(sent(queries)) == 3, sent(queries)


def test_a_list_by_two_tags_is_kept_like_any_other(client, editor, settings):
    """`?tag=a&tag=b` was never stored (a parameter given twice was refused by the cache's key), so a busy
    API answered it from the database every time: 5.5-7% of the constant view cached, against 51-82% for
    every other list (bench/results/2026-12-06-perf7.md)."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    article = factories.article(headline="Both tags", tags=["EU", "NATO"])
    workflow.transition(item=article, user=editor, name="publish")
    workflow.transition(item=factories.article(headline="One tag", tags=["EU"]), user=editor, name="publish")
    first = client.get("/api/articles/?tag=eu&tag=nato")
    assert "Both tags" in first.content.decode() and "One tag" not in first.content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/api/articles/?tag=eu&tag=nato")
    assert again.content == first.content
    assert sent(queries) == [next(q["sql"] for q in queries if "MAX(moment)" in q["sql"])]
    # another tag's list is another answer, and a page's own parameter given twice is still not stored
    assert "One tag" in client.get("/api/articles/?tag=eu").content.decode()
    client.get("/api/articles/?page_size=5&page_size=6")
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/articles/?page_size=5&page_size=6")
    assert len(sent(queries)) > 1
