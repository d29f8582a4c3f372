"""Queries compiled once per process (newsroom.content.compiled): the rows values_list gives, for every
value of their arguments, from one build and one compilation per shape."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.content.compiled import Columns, Compiled, Contained, split, together
from newsroom.content.models import Article, Statement
from newsroom.content.querysets import citations_of_live_statements
from newsroom.content.states import Status
from tests import factories

pytestmark = pytest.mark.django_db


def published(item, **fields):
    now = timezone.now()
    fields = {"status": Status.PUBLISHED, "first_published_at": now, "last_published_at": now, **fields}
    type(item).objects.filter(pk=item.pk).update(**fields)
    return item


def counting(build):
    """`build`, and the number of times it was called."""
    calls = []

    def counted(**arguments):
        calls.append(arguments)
        return build(**arguments)

    return counted, calls


def test_rows_are_those_of_values_list_built_once_per_shape():
    statements = [factories.statement(made_on=datetime.date(2024, 1, day)) for day in (1, 2, 3)]
    pks = [s.pk for s in statements]
    build, calls = counting(
        lambda ids: Statement.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "made_on")
    )
    query = Compiled(build)
    for ids in (pks[:2], pks[1:], [pks[0], 10**9]):
        assert query.rows(ids=ids) == list(build(ids=ids))
    assert len([c for c in calls if c["ids"][0] < 0]) == 1  # one build with the stand-ins for two ids, then none
    query.rows(ids=pks)  # three ids: another shape, built once more
    assert len([c for c in calls if c["ids"][0] < 0]) == 2


def test_a_date_is_an_argument_as_a_moment_is():
    """Prepared on PostgreSQL with a date parameter, given as text on SQLite."""
    for day in (1, 2, 3):
        factories.statement(made_on=datetime.date(2024, 1, day))
    build = lambda day: Statement.objects.filter(made_on__lte=day).order_by("pk").values_list("pk", "made_on")  # noqa: E731
    query = Compiled(build)
    for day in (datetime.date(2024, 1, 2), datetime.date(2023, 12, 31), datetime.date(2024, 1, 3)):
        assert query.rows(day=day) == list(build(day=day))
    assert len(query.rows(day=datetime.date(2024, 1, 2))) == 2


def test_columns_named_build_an_instance_with_those_and_the_rest_deferred():
    """Given in any order, read in the model's (Model.from_db reads a part of the columns so)."""
    statement = factories.statement(made_on=datetime.date(2024, 1, 2), text="Words said.")
    columns = Columns(Statement, "", ("text", "id", "made_on"))
    query = Compiled(lambda ids: Statement.objects.filter(pk__in=ids).values_list(*columns.paths))
    (row,) = query.rows(ids=[statement.pk])
    built = columns.build(connection.alias, split(row, columns)[0])
    assert (built.pk, built.text, built.made_on) == (statement.pk, "Words said.", datetime.date(2024, 1, 2))
    assert built.get_deferred_fields() == {f.attname for f in Statement._meta.concrete_fields} - {
        "id",
        "text",
        "made_on",
    }
    with pytest.raises(ValueError, match="spoken"):
        Columns(Statement, "", ("id", "spoken"))


def test_rows_are_read_at_the_moment_given():
    """A statement scheduled for tomorrow is among the live ones tomorrow, not today (the moment is an argument)."""
    now = timezone.now()
    article = published(factories.article())
    today = published(factories.statement())
    tomorrow = published(factories.statement(), go_live_at=now + datetime.timedelta(days=1))
    for statement in (today, tomorrow):
        factories.citation(article, statement)
    query = Compiled(
        lambda ids, at: citations_of_live_statements(at).filter(article__in=ids).values_list("statement_id", flat=False)
    )
    assert query.rows(ids=[article.pk], at=now) == [(today.pk,)]
    later = now + datetime.timedelta(days=2)
    assert sorted(query.rows(ids=[article.pk], at=later)) == sorted([(today.pk,), (tomorrow.pk,)])


def test_an_id_and_a_list_given_twice_are_one_each():
    article = factories.article()
    query = Compiled(lambda ids, pk: Article.objects.filter(pk__in=ids).exclude(pk=pk).values_list("pk"))
    assert query.rows(ids=[article.pk, article.pk], pk=0) == [(article.pk,)]


def test_a_query_is_sent_and_counted_as_any_other():
    article = factories.article()
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"))
    query.rows(ids=[article.pk])
    with CaptureQueriesContext(connection) as sent:
        query.rows(ids=[article.pk])
    assert len(sent) == 1


def test_converted_as_the_orm_converts():
    """A date-time column comes back as the ORM gives it (SQLite keeps text; a converter makes it aware)."""
    article = published(factories.article())
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).values_list("first_published_at", "created_at"))
    assert query.rows(ids=[article.pk]) == list(
        Article.objects.filter(pk=article.pk).values_list("first_published_at", "created_at")
    )
    assert timezone.is_aware(query.rows(ids=[article.pk])[0][0])


def test_an_argument_the_orm_changes_is_refused():
    """A query whose SQL does not carry an argument as given cannot be run with other values."""
    query = Compiled(lambda pk: Article.objects.filter(pk=pk + 1).values_list("pk"))
    with pytest.raises(ValueError, match="changed an argument"):
        query.rows(pk=1)


@pytest.mark.parametrize("ids", [[], ["1"], "12"])
def test_ids_are_a_list_of_integers(ids):
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"))
    with pytest.raises((ValueError, TypeError)):
        query.rows(ids=ids)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares a compiled query once per session")
def test_on_postgresql_a_query_is_prepared_once_per_session_and_executed_after():
    first, second = factories.article(), factories.article()
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "slug"))
    with CaptureQueriesContext(connection) as sent:
        assert query.rows(ids=[first.pk]) == [(first.pk, first.slug)]
        assert query.rows(ids=[second.pk]) == [(second.pk, second.slug)]
    assert sent[0]["sql"].startswith("PREPARE newsroom_compiled_") and "; EXECUTE newsroom_compiled_" in sent[0]["sql"]
    # (between a savepoint and its release, in the test's transaction: newsroom.content.prepared)
    assert "EXECUTE newsroom_compiled_" in sent[1]["sql"] and "PREPARE" not in sent[1]["sql"]
    assert "newsroom_article" in sent[1]["sql"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares a compiled query once per session")
def test_on_postgresql_a_prepare_that_failed_is_not_taken_for_done():
    """A query first used in a transaction already aborted fails, PREPARE and all; on the same session later
    it answers (the EXECUTE that finds no statement prepares it, without aborting the transaction)."""
    from django.db import DatabaseError, transaction

    article = factories.article()
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"))
    with transaction.atomic():
        with pytest.raises(DatabaseError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1/0")
            query.rows(ids=[article.pk])  # not reached
        with pytest.raises(DatabaseError), transaction.atomic():
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1/0")
            except DatabaseError:
                pass
            query.rows(ids=[article.pk])  # the transaction is aborted: PREPARE and EXECUTE fail together
    assert query.rows(ids=[article.pk]) == [(article.pk,)]
    assert query.rows(ids=[article.pk]) == [(article.pk,)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL prepares a compiled query once per session")
def test_on_postgresql_preparing_can_be_turned_off_for_a_pooler(settings):
    settings.NEWSROOM_PREPARED_QUERIES = False
    article = factories.article()
    query = Compiled(lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"))
    with CaptureQueriesContext(connection) as sent:
        assert query.rows(ids=[article.pk]) == [(article.pk,)]
    assert not any("PREPARE" in q["sql"] or "EXECUTE" in q["sql"] for q in sent.captured_queries)


@pytest.mark.parametrize("first_use", [True, False], ids=["prepared in the same round trip", "prepared before"])
def test_queries_run_together_answer_as_each_alone_in_one_round_trip_on_postgresql(first_use):
    articles = [published(factories.article()) for _ in range(3)]
    ids = [article.pk for article in articles]
    slugs = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "slug"))
    live = Compiled(lambda ids, at: Article.objects.live(at).filter(pk__in=ids).values_list("first_published_at"))
    calls = [(slugs, {"ids": ids}), (live, {"ids": ids[:2], "at": timezone.now()})]
    alone = [slugs.rows(ids=ids), live.rows(ids=ids[:2], at=calls[1][1]["at"])]
    if first_use:
        slugs, live = Compiled(slugs.build), Compiled(live.build)
        calls = [(slugs, calls[0][1]), (live, calls[1][1])]
    with CaptureQueriesContext(connection) as sent:
        assert together(*calls) == alone
    assert timezone.is_aware(alone[1][0][0])  # converted as rows() converts
    assert len(sent) == (1 if connection.vendor == "postgresql" else 2)


def test_the_same_query_run_twice_together_is_prepared_once():
    """Two kinds' relations of as many ids are the same compiled query: on a session that has not prepared it,
    it is prepared once in the round trip, then executed twice."""
    articles = [published(factories.article()) for _ in range(4)]
    ids = [article.pk for article in articles]
    slugs = Compiled(lambda ids: Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "slug"))
    with CaptureQueriesContext(connection) as sent:
        found = together((slugs, {"ids": ids[:2]}), (slugs, {"ids": ids[2:]}))
    assert found == [slugs.rows(ids=ids[:2]), slugs.rows(ids=ids[2:])]
    assert len(sent) == (1 if connection.vendor == "postgresql" else 2)


@pytest.mark.django_db
def test_every_compiled_query_is_forgotten_after_a_migrate_whose_content_type_ids_it_may_hold():
    """A tag's filter holds its model's content type id as a constant; a flush and migrate (the browser
    tests' transactional ones) makes content types anew with other ids, and a query compiled before found
    no tagged item after it (the tag pages of the browser tests were empty)."""
    from django.apps import apps
    from django.db.models.signals import post_migrate
    from taggit.models import Tag

    from newsroom.reading import stream

    tag = Tag.objects.create(name="Talks")
    query = stream._side_query(Article, stream.tagged, "article", None, False, 5)
    query.rows(at=timezone.now(), tags=[tag.pk])
    assert query._compiled
    newsroom = apps.get_app_config("newsroom")
    post_migrate.send(sender=newsroom, app_config=newsroom, verbosity=0, interactive=False, using="default", apps=apps)
    assert not query._compiled


@pytest.mark.parametrize("word", ["ceasefire", "50%", "a_b", "back\\slash", "Mixed Case"])
def test_a_text_looked_for_inside_a_column_is_the_orms_pattern(word):
    """A Contained argument reaches the SQL as `icontains` makes its LIKE pattern (escaped, between wildcards),
    so the rows are the ORM's for any text, its wildcards read as plain characters."""
    headlines = ["A ceasefire", "50% of them", "5000 of them", "a_b here", "axb there", "back\\slash", "mixed case"]
    for headline in headlines:
        factories.article(headline=headline)
    build = lambda word: Article.objects.filter(headline__icontains=word).order_by("pk").values_list("headline")  # noqa: E731
    query = Compiled(build)
    assert query.rows(word=Contained(word)) == list(build(word=word))
    assert len(query.rows(word=Contained(word))) == 1
    both = Compiled(lambda word: Article.objects.filter(headline__icontains=word, slug=word).values_list("pk"))
    article = factories.article(headline=f"say {word}!", slug="plain-slug")
    assert both.rows(word=Contained("plain-slug")) == []  # the text itself where it is used as it is
    assert both.rows(word=Contained(word)) == []
    Article.objects.filter(pk=article.pk).update(headline="x plain-slug x")
    assert both.rows(word=Contained("plain-slug")) == [(article.pk,)]
