"""The primary/replica router (newsroom/databases/): which requests may read from a replica, and when
they stop. Against a real replica: tests/services/test_replica.py."""

import pytest
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from newsroom.content.models import Article
from newsroom.databases import middleware, replication
from newsroom.databases.router import ReplicaRouter

pytestmark = pytest.mark.django_db

router = ReplicaRouter()


@pytest.fixture
def replica(monkeypatch, settings):
    """A replica configured and usable, as far as the router can tell (the test database is one)."""
    state = {"usable": True, "asked": 0}

    def usable():
        state["asked"] += 1
        return state["usable"]

    monkeypatch.setattr(replication, "configured", lambda: True)
    monkeypatch.setattr(replication, "usable", usable)
    monkeypatch.setattr(replication, "mark_down", lambda: state.update(usable=False))
    return state


def through(request, view):
    """`request` through the middleware to `view`, which returns where reads go (and may write)."""
    seen = {}

    def get_response(request):
        middleware_.process_view(request, view, (), {})
        with transaction.atomic():  # as Django runs a view with ATOMIC_REQUESTS
            seen["db"] = view(request)
        return HttpResponse("ok")

    middleware_ = middleware.ReplicaReadsMiddleware(get_response)
    response = middleware_(request)
    return seen["db"], response


def reads(request):
    return router.db_for_read(Article)


factory = RequestFactory()


def test_an_anonymous_reader_reads_from_the_replica(replica):
    db, response = through(factory.get("/articles/"), reads)
    assert db == "replica" and middleware.PIN_COOKIE not in response.cookies


@pytest.mark.parametrize(
    "request_",
    [
        factory.post("/articles/"),
        factory.get("/admin/"),
        factory.get("/preview/abc/"),
        factory.get("/articles/", HTTP_COOKIE="sessionid=abc"),
        factory.get("/articles/", HTTP_COOKIE=f"{middleware.PIN_COOKIE}=1"),
    ],
    ids=["a write", "the admin", "a preview", "a session (signed in)", "wrote in the last seconds"],
)
def test_everyone_else_reads_from_the_primary(replica, request_):
    db, _ = through(request_, reads)
    assert db == "default"


def test_outside_a_request_everything_reads_from_the_primary(replica):
    assert router.db_for_read(Article) == "default" and router.db_for_write(Article) == "default"


def test_a_request_that_wrote_reads_from_the_primary_and_keeps_its_writer_there(replica):
    def writes_then_reads(request):
        assert router.db_for_read(Article) == "replica"
        router.db_for_write(Article)
        return router.db_for_read(Article)

    db, response = through(factory.get("/articles/"), writes_then_reads)
    assert db == "default"
    pin = response.cookies[middleware.PIN_COOKIE]
    assert pin["max-age"] == 5 and pin["httponly"]


def test_a_transaction_opened_inside_the_request_reads_from_the_primary(replica):
    """Transactions never split: the request's own (ATOMIC_REQUESTS) does not count, a view's does."""

    def opens_a_transaction(request):
        with transaction.atomic():
            return router.db_for_read(Article)

    db, _ = through(factory.get("/articles/"), opens_a_transaction)
    assert db == "default"


def test_a_request_asks_the_replica_once_and_never_mixes_the_two(replica):
    def reads_twice(request):
        first = router.db_for_read(Article)
        replica["usable"] = False  # the replica falls behind during the request
        return first, router.db_for_read(Article)

    (first, second), _ = through(factory.get("/articles/"), reads_twice)
    assert first == second == "replica" and replica["asked"] == 1


def test_a_replica_that_is_not_usable_leaves_reads_on_the_primary(replica):
    replica["usable"] = False
    db, _ = through(factory.get("/articles/"), reads)
    assert db == "default"


def test_a_read_that_fails_on_the_replica_is_answered_again_from_the_primary(replica):
    """No reader gets a 500 for a replica that went away mid-request."""
    from django.core.signals import got_request_exception

    calls = []

    def view(request):
        db = router.db_for_read(Article)
        calls.append(db)
        if db == "replica":
            try:
                raise DatabaseError("the replica went away")
            except DatabaseError:
                got_request_exception.send(sender=None, request=request)
            return "failed"
        return db

    db, _ = through(factory.get("/articles/"), view)
    assert calls == ["replica", "default"] and db == "default" and replica["usable"] is False


def test_migrations_run_on_the_primary_only():
    assert router.allow_migrate("default", "newsroom") and not router.allow_migrate("replica", "newsroom")


def test_log_positions_compare_as_numbers():
    assert replication.later("0/9000000", "0/10000000") == "0/10000000"
    assert replication.later("1/0", "0/FFFFFFFF") == "1/0" and replication.later(None, "0/1") == "0/1"


def test_a_replica_that_keeps_failing_is_looked_at_less_and_less_often(monkeypatch, settings):
    """Asked every second, a hanging replica cost a reader a connect time-out each second."""
    import types

    settings.NEWSROOM_REPLICA_CHECK_SECONDS, settings.NEWSROOM_REPLICA_MAX_BACKOFF = 1, 8
    clock, asked = [0.0], []
    monkeypatch.setattr(replication, "time", types.SimpleNamespace(monotonic=lambda: clock[0]))
    monkeypatch.setattr(replication, "configured", lambda: True)
    monkeypatch.setattr(replication, "answers", lambda: asked.append(clock[0]) or False)
    monkeypatch.setattr(replication, "_close_replica", lambda: None)
    replication.forget()
    while clock[0] <= 24:
        assert replication.usable() is False
        clock[0] += 0.5
    assert asked == [0, 1, 3, 7, 15, 23]  # waits of 1, 2, 4, 8 and 8 seconds
    replication.forget()
