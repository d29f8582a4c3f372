"""Production settings read from the environment (config/settings.py): the deploy check, TLS behind a
proxy, the headers every response carries."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests import factories

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "kq8$w!x2m_Zr7@vT4pLs9#nB6yHc3jUe5fGa1dQo0iK-tRzXwMvN",
    "DJANGO_ALLOWED_HOSTS": "news.example.org",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
    "NEWSROOM_SITE_URL": "https://news.example.org",
}


def run_with(env, *args):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSROOM_"))}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**environment, **env}, capture_output=True, text=True, timeout=120
    )


def settings_under(env, *names):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n, None) for n in {list(names)!r}}}, default=str))"
    )
    result = run_with({"DJANGO_SETTINGS_MODULE": "config.settings", **env}, "-c", code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_deploy_check_passes_with_production_settings():
    result = run_with(PRODUCTION, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_the_deploy_check_warns_without_a_site_address():
    """Without NEWSROOM_SITE_URL the page cache and the API's keep a copy for every Host asked for."""
    env = {k: v for k, v in PRODUCTION.items() if k != "NEWSROOM_SITE_URL"}
    result = run_with(env, "manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "newsroom.W001" in result.stderr + result.stdout and "NEWSROOM_SITE_URL" in result.stderr + result.stdout


def test_production_defaults_are_the_safe_ones():
    values = settings_under(
        {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECURE_PROXY_SSL_HEADER"},
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
        "NEWSROOM_REQUIRE_2FA",
        "NUM_PROXIES",
        "DATABASES",
    )
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_HSTS_SECONDS"] == 31536000
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_PROXY_SSL_HEADER"] is None  # trusted only when the operator names it
    assert values["NEWSROOM_REQUIRE_2FA"] is True
    assert values["NUM_PROXIES"] == 0
    assert values["DATABASES"]["default"]["CONN_MAX_AGE"] == 60
    assert values["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True


def test_the_environment_turns_each_on_or_off():
    values = settings_under(
        {
            **PRODUCTION,
            "DJANGO_SSL_REDIRECT": "0",
            "DJANGO_HSTS_SECONDS": "0",
            "DJANGO_NUM_PROXIES": "1",
            "NEWSROOM_REQUIRE_2FA": "0",
        },
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_PROXY_SSL_HEADER",
        "NUM_PROXIES",
        "REST_FRAMEWORK",
        "NEWSROOM_REQUIRE_2FA",
    )
    assert values["SECURE_SSL_REDIRECT"] is False and values["SECURE_HSTS_SECONDS"] == 0
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["NUM_PROXIES"] == 1 and values["REST_FRAMEWORK"]["NUM_PROXIES"] == 1
    assert values["NEWSROOM_REQUIRE_2FA"] is False


def test_development_keeps_plain_http_and_sign_in_by_password():
    values = settings_under({"DJANGO_DEBUG": "1"}, "SECURE_SSL_REDIRECT", "NEWSROOM_REQUIRE_2FA")
    assert values == {"SECURE_SSL_REDIRECT": False, "NEWSROOM_REQUIRE_2FA": False}


@pytest.fixture
def behind_tls(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # As a proxy forwards it: the Host the reader asked for, and the scheme it answered on.
    return {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "testserver"}


@pytest.fixture
def published(db, make_published):
    return make_published(factories.article(headline="Ceasefire talks", slug="ceasefire-talks", tags=["EU"]))


def test_absolute_links_are_https_behind_a_tls_proxy(client, behind_tls, published):
    api = client.get("/api/articles/", **behind_tls).json()
    assert api["results"][0]["url"].startswith("https://testserver/")
    tags = client.get("/api/tags/", **behind_tls).json()
    assert tags["results"][0]["public_url"].startswith("https://testserver/tags/")
    assert "<link>https://testserver/</link>" in client.get("/feeds/rss/", **behind_tls).content.decode()
    assert "https://testserver/articles/ceasefire-talks/" in client.get("/feeds/atom/", **behind_tls).content.decode()
    assert client.get("/feed.json", **behind_tls).json()["home_page_url"] == "https://testserver/"


def test_preview_links_are_https_behind_a_tls_proxy(client, behind_tls, editor):
    draft = factories.article(slug="embargoed")
    client.force_login(editor)
    page = client.post(
        reverse("admin:newsroom_article_share", args=[draft.pk]), {"hours": "24"}, follow=True, **behind_tls
    )
    assert re.search(r"https://testserver/preview/\S+/", page.content.decode())


def test_a_client_cannot_claim_https_where_no_proxy_header_is_configured(client, published):
    api = client.get("/api/articles/", HTTP_X_FORWARDED_PROTO="https").json()
    assert api["results"][0]["url"].startswith("http://testserver/")


def test_plain_http_is_redirected_and_https_gets_hsts(client, settings, behind_tls, db):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    redirect = client.get("/tags/")
    assert redirect.status_code == 301 and redirect["Location"] == "https://testserver/tags/"
    page = client.get("/tags/", **behind_tls)
    assert page.status_code == 200
    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_every_page_carries_the_safety_headers(client, db):
    for url in ("/", "/no-such-page/", "/api/articles/", "/admin/login/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url


@pytest.mark.django_db
def test_postgresql_connections_run_without_jit_or_parallel_workers():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's settings")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('jit'), current_setting('max_parallel_workers_per_gather')")
        assert cursor.fetchone() == ("off", "0")


@pytest.mark.django_db
def test_postgresql_connections_price_a_random_read_for_memory_not_disks():
    """A primary-key look-up is not priced as a disk seek: a list's relations are joined to the actors, tags
    and sources by their keys, not by hashing each whole table (bench/results/2026-12-06-perf7.md)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's settings")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('random_page_cost')::float")
        assert cursor.fetchone() == (1.1,)


def placeholder_secret():
    """The secret key .env.example shows, read from the file so that the test follows it."""
    text = (ROOT / ".env.example").read_text()
    return re.search(r"^DJANGO_SECRET_KEY=(.*)$", text, re.MULTILINE).group(1).strip()


@pytest.mark.parametrize(
    "secret",
    [placeholder_secret(), "change-me", "django-insecure-0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdef"],
)
def test_a_placeholder_secret_key_is_refused_at_start_up_when_debug_is_off(secret):
    result = run_with({**PRODUCTION, "DJANGO_SECRET_KEY": secret}, "manage.py", "check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr and "placeholder" in result.stderr


def test_the_placeholder_is_tolerated_with_debug_on():
    development = {**PRODUCTION, "DJANGO_DEBUG": "1", "DJANGO_SECRET_KEY": placeholder_secret()}
    result = run_with(development, "manage.py", "check")
    assert result.returncode == 0, result.stderr


def test_the_cache_is_bounded_and_degrading():
    """Local memory is bounded by entries; Redis goes through the backend that degrades, every call
    bounded by a time-out (Redis's memory bound is its own configuration, which /health/ checks)."""
    local = settings_under({**PRODUCTION, "REDIS_URL": ""}, "CACHES")["CACHES"]["default"]
    assert local["BACKEND"].endswith("LocMemCache") and local["OPTIONS"]["MAX_ENTRIES"] > 0
    shared = settings_under({**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/3"}, "CACHES")["CACHES"]["default"]
    assert shared["BACKEND"] == "newsroom.dependencies.cache.DegradingRedisCache"
    assert 0 < shared["OPTIONS"]["socket_timeout"] <= 1 and 0 < shared["OPTIONS"]["socket_connect_timeout"] <= 1


def test_the_servers_statement_timeout_reaches_postgresql():
    """config/gunicorn.py sets DJANGO_STATEMENT_TIMEOUT for its workers: no query outlives its request."""
    url = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/anything"}
    bounded = settings_under({**PRODUCTION, **url, "DJANGO_STATEMENT_TIMEOUT": "30"}, "DATABASES")["DATABASES"]
    assert "-c statement_timeout=30000" in bounded["default"]["OPTIONS"]["options"]
    unbounded = settings_under({**PRODUCTION, **url}, "DATABASES")["DATABASES"]
    assert "statement_timeout" not in unbounded["default"]["OPTIONS"]["options"]
    # The statement timeout is added to the session's other settings, never in their place.
    for options in (bounded["default"]["OPTIONS"]["options"], unbounded["default"]["OPTIONS"]["options"]):
        assert "-c jit=off" in options
