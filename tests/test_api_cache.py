"""The API's stored answers and 304s before DRF (newsroom.api.cache.before_drf): a plain request (anonymous,
GET, no cookie, JSON as DRF would choose it) is answered from the cache, or 304, without DRF's dispatch, with
DRF's own bytes and headers; a miss, a 429 and anything in doubt are DRF's, counted once
(bench/results/2026-12-07-perf16.md)."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from rest_framework.views import APIView

from newsroom.api import cache as api_cache
from newsroom.editorial import workflow
from tests import factories
from tests.queries import sent

pytestmark = pytest.mark.django_db

# Lists, with filters (a repeatable one twice), a page size, and a detail.
URLS = [
    "/api/articles/",
    "/api/articles/?tag=eu&tag=nato",
    "/api/articles/?page_size=1",
    "/api/statements/",
    "/api/tags/",
    "/api/tags/eu/",
    "/api/incidents/",
    "/api/fact-checks/",
    "/api/links/",
]


@pytest.fixture
def published(editor, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 600
    settings.NEWSROOM_API_ANON_RATE = "1000/minute"
    statement = factories.statement(text="Said once.")
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(headline="Kept once", tags=["EU", "NATO"])
    workflow.transition(item=article, user=editor, name="publish")
    return article


@pytest.fixture
def drf_calls(monkeypatch):
    """How many times DRF's dispatch ran; `drf_calls.forbid()` makes it fail instead."""

    class Calls(list):
        forbidden = False

        def forbid(self, forbidden=True):
            self.forbidden = forbidden

    calls = Calls()
    real = APIView.dispatch

    def dispatch(self, request, *args, **kwargs):
        calls.append(request.get_full_path())
        if calls.forbidden:
            raise AssertionError(f"DRF answered {request.get_full_path()}")
        return real(self, request, *args, **kwargs)

    monkeypatch.setattr(APIView, "dispatch", dispatch)
    return calls


def without_answers_before_drf(monkeypatch):
    """Main's path: every request through DRF (which reads the stored answer itself)."""
    monkeypatch.setattr(api_cache, "before_drf", lambda request, kwargs, plan: None)


def answer(response):
    return response.status_code, response.content, list(response.headers.items())


def test_a_stored_answer_and_its_304_make_no_drf_call_and_are_drfs_byte_for_byte(
    client, published, drf_calls, monkeypatch
):
    made = {url: client.get(url) for url in URLS}  # misses: DRF makes and stores each
    assert all(response.status_code == 200 for response in made.values())
    assert len(drf_calls) == len(URLS)

    with monkeypatch.context() as main:
        without_answers_before_drf(main)
        by_drf = {}
        for url in URLS:
            for accept in ({}, {"HTTP_ACCEPT": "*/*"}, {"HTTP_ACCEPT": "application/json"}):
                by_drf[url, tuple(accept.items())] = answer(client.get(url, **accept))
                assert by_drf[url, tuple(accept.items())][:2] == (200, made[url].content)
            etag = made[url]["ETag"]
            by_drf[url, "304"] = answer(client.get(url, HTTP_IF_NONE_MATCH=etag))
            by_drf[url, "since"] = answer(client.get(url, HTTP_IF_MODIFIED_SINCE=made[url]["Last-Modified"]))
            by_drf[url, "other etag"] = answer(client.get(url, HTTP_IF_NONE_MATCH='W/"other"'))
    calls_through_drf = len(drf_calls)

    drf_calls.forbid()
    for url in URLS:
        for accept in ({}, {"HTTP_ACCEPT": "*/*"}, {"HTTP_ACCEPT": "application/json"}):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, **accept)
            assert answer(response) == by_drf[url, tuple(accept.items())], url
            assert len(sent(queries)) == 1, url  # the public clock
        with CaptureQueriesContext(connection) as queries:
            not_modified = client.get(url, HTTP_IF_NONE_MATCH=made[url]["ETag"])
        assert not_modified.status_code == 304
        assert answer(not_modified) == by_drf[url, "304"], url
        assert len(sent(queries)) == 1, url
        since = client.get(url, HTTP_IF_MODIFIED_SINCE=made[url]["Last-Modified"])
        assert since.status_code == 304 and answer(since) == by_drf[url, "since"], url
        assert answer(client.get(url, HTTP_IF_NONE_MATCH='W/"other"')) == by_drf[url, "other etag"], url
    assert len(drf_calls) == calls_through_drf


def test_a_miss_is_made_by_drf_once_and_stored(client, published, drf_calls, settings):
    """The request counted before DRF is not counted again by DRF's throttle, and what was read with
    the count (nothing) is not read again."""
    settings.NEWSROOM_API_ANON_RATE = "2/minute"
    with CaptureQueriesContext(connection) as first_queries:
        first = client.get("/api/articles/")
    assert first.status_code == 200 and len(drf_calls) == 1
    drf_calls.forbid()
    assert client.get("/api/articles/").content == first.content  # the second of two: counted once each
    drf_calls.forbid(False)
    refused = client.get("/api/articles/")
    assert refused.status_code == 429
    with override_settings(NEWSROOM_PAGE_CACHE_SECONDS=0, NEWSROOM_API_ANON_RATE="1000/minute"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/articles/").content == first.content
    assert len(sent(queries)) == len(sent(first_queries))


def test_over_the_limit_is_drfs_429_counted_once(client, published, drf_calls, settings, monkeypatch):
    settings.NEWSROOM_API_ANON_RATE = "3/minute"
    assert client.get("/api/statements/").status_code == 200  # 1: DRF makes it
    drf_calls.forbid()
    etag = client.get("/api/statements/")["ETag"]  # 2: stored
    assert client.get("/api/statements/", HTTP_IF_NONE_MATCH=etag).status_code == 304  # 3
    drf_calls.forbid(False)
    before = len(drf_calls)
    refused = client.get("/api/statements/")  # 4: over
    assert refused.status_code == 429 and len(drf_calls) == before + 1  # DRF's own 429, by the count made first
    refused_304 = client.get("/api/statements/", HTTP_IF_NONE_MATCH=etag)
    assert refused_304.status_code == 429
    without_answers_before_drf(monkeypatch)
    by_drf = client.get("/api/statements/")  # counted by DRF's throttle itself, as on main
    for response in (refused, refused_304):
        assert re.sub(rb"\d+", b"N", response.content) == re.sub(rb"\d+", b"N", by_drf.content)
        assert re.fullmatch(
            rb'\{"detail":"Request was throttled\. Expected available in \d+ seconds?\."\}', response.content
        )
        assert response["Retry-After"].isdigit()
        headers = [(name, value) for name, value in response.headers.items() if name != "Retry-After"]
        assert headers == [(name, value) for name, value in by_drf.headers.items() if name != "Retry-After"]


def test_doubt_goes_to_drf(client, published, editor, drf_calls):
    """Unknown parameters, a format, HEAD, OPTIONS, a cookie, an Authorization header, another media type,
    If-Match: DRF answers each, as before; the plain request after them is answered without it."""
    first = client.get("/api/articles/")
    doubtful = [
        ("/api/articles/?zz=1", {}),
        ("/api/articles/?format=json", {}),
        ("/api/articles.json", {}),
        ("/api/articles/", {"HTTP_COOKIE": "other=1"}),
        ("/api/articles/", {"HTTP_AUTHORIZATION": "Basic eDp5"}),
        ("/api/articles/", {"HTTP_ACCEPT": "application/json; indent=4"}),
        ("/api/articles/", {"HTTP_ACCEPT": "text/html"}),
        ("/api/articles/", {"HTTP_IF_MATCH": first["ETag"]}),
    ]
    for url, headers in doubtful:
        before = len(drf_calls)
        # (If-Match: a weak ETag never matches.)
        assert client.get(url, **headers).status_code in (200, 412), (url, headers)
        assert len(drf_calls) == before + 1, (url, headers)
    for method in (client.head, client.options):
        before = len(drf_calls)
        method("/api/articles/")
        assert len(drf_calls) == before + 1
    assert client.cookies  # the browsable API's CSRF cookie: with it, DRF answers
    before = len(drf_calls)
    assert client.get("/api/articles/").content == first.content
    assert len(drf_calls) == before + 1
    client.cookies.clear()
    drf_calls.forbid()
    assert client.get("/api/articles/").content == first.content


def test_a_signed_in_request_never_reads_or_writes_the_anonymous_cache(
    client, published, editor, drf_calls, monkeypatch
):
    anonymous = client.get("/api/articles/")
    touched = []
    real_get, real_set = api_cache.cache.get, api_cache.cache.set
    monkeypatch.setattr(api_cache.cache, "get", lambda key, *a, **k: touched.append(key) or real_get(key, *a, **k))
    monkeypatch.setattr(api_cache.cache, "set", lambda key, *a, **k: touched.append(key) or real_set(key, *a, **k))
    client.force_login(editor)
    before = len(drf_calls)
    for headers in ({}, {"HTTP_IF_NONE_MATCH": anonymous["ETag"]}):
        assert client.get("/api/articles/", **headers).status_code in (200, 304)
    assert len(drf_calls) == before + 2
    assert not [key for key in touched if key.startswith("newsroom:page:")]
    client.logout()
    drf_calls.forbid()
    client.cookies.clear()
    assert client.get("/api/articles/").content == anonymous.content


def test_with_redis_away_a_plain_request_goes_to_drf(client, published, drf_calls):
    from config.settings import redis_cache
    from newsroom.dependencies import cache as degrading
    from tests.stoppable import RedisServer

    server = RedisServer().start()
    degrading._reachability.clear()
    try:
        with override_settings(CACHES={"default": redis_cache(server.url)}):
            first = client.get("/api/articles/")
            drf_calls.forbid()
            assert client.get("/api/articles/").content == first.content
            server.stop()
            drf_calls.forbid(False)
            before = len(drf_calls)
            away = client.get("/api/articles/")
            assert away.status_code == 200 and away.content == first.content
            assert len(drf_calls) == before + 1
            assert client.get("/api/articles/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    finally:
        server.stop()
        degrading._reachability.clear()
