"""On SQLite (the development server's database) a write waits for another instead of failing with
"database is locked", and a lock that still times out is a 503 with Retry-After, never a 500.

An autosave during a photo save answered 500: every request is a transaction (ATOMIC_REQUESTS),
SQLite began it DEFERRED, read, and could not turn its read into a write while the photo's
transaction wrote; SQLite refuses that upgrade at once rather than wait, whatever the timeout."""

import threading
import time
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError, connection, connections, transaction
from django.urls import reverse

from tests import factories

SQLITE = "django.db.backends.sqlite3"


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A database file with the default database's SQLite options, as the alias "file" (one
    connection per thread); pytest's own test database lives in memory, where locks work otherwise."""
    if settings.DATABASES["default"]["ENGINE"] != SQLITE:
        pytest.skip("the options under test are SQLite's (PostgreSQL's writers wait on row locks)")
    options = settings.NEWSROOM_SQLITE_OPTIONS  # as the site runs (tests/conftest.py keeps the memory database's)
    configured = connections.configure_settings(
        {"default": {}, "file": {"ENGINE": SQLITE, "NAME": str(tmp_path / "db.sqlite3"), "OPTIONS": options}}
    )
    connections.settings["file"] = configured["file"]
    with django_db_blocker.unblock():
        with connections["file"].cursor() as cursor:
            cursor.execute("CREATE TABLE draft (id INTEGER PRIMARY KEY, body TEXT)")
        yield connections
        connections["file"].close()
    del connections.settings["file"]


def test_a_write_waits_for_another_transactions_write_instead_of_failing(sqlite_file):
    db = sqlite_file
    writing, failures = threading.Event(), []

    def photo_save():
        try:
            with transaction.atomic(using="file"):
                db["file"].cursor().execute("INSERT INTO draft (body) VALUES ('renditions')")
                writing.set()
                time.sleep(1)  # the renditions are being made
        except OperationalError as error:
            failures.append(f"photo save: {error}")
        finally:
            db["file"].close()

    photo = threading.Thread(target=photo_save)
    photo.start()
    assert writing.wait(5)
    started = time.monotonic()
    try:
        # The autosave, as its request runs: a transaction that reads, then writes.
        with transaction.atomic(using="file"):
            cursor = db["file"].cursor()
            cursor.execute("SELECT count(*) FROM draft")
            cursor.execute("INSERT INTO draft (body) VALUES ('autosave')")
    except OperationalError as error:
        failures.append(f"autosave: {error}")
    photo.join()
    assert failures == []
    assert time.monotonic() - started >= 0.5  # it waited for the photo's transaction to end
    with db["file"].cursor() as cursor:
        cursor.execute("SELECT body FROM draft ORDER BY id")
        assert [row[0] for row in cursor.fetchall()] == ["renditions", "autosave"]


@pytest.mark.parametrize("debug", [False, True], ids=["production", "development-server"])
def test_a_lock_that_times_out_is_a_503_with_retry_after(client, editor, settings, debug):
    """The development server runs with DEBUG on, where Django would show its 500 page."""
    settings.DEBUG = debug
    client.force_login(editor)
    article = factories.article(created_by=editor)
    url = reverse("admin:newsroom_article_autosave", args=[article.pk])
    client.raise_request_exception = False
    with mock.patch("newsroom.desk.autosave.autosave", side_effect=OperationalError("database is locked")):
        response = client.post(url, {"data": {"headline": "x"}}, content_type="application/json")
    assert response.status_code == 503
    assert response["Retry-After"] == str(settings.NEWSROOM_RETRY_AFTER)
    assert connection.vendor  # the connection is usable after the refused request
    assert client.get(reverse("admin:newsroom_article_change", args=[article.pk])).status_code == 200
