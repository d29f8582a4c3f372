"""A real streaming replica (bench/replica.py) behind gunicorn (issue 21, part 4): anonymous readers
read from it, anyone who signed in or just wrote reads from the primary, and a replica that lags
or is down costs no reader a 500."""

import time

import psycopg
import pytest
import requests

from bench import replica, servers
from tests.services.conftest import django, require

pytestmark = pytest.mark.services

PRIMARY_PORT, REPLICA_PORT, APP_PORT = 5435, 5433, 8320
BASE = f"http://127.0.0.1:{APP_PORT}"
HTTPS = {"X-Forwarded-Proto": "https"}
READER_URLS = ["/", "/articles/", "/statements/", "/tags/", "/api/articles/", "/feed.json", "/search/?q=ceasefire"]

PUBLISH = """
import json
from django.contrib.auth import get_user_model
from newsroom.content.models import Article
from newsroom.editorial import workflow
editor = get_user_model().objects.filter(is_superuser=True).first() or get_user_model().objects.create_superuser(
    "replica-editor", "replica@example.org", "replica-password-1")
article = Article.objects.create(headline="{headline}", slug="{slug}", body="Words.")
workflow.transition(item=article, user=editor, name="publish")
print(json.dumps(article.pk))
"""


@pytest.fixture(scope="module")
def pair():
    require("pg_createcluster")
    with replica.streaming_pair(PRIMARY_PORT, REPLICA_PORT) as (primary_url, replica_url):
        env = servers.production_env(primary_url)
        servers.prepare_site(env, fresh_database=False)
        yield primary_url, replica_url


def replica_sql(replica_url, sql):
    with psycopg.connect(replica_url, autocommit=True) as connection:
        return connection.execute(sql).fetchone()


def site(pair, tmp_path, **settings):
    primary_url, replica_url = pair
    env = servers.production_env(primary_url, DATABASE_REPLICA_URL=replica_url, DJANGO_LOG_LEVEL="WARNING", **settings)
    return env, servers.gunicorn(APP_PORT, env, log=tmp_path / "gunicorn.log")


def get(path, session=requests, **headers):
    return session.get(BASE + path, headers={**HTTPS, **headers}, timeout=10, allow_redirects=False)


def publish(env, headline, slug):
    return django(env, PUBLISH.format(headline=headline, slug=slug))


def test_anonymous_readers_read_from_the_replica_and_writers_from_the_primary(pair, tmp_path):
    """With the replica's replay paused, what the primary has and the replica has not tells who read where."""
    _, replica_url = pair
    env, server = site(pair, tmp_path, NEWSROOM_REPLICA_MAX_LAG=3600)  # lag is not the point here
    with server:
        replica_sql(replica_url, "SELECT pg_wal_replay_pause()")
        try:
            publish(env, "Held back by the replica", "held-back")
            assert "Held back by the replica" not in get("/articles/").text  # anonymous: the replica
            assert get("/articles/held-back/").status_code == 404
            # Someone who wrote in the last seconds carries the app's cookie, and reads the primary.
            assert "Held back by the replica" in get("/articles/", Cookie="newsroom_primary=1").text
            # Signing in writes (the session): that answer sets the cookie, and the editor reads the primary.
            editor = requests.Session()
            editor.headers.update({**HTTPS, "Referer": f"https://127.0.0.1:{APP_PORT}/admin/login/"})
            editor.get(BASE + "/admin/login/", timeout=10)
            signed_in = editor.post(
                BASE + "/admin/login/?next=/admin/",
                data={"username": "replica-editor", "password": "replica-password-1",
                      "csrfmiddlewaretoken": editor.cookies["csrftoken"], "next": "/admin/"},
                timeout=10, allow_redirects=False,
            )  # fmt: skip
            assert signed_in.status_code == 302 and "newsroom_primary" in signed_in.cookies
            assert "Held back by the replica" in editor.get(BASE + "/articles/", timeout=10).text
        finally:
            replica_sql(replica_url, "SELECT pg_wal_replay_resume()")
        deadline = time.monotonic() + 5
        while "Held back by the replica" not in get("/articles/").text and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "Held back by the replica" in get("/articles/").text


def test_a_replica_that_lags_is_left_for_the_primary(pair, tmp_path):
    _, replica_url = pair
    env, server = site(pair, tmp_path, NEWSROOM_REPLICA_MAX_LAG=1)
    with server:
        replica_sql(replica_url, "SELECT pg_wal_replay_pause()")
        try:
            publish(env, "Too fresh for the replica", "too-fresh")
            deadline = time.monotonic() + 6
            statuses = []
            while time.monotonic() < deadline:
                response = get("/articles/")
                statuses.append(response.status_code)
                if "Too fresh for the replica" in response.text:
                    break
                time.sleep(0.1)
            assert "Too fresh for the replica" in response.text, "the lagging replica was still read"
            assert set(statuses) == {200}
        finally:
            replica_sql(replica_url, "SELECT pg_wal_replay_resume()")


def test_a_replica_that_is_down_costs_no_reader_a_500(pair, tmp_path):
    env, server = site(pair, tmp_path)
    with server:
        for path in READER_URLS:
            assert get(path).status_code == 200, path
        replica.stop_replica()
        try:
            statuses = {path: {get(path).status_code for _ in range(5)} for path in READER_URLS}
            assert all(found == {200} for found in statuses.values()), statuses
            publish(env, "Written while the replica was away", "while-away")
            assert "Written while the replica was away" in get("/articles/").text
        finally:
            replica.start_replica(REPLICA_PORT)
        time.sleep(1.5)  # the next look finds it back
        for path in READER_URLS:
            assert get(path).status_code == 200, path


def test_purges_wait_until_the_replica_has_the_change(pair):
    """A cache refilled from a replica that has not replayed a change would keep the old page: a
    purge waits (up to the lag allowed) until the replica has the commit it follows."""
    primary_url, replica_url = pair
    env = servers.production_env(primary_url, DATABASE_REPLICA_URL=replica_url)
    wait = (
        "import json\nfrom newsroom.databases import replication\n"
        "print(json.dumps(replication.wait_until_replayed({position!r}, timeout=1)))"
    )
    replica_sql(replica_url, "SELECT pg_wal_replay_pause()")
    try:
        with psycopg.connect(primary_url, autocommit=True) as primary:
            primary.execute("CREATE TABLE IF NOT EXISTS edge_probe (n int); INSERT INTO edge_probe VALUES (1)")
            position = primary.execute("SELECT pg_current_wal_insert_lsn()::text").fetchone()[0]
        assert django(env, wait.format(position=position)) is False
    finally:
        replica_sql(replica_url, "SELECT pg_wal_replay_resume()")
    assert django(env, wait.format(position=position)) is True
