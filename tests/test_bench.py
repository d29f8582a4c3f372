"""The benchmark's URL list (bench/targets.py) and its bench-only constant view."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from bench.corpus import Command as CorpusCommand
from bench.targets import pick
from bench.views import PAGE


@pytest.fixture
def corpus(db):
    call_command(CorpusCommand(), "--articles", "60", "--tags", "20", "--links", "80", stdout=open("/dev/null", "w"))


def test_every_url_the_benchmark_and_the_guard_request_answers_200_on_a_small_corpus(client, corpus):
    targets = pick()
    names = [t.name for t in targets]
    for expected in [
        "home",
        "an article",
        "tag index",
        "two tags combined",
        "search, a phrase",
        "RSS",
        "sitemap index",
        "an incident (the largest)",
        "a statement with a long thread",
        "a fact-check",
        "API links, responds_to",
    ]:
        assert expected in names
    assert any(t.url.startswith("/api/statements/?made_after=") for t in targets)
    for target in targets[1:]:
        assert client.get(target.url).status_code == 200, target.url


def test_deep_pages_name_the_first_page_they_are_compared_with(corpus):
    targets = {t.name: t for t in pick()}
    deep = [t for t in targets.values() if t.group == "deep"]
    assert len(deep) == 3
    assert all(t.pair in targets for t in deep)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="queries are prepared and explained on PostgreSQL")
def test_the_benchmark_counts_and_explains_every_query_a_page_sends(client, corpus, settings):
    """A prepared query sent inside the request's transaction, between a savepoint and its release of its
    own (newsroom.content.prepared), is a query to count and explain, not transaction control."""
    from bench.queries import counted, explainable

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # as the benchmark's uncached server
    queries = []
    for name in ("an actor (most quoted)", "API articles"):  # the second's relations go in one batch
        url = next(t.url for t in pick() if t.name == name)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        queries += [q["sql"] for q in captured.captured_queries if counted(q["sql"])]
    assert any(sql.startswith("SAVEPOINT newsroom_prepared; EXECUTE newsroom_compiled_") for sql in queries)
    assert any(len(explainable(sql)) > 2 for sql in queries)
    assert not any(counted(sql) for sql in ("BEGIN", "COMMIT", "SAVEPOINT s1_x2", "RELEASE SAVEPOINT s1_x2"))
    with connection.cursor() as cursor:
        for sql in queries:
            for statement in explainable(sql):
                cursor.execute(f"EXPLAIN {statement}")
                assert "cost=" in cursor.fetchall()[0][0]


def test_the_constant_view_is_22_kb_and_only_in_the_bench_urls(client, db):
    assert 21_000 < len(PAGE) < 23_000
    assert client.get("/bench/constant/").status_code == 404
    with override_settings(ROOT_URLCONF="bench.urls"):
        response = client.get("/bench/constant/")
        assert response.status_code == 200 and response.content == PAGE
        assert client.get("/feed.json").status_code == 200


def test_the_fault_scripts_hostile_paste_is_one_paragraph_of_500_short_attributed_quotations():
    from bench.faults import hostile_copy

    copy = hostile_copy(500)
    assert "\n" not in copy and copy.count("“") == 500 and copy.count(" said ") == 500
    assert 20_000 < len(copy.encode()) < 25_000
