"""/health/ (newsroom/dependencies/health.py): what is degraded, as JSON, cheap, never cached, no secrets."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from config.settings import redis_cache
from newsroom.dependencies import cache as degrading
from tests.stoppable import RedisServer, free_port

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fresh_reachability():
    degrading._reachability.clear()
    yield
    degrading._reachability.clear()


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_all_well_is_ok_and_never_cached(client, django_assert_num_queries):
    """(With the cache in local memory: a Redis the suite shares may have no memory bound.)"""
    with django_assert_num_queries(1):  # SELECT 1
        response = client.get("/health/")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "mail": "ok",
        "replica": "ok",  # none configured: nothing to be away
        "purge": "ok",  # no shared cache to purge
    }
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    with django_assert_num_queries(1):  # asked again, not a stored copy
        client.get("/health/")


def test_redis_on_a_closed_port_is_degraded_without_naming_where(client, settings):
    port = free_port()
    with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{port}/0")}):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded" and body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert "served uncached" in body["checks"]["cache"]["detail"]
    text = response.content.decode()
    assert str(port) not in text and "127.0.0.1" not in text and settings.SECRET_KEY not in text


def test_redis_without_a_memory_bound_is_degraded_and_with_one_is_ok(client):
    for options, status, said in [
        ((), "degraded", "no memory bound"),
        (("--maxmemory", "64mb", "--maxmemory-policy", "noeviction"), "degraded", "refuses writes"),
        (("--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"), "ok", "evicting allkeys-lru"),
    ]:
        server = RedisServer(*options).start()
        try:
            with override_settings(CACHES={"default": redis_cache(server.url)}):
                check = client.get("/health/").json()["checks"]["cache"]
        finally:
            server.stop()
        assert check["status"] == status and said in check["detail"], options


def test_without_the_database_it_is_down_and_a_503():
    """The primary database on a closed port: the site cannot work, and a load balancer must hear it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_", "DATABASE_"))}
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        "r = Client().get('/health/'); print(r.status_code); print(r.content.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **environment,
            "DJANGO_SETTINGS_MODULE": "config.test_settings",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/nowhere",
            "DJANGO_CONN_MAX_AGE": "0",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    status, body = result.stdout.split("\n", 1)
    assert status == "503", result.stderr
    body = json.loads(body)
    assert body["status"] == "down" and body["checks"]["database"]["status"] == "down"
    assert body["checks"]["cache"]["status"] == "ok"
    assert "nowhere" not in result.stdout and "postgres" not in result.stdout.replace("PostgreSQL", "")


def test_a_replica_away_cut_off_or_behind_is_degraded_and_reads_go_to_the_primary(client, monkeypatch, settings):
    """What the replica says of itself (a real one: tests/services/test_replica.py), read into the
    check; /health/ stays 200, since readers are served from the primary meanwhile."""
    from django.db import OperationalError

    from newsroom.databases import replication

    settings.NEWSROOM_REPLICA_MAX_LAG = 2
    monkeypatch.setattr(replication, "configured", lambda: True)
    monkeypatch.setattr(replication, "answers", lambda: True)  # its server answers; what it says is below

    def away():
        raise OperationalError("connection refused")

    for lag, status, said in [
        (away, "degraded", "does not answer (OperationalError)"),
        (lambda: (0.0, False), "degraded", "not streaming"),
        (lambda: (5.0, True), "degraded", "5.0 s behind"),
        (lambda: (0.3, True), "ok", "0.3 s behind"),
    ]:
        monkeypatch.setattr(replication, "lag", lag)
        monkeypatch.setattr(replication, "_close_replica", lambda: None)
        response = client.get("/health/")
        assert response.status_code == 200
        check = response.json()["checks"]["replica"]
        assert check["status"] == status and said in check["detail"], check


def test_a_purge_given_up_is_degraded_until_one_goes_out(client, settings):
    from newsroom.edge import purge
    from newsroom.edge.backends import dry_run

    settings.NEWSROOM_PURGE = {"BACKEND": "newsroom.edge.backends.dry_run.DryRunBackend"}
    settings.NEWSROOM_PURGE_RETRY_DELAYS = (0.01,)
    assert purge.purge_health()["status"] == "ok"
    broken = purge.PurgeBatch(keys=frozenset({"article-1"}), reason="test")
    original = dry_run.DryRunBackend.purge

    def refuse(self, batch):
        raise ConnectionError("the CDN is away")

    dry_run.DryRunBackend.purge = refuse
    try:
        assert purge.deliver(broken) is False
        check = client.get("/health/").json()["checks"]["purge"]
    finally:
        dry_run.DryRunBackend.purge = original
    assert check["status"] == "degraded" and "ConnectionError" in check["detail"]
    assert purge.deliver(broken) is True
    assert purge.purge_health()["status"] == "ok"


def test_a_mail_failure_in_one_worker_is_what_every_worker_reports(client, settings, monkeypatch):
    """With SMTP refusing, half of /health/'s answers said ok: each worker told only of its own sends.
    The last outcome is shared through the cache; a worker that sent nothing (a fresh state) reads it."""
    from django.core.mail import EmailMessage

    from newsroom.dependencies import mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 1
    monkeypatch.setattr(mail, "state", mail.MailState())
    assert mail.send([EmailMessage("Reset", "A link.", "newsroom@localhost", ["edgar@example.org"])]) is False
    monkeypatch.setattr(mail, "state", mail.MailState())  # another worker: it has sent nothing
    check = client.get("/health/").json()["checks"]["mail"]
    assert check["status"] == "degraded" and "ConnectionRefusedError" in check["detail"], check
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert mail.send([EmailMessage("Reset", "A link.", "newsroom@localhost", ["edgar@example.org"])]) is True
    monkeypatch.setattr(mail, "state", mail.MailState())
    assert client.get("/health/").json()["checks"]["mail"]["status"] == "ok"


def test_a_purge_given_up_in_one_worker_is_what_every_worker_reports(client, settings, monkeypatch):
    """With Varnish refusing, half of /health/'s answers said ok."""
    from newsroom.edge import purge

    port = free_port()  # nothing listens: every purge is refused
    settings.NEWSROOM_PURGE = {
        "BACKEND": "newsroom.edge.backends.varnish.VarnishBackend",
        "OPTIONS": {"locations": [f"http://127.0.0.1:{port}"]},
    }
    settings.NEWSROOM_PURGE_RETRY_DELAYS = (0.01,)
    monkeypatch.setattr(purge, "_outcome", {"failed": False, "error": ""})
    assert purge.deliver(purge.PurgeBatch(keys=frozenset({"article-1"}), reason="test")) is False
    monkeypatch.setattr(purge, "_outcome", {"failed": False, "error": ""})  # another worker
    check = client.get("/health/").json()["checks"]["purge"]
    assert check["status"] == "degraded" and "given up" in check["detail"], check
    assert str(port) not in check["detail"]


HANGING_REPLICA = """
import json, os, statistics, time
import django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
client = Client(HTTP_HOST="localhost")
times = []
for _ in range(8):
    started = time.monotonic()
    status = client.get("/").status_code
    times.append(time.monotonic() - started)
    assert status == 200, status
    time.sleep(0.15)
started = time.monotonic()
health = client.get("/health/")
print(json.dumps({"pages": times, "health": time.monotonic() - started, "body": health.json()}))
"""


def test_a_replica_that_accepts_and_never_answers_costs_readers_little(tmp_path):
    """DATABASE_REPLICA_URL at a listener that accepts TCP connections and never answers: pages took
    2.3 s at p50 and /health/ 2.7 s (libpq's connect_timeout=1 waits 2 s; the replica was asked again
    every NEWSROOM_REPLICA_CHECK_SECONDS). The site, in a process of its own, with the listener real."""
    import socket
    import statistics

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)  # the kernel completes each handshake; nobody ever reads or writes
        port = listener.getsockname()[1]
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_", "DATABASE_"))}
        result = subprocess.run(
            [sys.executable, "-c", HANGING_REPLICA],
            cwd=ROOT,
            env={
                **environment,
                "DJANGO_SETTINGS_MODULE": "config.settings",
                "DJANGO_DEBUG": "1",
                "DATABASE_URL": f"sqlite:///{tmp_path / 'primary.sqlite3'}",
                "DATABASE_REPLICA_URL": f"postgres://reader@127.0.0.1:{port}/newsroom",
                "NEWSROOM_REPLICA_CHECK_SECONDS": "0.1",
            },
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert statistics.median(figures["pages"]) < 0.5, figures["pages"]
    assert figures["health"] < 1.0, figures["health"]
    replica = figures["body"]["checks"]["replica"]
    assert replica["status"] == "degraded" and "does not answer" in replica["detail"], replica
    assert str(port) not in json.dumps(figures["body"])
