import datetime
from importlib import import_module

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from newsroom.editorial import workflow
from tests import factories


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """The test database on SQLite is in memory, shared by the test and the live server's thread
    through SQLite's shared cache, whose table locks fail at once instead of waiting: the IMMEDIATE
    transactions the site's SQLite takes (config/settings.py) would only make the two collide there.
    tests/test_sqlite_locks.py tests those options on a database file, as the site runs them."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    database["OPTIONS"] = {k: v for k, v in database.get("OPTIONS", {}).items() if k != "transaction_mode"}


@pytest.fixture(scope="session")
def live_server(live_server):
    """pytest-django's live server, answering one request at a time when the tests run on SQLite.

    The test database is then in memory, shared by the server's threads through SQLite's shared
    cache, whose table locks fail at once instead of waiting (see django_db_modify_db_settings): two
    requests at once, such as an autosave still on its way when the form is saved, failed with
    "database table is locked" or broke each other's savepoints, and a browser test met a 500. A
    database file, as the site runs on, waits for its lock instead; here the server answers in turn."""
    from django.db import connection

    if connection.vendor == "sqlite":
        server = live_server.thread.httpd
        application = server.get_app()
        if not getattr(application, "one_at_a_time", False):
            server.set_app(_one_at_a_time(application))
    return live_server


def _one_at_a_time(application):
    import threading

    lock = threading.Lock()

    def answer(environ, start_response):
        with lock:
            response = application(environ, start_response)
            try:
                return list(response)  # a streamed body may still read the database
            finally:
                if hasattr(response, "close"):
                    response.close()

    answer.one_at_a_time = True
    return answer


@pytest.fixture
def reporter(db):
    return factories.user("Reporter")


@pytest.fixture
def other_reporter(db):
    return factories.user("Reporter")


@pytest.fixture
def editor(db):
    return factories.user("Editor")


@pytest.fixture
def superuser(db):
    return factories.user("superuser")


@pytest.fixture
def make_published():
    """Publish an item through the workflow, as a real editor would."""

    def publish(item):
        return workflow.transition(item=item, user=factories.user("Editor"), name="publish")

    return publish


@pytest.fixture
def publish(editor):
    """Publish items through the workflow as the test's editor; returns them."""

    def publish(*items):
        for item in items:
            workflow.transition(item=item, user=editor, name="publish")
        return items

    return publish


@pytest.fixture(autouse=True)
def empty_cache():
    """Throttle counters live in the cache: every test starts with none (nor with the tag counts
    a process keeps beside it)."""
    from django.core.cache import cache

    from newsroom.content.tag_counts import forget_read_counts

    cache.clear()
    forget_read_counts()
    yield
    cache.clear()
    forget_read_counts()


@pytest.fixture
def roles(transactional_db):
    """The Reporter and Editor groups (and the fact-checks' rating scale), for transactional tests: an
    earlier one's flush emptied the tables the data migrations filled. Made by the migrations' own code."""
    from django.apps import apps

    import_module("newsroom.migrations.0002_roles").create_roles(apps, None)
    import_module("newsroom.migrations.0004_correction_permissions").grant(apps, None)
    import_module("newsroom.migrations.0010_reader_photos").grant(apps, None)
    import_module("newsroom.migrations.0013_hardinput_reference_permissions").grant(apps, None)
    claims = import_module("newsroom.migrations.0019_claims")
    claims.grant(apps, None)
    claims.rating_scale(apps, None)
    import_module("newsroom.migrations.0022_live_coverage").grant(apps, None)


# Every state an item can be in; only "live" may reach a reader.
STATES = ["draft", "in_review", "scheduled", "live", "expired", "unpublished"]
NOT_LIVE = [state for state in STATES if state != "live"]


@pytest.fixture
def states(editor):
    """An article and a statement in each of the six states, as (article, statement) by state.

    All share a speaker (Peter Stano), a source (Interfax) and a tag (EU), so filters find them
    together; each also has markers of its own, so a list of actors, sources or tags that leaked
    a non-live item would show it: the article mentions "Witness <state>" (and Peter Stano) and draws on
    "Outlet <state>", and both carry the tag "Only <state>". Items that are published cite their
    statement in "Wording <state>." (`<state>` is the key: "in_review", not "in review".)
    """
    speaker = factories.actor(name="Peter Stano", slug="peter-stano")
    outlet = factories.source(name="Interfax", slug="interfax")
    now = timezone.now()
    items = {}
    for state in STATES:
        label = state
        tags = ["EU", f"Only {label}"]
        statement = factories.statement(actor=speaker, source=outlet, text=f"Words {label}.", tags=tags)
        article = factories.article(headline=f"Report {label}", slug=f"report-{state}", publisher=outlet, tags=tags)
        article.actors.add(speaker, factories.actor(name=f"Witness {label}", slug=f"witness-{state}"))
        article.sources.add(factories.source(name=f"Outlet {label}", slug=f"outlet-{state}"))
        if state == "in_review":
            workflow.transition(item=statement, user=editor, name="submit")
            workflow.transition(item=article, user=editor, name="submit")
        elif state == "scheduled":
            go_live = now + datetime.timedelta(days=1)
            workflow.transition(item=statement, user=editor, go_live_at=go_live, name="publish")
            factories.citation(article, statement, wording=f"Wording {label}.")
            workflow.transition(item=article, user=editor, go_live_at=go_live, name="publish")
        elif state == "expired":
            with time_machine.travel(now - datetime.timedelta(days=2), tick=False):
                expiry = now - datetime.timedelta(days=1)
                workflow.transition(item=statement, user=editor, expires_at=expiry, name="publish")
                factories.citation(article, statement, wording=f"Wording {label}.")
                workflow.transition(item=article, user=editor, expires_at=expiry, name="publish")
        elif state in ("live", "unpublished"):
            workflow.transition(item=statement, user=editor, name="publish")
            factories.citation(article, statement, wording=f"Wording {label}.")
            workflow.transition(item=article, user=editor, name="publish")
        if state == "unpublished":
            workflow.transition(item=statement, user=editor, note="pulled", name="unpublish")
            workflow.transition(item=article, user=editor, note="pulled", name="unpublish")
        items[state] = (article, statement)
    return items


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded files and renditions in a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def photo(db, media_root):
    return factories.photo()


# The seed content is loaded once per session, not once per test. The tests that ask for it
# (`seed_content`) run first and together, inside one outer transaction that holds the seeds;
# each test's own transaction is a savepoint in it, rolled back as usual; after the last of
# them the outer transaction is rolled back too, so every other test starts from an empty database.
_seed_block = {}


def _uses_seed_block(item):
    names = getattr(item, "fixturenames", ())
    return "seed_content" in names and not {"transactional_db", "live_server"} & set(names)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: 0 if _uses_seed_block(item) else 1)  # stable: the rest keep their order


@pytest.fixture(scope="session")
def _seeds_loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
        call_command("loaddata", "seed", verbosity=0)
    _seed_block.update(block=block, blocker=django_db_blocker)
    yield
    _end_seed_block()


def _end_seed_block():
    block, blocker = _seed_block.pop("block", None), _seed_block.pop("blocker", None)
    if block is not None:
        with blocker.unblock():
            transaction.set_rollback(True)
            block.__exit__(None, None, None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if _uses_seed_block(item) and (nextitem is None or not _uses_seed_block(nextitem)):
        _end_seed_block()


@pytest.fixture
def seed_content(_seeds_loaded, db):
    """The three seed documents as the fixtures hold them, loaded once for every test that asks."""


@pytest.fixture
def api_under_schemathesis(db, settings):
    """Loads the API's OpenAPI schema into schemathesis, served in process over WSGI, with the seed
    content and the throttle out of the way: call it with schemathesis' config, if any."""
    import schemathesis
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    settings.NEWSROOM_API_ANON_RATE = "100000/minute"
    call_command("loaddata", "seed", verbosity=0)
    # As Django's test client does: a finished request must not close the test's database connection
    # (on PostgreSQL that would end the test transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    application = get_wsgi_application()

    def uncompressed(environ, start_response):
        # schemathesis sends requests' "Accept-Encoding: gzip" over WSGI, where nothing decodes the
        # answer; the API's compression is tested in tests/test_compression.py.
        environ.pop("HTTP_ACCEPT_ENCODING", None)
        return application(environ, start_response)

    def load(config=None):
        options = {} if config is None else {"config": config}
        return schemathesis.openapi.from_wsgi("/api/schema/?format=json", uncompressed, **options)

    yield load
    # A response schemathesis never closed sent no request_finished: what a request keeps for its
    # length (the public clock's moment) would outlive it into the next test on this thread.
    request_finished.send(sender=None)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def purges(settings):
    """The dry-run purge backend; `purges()` waits for the queue and returns the keys purged since."""
    from newsroom.edge import purge
    from newsroom.edge.backends import dry_run

    settings.NEWSROOM_PURGE = {"BACKEND": "newsroom.edge.backends.dry_run.DryRunBackend"}
    settings.NEWSROOM_PURGE_RETRY_DELAYS = (0.01, 0.01)
    dry_run.forget()

    def sent():
        assert purge.wait(10)
        keys = set().union(*(batch.keys for batch in dry_run.sent()))
        dry_run.forget()
        return keys

    yield sent
    purge.wait(10)
    dry_run.forget()


@pytest.fixture
def cache_away(monkeypatch):
    """The cache the reader pages keep their cards and story fragments in (newsroom.reading.cards) is away:
    every call to it raises."""
    from newsroom.reading import cards

    class Away:
        def __getattr__(self, name):
            def away(*args, **kwargs):
                raise ConnectionError("the cache is away")

            return away

    monkeypatch.setattr(cards, "cache", Away())


@pytest.fixture
def templates_rendered():
    """`templates_rendered(*names)`: a list that fills, for the rest of the test, with the name of each of those
    templates Django renders (a fragment kept per version renders once, then is read)."""
    from django.test.signals import template_rendered

    receivers = []

    def watch(*names):
        found = []

        def count(sender, template, **kwargs):
            if template.name in names:
                found.append(template.name)

        template_rendered.connect(count)
        receivers.append(count)
        return found

    yield watch
    for receiver in receivers:
        template_rendered.disconnect(receiver)
