"""Statements prepared once per PostgreSQL session (newsroom/content/prepared.py): when the session has lost
them (a pooler's DISCARD ALL, a DEALLOCATE by anyone), the compiled queries, the public clock and the pages
that read through them still answer, prepared again, and never leave a transaction aborted.

Each test runs on a server session of its own, closed at its end: what it drops of the session's prepared
statements must not reach the tests after it (a DEALLOCATE ALL once broke 285 of them)."""

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from newsroom.content.compiled import Compiled, together
from newsroom.content.models import Actor, Article
from newsroom.content.public_clock import last_public_change
from tests import factories

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a prepared statement is PostgreSQL's")

CLOCK = "newsroom_last_public_change"


@pytest.fixture
def own_session(transactional_db):
    """The test's own server session, committed as it goes (DISCARD ALL runs outside a transaction only)."""
    connection.close()
    yield
    connection.close()


def prepared_names():
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements")
        return {name for (name,) in cursor.fetchall()}


def lose(how, name):
    """Take the session's statement `name` away as a pooler (every statement) or someone (this one) would."""
    with connection.cursor() as cursor:
        cursor.execute("DISCARD ALL" if how == "DISCARD ALL" else f"DEALLOCATE {name}")
    assert name not in prepared_names()


def lost_then_read(how, where, name, read):
    """`read()` once (preparing `name`), the statement lost, then `read()` again: in autocommit, or in a
    transaction that wrote first. Returns both answers, after checking that the write survived and the
    transaction was never aborted (each read was followed by another query in it)."""
    first = read()
    assert name in prepared_names()
    if where == "in autocommit":
        lose(how, name)
        again = read()
        Actor.objects.exists()  # the session answers
    else:
        if how == "DISCARD ALL":
            lose(how, name)  # between transactions, as a pooler does
        with transaction.atomic():
            Actor.objects.create(name="Written first", slug="written-first")
            if how == "DEALLOCATE":
                lose(how, name)  # inside the transaction
            again = read()
            assert Actor.objects.filter(slug="written-first").exists()  # not aborted, nothing rolled back
        assert not connection.needs_rollback
        assert Actor.objects.filter(slug="written-first").exists()  # committed
    assert name in prepared_names()  # prepared again
    return first, again


@pytest.mark.parametrize("where", ["in autocommit", "in a transaction"])
@pytest.mark.parametrize("how", ["DISCARD ALL", "DEALLOCATE"])
def test_a_compiled_query_answers_after_its_statement_was_lost(own_session, how, where):
    articles = [factories.article(), factories.article()]
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "slug"))
    ids = [article.pk for article in articles]
    query.rows(ids=ids)
    (compiled,) = query._compiled.values()
    first, again = lost_then_read(how, where, compiled.statement.name, lambda: query.rows(ids=ids))
    assert first == again == [(article.pk, article.slug) for article in articles]


@pytest.mark.parametrize("where", ["in autocommit", "in a transaction"])
@pytest.mark.parametrize("how", ["DISCARD ALL", "DEALLOCATE"])
def test_queries_run_together_answer_after_one_of_their_statements_was_lost(own_session, how, where):
    """Sent in one round trip (compiled.together): the session is asked which statements it holds, and
    the lost one is prepared again."""
    articles = [factories.article(), factories.article()]
    ids = [article.pk for article in articles]
    slugs = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "slug"))
    headlines = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("headline"))
    calls = [(slugs, {"ids": ids}), (headlines, {"ids": ids})]
    together(*calls)
    (lost,) = slugs._compiled.values()
    first, again = lost_then_read(how, where, lost.statement.name, lambda: together(*calls))
    assert (
        first
        == again
        == [
            [(article.pk, article.slug) for article in articles],
            [(article.headline,) for article in articles],
        ]
    )


@pytest.mark.parametrize("where", ["in autocommit", "in a transaction"])
@pytest.mark.parametrize("how", ["DISCARD ALL", "DEALLOCATE"])
def test_the_public_clock_answers_after_its_statement_was_lost(own_session, roles, publish, how, where):
    publish(factories.article())
    first, again = lost_then_read(how, where, CLOCK, last_public_change)
    assert first is not None and again == first


@pytest.mark.parametrize("how", ["DISCARD ALL", "DEALLOCATE"])
def test_a_page_answers_the_same_after_the_session_lost_its_statements(own_session, client, settings, how):
    """The page cache's clock is asked outside the request's transaction, the page's compiled queries
    inside it (ATOMIC_REQUESTS)."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    call_command("loaddata", "seed", verbosity=0)
    path = "/actors/nikol-pashinyan/"
    first = client.get(path)
    assert first.status_code == 200
    names = prepared_names()
    assert CLOCK in names and any(name.startswith("newsroom_compiled_") for name in names)
    with connection.cursor() as cursor:
        if how == "DISCARD ALL":
            cursor.execute("DISCARD ALL")
        else:
            for name in names:
                cursor.execute(f"DEALLOCATE {name}")
    assert not prepared_names()
    with CaptureQueriesContext(connection) as captured:
        again = client.get(path)
    assert again.status_code == 200 and again.content == first.content
    prepares = [q["sql"] for q in captured.captured_queries if "PREPARE " in q["sql"]]
    assert any(CLOCK in sql for sql in prepares) and any("newsroom_compiled_" in sql for sql in prepares)
