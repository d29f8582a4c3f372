"""The API's article list read by compiled queries (newsroom/api/lists.py): for every combination it compiles,
every page answers what django-filter's queryset answers, byte for byte, and only live articles; every
other request goes the FilterSet's way."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.api import lists
from newsroom.api import views as api_views
from newsroom.content import querysets
from newsroom.editorial import workflow
from tests import factories
from tests.queries import sent

pytestmark = pytest.mark.django_db

COMBINATIONS = [
    "",
    "tag=red",
    "actor=speaker",
    "source=outlet",
    "tag=red&actor=speaker",
    "tag=blue&source=outlet",
    "actor=speaker&source=outlet",
    "tag=red&actor=speaker&source=outlet",
]


@pytest.fixture
def archive(editor, time_machine):
    """Twelve live articles a minute apart (two in the same second), each with some of: the tag red or
    blue, the actor "speaker" mentioned or quoted (alone or jointly), the outlet as publisher or as a
    source drawn on; and a draft that has them all."""
    speaker = factories.actor(name="Speaker", slug="speaker")
    outlet = factories.source(name="Outlet", slug="outlet")
    start = timezone.now() - datetime.timedelta(hours=1)
    for n in range(12):
        time_machine.move_to(start + datetime.timedelta(minutes=n if n != 7 else 6), tick=False)
        article = factories.article(
            headline=f"Report {n}", tags=["Red" if n % 2 else "Blue"], publisher=outlet if n % 3 == 0 else None
        )
        if n % 4 == 1:
            article.actors.add(speaker)
        if n % 5 == 2:
            article.sources.add(outlet)
        if n % 4 == 3:
            statement = factories.statement(actor=speaker if n % 8 == 3 else factories.actor())
            if n % 8 == 7:
                statement.speaker_rows.create(actor=speaker, order=2)
            workflow.transition(item=statement, user=editor, name="publish")
            factories.citation(article, statement)
        workflow.transition(item=article, user=editor, name="publish")
    time_machine.move_to(start + datetime.timedelta(minutes=30), tick=False)
    draft = factories.article(headline="Draft", tags=["Red", "Blue"], publisher=outlet)
    draft.actors.add(speaker)


def walk(client, query):
    """Every page of the list (2 a page), forward by `next` then back by `previous`: their bodies."""
    pages, url = [], f"/api/articles/?{query}&page_size=1"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages.append(response.content)
        url = response.json()["next"]
    url = response.json()["previous"]
    while url:
        response = client.get(url)
        pages.append(response.content)
        url = response.json()["previous"]
    return pages


@pytest.fixture
def compiled_reads(monkeypatch):
    """How many pages were read by a compiled query."""
    reads = []
    rows = lists.CompiledList.rows

    def counted(self, *args, **kwargs):
        reads.append(self.filters)
        return rows(self, *args, **kwargs)

    monkeypatch.setattr(lists.CompiledList, "rows", counted)
    return reads


@pytest.mark.parametrize("frequent", [False, True], ids=["rare actor", "frequent actor"])
@pytest.mark.parametrize("query", COMBINATIONS)
def test_every_page_is_the_filtersets_byte_for_byte(client, archive, compiled_reads, monkeypatch, query, frequent):
    if frequent:  # the actor's articles found by walking the list, not by key (ArticleQuerySet.involving)
        monkeypatch.setattr(querysets, "FREQUENT_ACTOR", 2)
    compiled = walk(client, query)
    assert len(compiled_reads) == len(compiled) and len(compiled) >= 2
    assert b"Draft" not in b"".join(compiled)
    monkeypatch.setattr(api_views, "compiled_list", lambda params: None)
    assert walk(client, query) == compiled
    assert len(compiled_reads) == len(compiled)  # none more


def test_only_live_articles_whatever_the_combination(client, states, compiled_reads):
    live = states["live"][0]
    for query in ("tag=eu", "actor=peter-stano", "source=interfax", "tag=eu&actor=peter-stano&source=interfax"):
        results = client.get(f"/api/articles/?{query}").json()["results"]
        assert [item["slug"] for item in results] == [live.slug], query
    assert len(compiled_reads) == 4


def test_a_compiled_list_builds_no_queryset_of_articles(client, archive, compiled_reads, monkeypatch):
    """The list the compiled query reads does not also build the queryset it stands for (a third of a
    millisecond a request at 100,000 articles); the browsable API still gets the FilterSet's."""
    client.get("/api/articles/?tag=blue")  # the compiled query built once, from the ORM (newsroom.api.lists)

    class Refusing:
        @property
        def objects(self):
            raise AssertionError("an ArticleQuerySet was built")

    monkeypatch.setattr(api_views, "Article", Refusing())
    for query in ("", "tag=red", "actor=speaker&source=outlet"):
        assert client.get(f"/api/articles/?{query}").status_code == 200, query
    assert len(compiled_reads) == 4
    monkeypatch.undo()
    assert client.get("/api/articles/?tag=blue", HTTP_ACCEPT="text/html").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "q=report",
        "ordering=headline",
        "published_after=2020-01-01T00:00:00Z",
        "tag=red&tag=blue",
        "tag=red,blue",
        "tag=no-such-tag",
        "actor=nobody",
        "source=nowhere",
        "incident=none",
        "page_size=abc",
    ],
)
def test_other_requests_go_the_filtersets_way(client, archive, compiled_reads, query):
    response = client.get(f"/api/articles/?{query}")
    assert response.status_code in (200, 400)
    assert not compiled_reads


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares compiled queries")
def test_a_page_whose_best_plan_depends_on_a_tag_actor_or_source_is_planned_with_its_values(client, archive):
    """A prepared statement may run one generic plan for every tag: a common tag's page walks the
    newest-first index, a rare one's fetches its few rows (compiled.Compiled, `prepare`)."""
    cases = [("", True), ("cursor=", True), ("tag=red", False), ("actor=speaker", False), ("source=outlet", False)]
    for query, prepared in cases:
        url = f"/api/articles/?{query}"
        if query == "cursor=":
            url = client.get("/api/articles/?page_size=2").json()["next"]
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        marks = ('"newsroom_article"."headline" AS "headline"', "/* newsroom_article */")  # the page, as SQL or EXECUTE
        (page,) = [sql for sql in sent(captured) if any(mark in sql for mark in marks)]
        assert ("EXECUTE newsroom_compiled_" in page) == prepared, query
