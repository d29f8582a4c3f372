"""The cache degrades instead of failing (newsroom/dependencies/cache.py): with Redis stopped, on a
closed port, hanging or full, every page answers, uncached, for readers and for staff."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.settings import redis_cache
from newsroom.dependencies import cache as degrading
from newsroom.editorial import workflow
from tests import factories
from tests.stoppable import Blackhole, RedisServer, free_port

pytestmark = pytest.mark.django_db

READER_URLS = [
    "/",
    "/articles/",
    "/statements/",
    "/actors/",
    "/sources/",
    "/tags/",
    "/tags/eu/",
    "/search/?q=report",
    "/feeds/rss/",
    "/feed.json",
    "/sitemap.xml",
    "/sitemap-articles.xml",
    "/api/articles/",
    "/api/statements/",
    "/api/tags/",
]
STAFF_URLS = ["/", "/articles/", "/admin/", "/admin/newsroom/article/"]


@pytest.fixture
def content(editor):
    article = factories.article(headline="A report", slug="a-report", tags=["EU"])
    workflow.transition(item=article, user=editor, name="publish")
    return article


@pytest.fixture(autouse=True)
def fresh_reachability():
    """Each test starts with no memory of a Redis that was away in another."""
    degrading._reachability.clear()
    yield
    degrading._reachability.clear()


def answers(client, urls):
    return {url: client.get(url).status_code for url in urls}


def test_on_a_closed_port_readers_and_staff_get_every_page(client, content, editor):
    with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{free_port()}/0")}):
        assert set(answers(client, READER_URLS).values()) == {200}
        assert client.get(content.get_absolute_url()).status_code == 200
        client.force_login(editor)
        assert set(answers(client, STAFF_URLS).values()) == {200}


def test_redis_stopped_and_started_again(client, content, settings):
    """Pages are stored while Redis runs, answered uncached while it is stopped, stored again once
    it is back (after the retry interval: here none)."""
    settings.NEWSROOM_CACHE_RETRY_SECONDS = 0
    server = RedisServer().start()
    try:
        with override_settings(CACHES={"default": redis_cache(server.url)}):
            client.get("/")
            assert any(key.startswith(b":1:newsroom:page:") for key in _keys(server))
            server.stop()
            assert set(answers(client, READER_URLS).values()) == {200}
            server.start()  # empty, as a restarted Redis without persistence is
            assert client.get("/articles/").status_code == 200
            assert any(key.startswith(b":1:newsroom:page:") for key in _keys(server))
    finally:
        server.stop()


def _keys(server):
    import redis

    return redis.Redis.from_url(server.url).keys("*")


def test_a_hanging_redis_costs_one_time_out_then_is_left_alone(client, content, settings):
    """After a call times out, the process does not try Redis again until the retry interval has
    passed: one connection in all, not one per request."""
    settings.NEWSROOM_CACHE_RETRY_SECONDS = 60
    hole = Blackhole()
    try:
        with override_settings(CACHES={"default": {**redis_cache(hole.url), "OPTIONS": {"socket_timeout": 0.2}}}):
            assert set(answers(client, ["/", "/articles/", "/feed.json", "/api/articles/", "/"]).values()) == {200}
        assert len(hole.accepted) == 1
    finally:
        hole.close()


def test_a_full_redis_that_refuses_writes_costs_nothing_but_the_store(client, content):
    """Under maxmemory with `noeviction` Redis refuses a write (OOM): the page is served all the same."""
    server = RedisServer("--maxmemory", "1mb", "--maxmemory-policy", "noeviction").start()
    try:
        import redis

        filler = redis.Redis.from_url(server.url)
        try:
            for n in range(10_000):
                filler.set(f"filler:{n}", "x" * 1000)
        except redis.ResponseError:
            pass  # full
        with override_settings(CACHES={"default": redis_cache(server.url)}):
            assert set(answers(client, ["/", "/articles/", "/feed.json", "/api/articles/"]).values()) == {200}
            assert cache.get("anything") is None
    finally:
        server.stop()


def test_an_empty_cache_is_what_each_call_answers_while_redis_is_away():
    backend = degrading.DegradingRedisCache(f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {}})
    assert backend.get("k") is None and backend.get("k", "fallback") == "fallback"
    assert backend.get("k", default=3) == 3
    assert backend.add("k", 1) is False and backend.set("k", 1) is None and backend.touch("k") is False
    assert backend.get_many(["a", "b"]) == {} and backend.has_key("k") is False
    assert backend.set_many({"a": 1, "b": 2}) == ["a", "b"] and backend.delete("k") is False
    assert backend.get_or_set("k", 5) == 5
    with pytest.raises(ValueError):
        backend.incr("k")


def test_one_redis_client_per_connection_pool():
    """Django's backend built a redis-py client for every call, copying its table of response
    callbacks each time: as much CPU as the round trip (bench/results/2026-12-07-perf11.md)."""
    backend = degrading.DegradingRedisCache(f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {}})
    first = backend._cache.get_client("a", write=True)
    assert backend._cache.get_client("b", write=False) is first
    assert first.connection_pool is backend._cache._get_connection_pool(True)
