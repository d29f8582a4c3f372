"""Data safety: the workflow log and the revisions are append-only in the database itself (finding
13), and a dump of the database restores to an equal one."""

import pytest
from django.db import IntegrityError, connection, transaction

from newsroom.content.models import Article, Statement
from newsroom.editorial import workflow
from newsroom.editorial.models import WorkflowLogEntry
from tests import factories

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite keeps no DELETE trigger: its flush deletes every row"
)


@pytest.fixture
def logged(editor):
    article = factories.article(headline="Logged", created_by=editor)
    workflow.transition(item=article, user=editor, name="submit")
    workflow.transition(item=article, user=editor, name="publish")
    factories.statement(text="Kept words.")
    return article


def refused(action):
    with pytest.raises(IntegrityError, match="append-only"), transaction.atomic():
        action()


def test_the_log_cannot_be_rewritten_through_the_orm(logged):
    refused(lambda: WorkflowLogEntry.objects.update(note="Nothing happened"))
    refused(lambda: WorkflowLogEntry.objects.filter(article=logged).update(user=None))
    assert set(WorkflowLogEntry.objects.values_list("transition", flat=True)) == {"submit", "publish"}


def test_revisions_cannot_be_rewritten_through_the_orm(logged):
    refused(lambda: Article.history.update(headline="Never said"))
    refused(lambda: Statement.history.update(text="Never said"))
    assert set(Article.history.values_list("headline", flat=True)) == {"Logged"}
    assert set(Statement.history.values_list("text", flat=True)) == {"Kept words."}


def test_nor_with_raw_sql(logged):
    for table in ("newsroom_workflowlogentry", "newsroom_historicalarticle"):
        with pytest.raises(IntegrityError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET id = id")


@on_postgresql
def test_the_log_and_revisions_cannot_be_deleted(logged):
    refused(lambda: WorkflowLogEntry.objects.all().delete())
    refused(lambda: Article.history.all().delete())
    refused(lambda: Statement.history.all().delete())
    assert WorkflowLogEntry.objects.count() == 2 and Article.history.count() == 3 and Statement.history.count() == 1


def test_adding_to_them_still_works(logged, editor):
    workflow.transition(item=logged, user=editor, name="unpublish", note="Checking a figure")
    assert WorkflowLogEntry.objects.count() == 3 and Article.history.count() == 4


def test_deleting_a_draft_keeps_its_revisions(client, reporter):
    article = factories.article(created_by=reporter, headline="Abandoned")
    client.force_login(reporter)
    assert client.post(f"/admin/newsroom/article/{article.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert list(Article.history.filter(id=article.pk).values_list("history_type", flat=True)) == ["-", "+"]


def table_fingerprints():
    """{table: (row count, sha256 of its rows in a fixed order)} for every table Django manages.

    The rows of a many-to-many table Django makes by itself (a group's permissions) are compared
    without their own id: a dump holds the pairs, and a restore numbers them afresh."""
    import hashlib

    from django.apps import apps

    pairs_only = {
        field.remote_field.through._meta.db_table
        for model in apps.get_models()
        for field in model._meta.local_many_to_many
        if field.remote_field.through._meta.auto_created
    }
    fingerprints = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(only_existing=True, include_views=False):
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            if table in pairs_only:
                columns.remove("id")
            listed = ", ".join(connection.ops.quote_name(c) for c in columns)
            cursor.execute(f"SELECT {listed} FROM {connection.ops.quote_name(table)} ORDER BY {listed}")
            rows = cursor.fetchall()
            digest = hashlib.sha256("\n".join(repr(row) for row in rows).encode()).hexdigest()
            fingerprints[table] = (len(rows), digest)
    return fingerprints


def test_a_dump_restores_every_table_row_for_row(roles, client, editor, tmp_path):
    """dumpdata, an emptied database, loaddata: every table has the same rows, value for value.

    XML, because Django's JSON encoder cuts datetimes to milliseconds: a JSON dump loses the
    microseconds of every timestamp (and with them the order of revisions saved in one millisecond).
    Transactional: PostgreSQL cannot TRUNCATE (flush) inside the test's transaction."""
    from django.core.management import call_command

    from newsroom.content.models import Correction

    call_command("loaddata", "seed", verbosity=0)
    call_command("populate_history", "--auto", verbosity=0)
    statement = factories.statement(text="Words with “quotes”, <markup> & 🇦🇲.", tags=["🇦🇲", "Армения"])
    workflow.transition(item=statement, user=editor, name="publish")
    Correction.objects.create(statement=statement, text="A date was wrong.", created_by=editor)
    workflow.transition(item=statement, user=editor, name="unpublish", note="Checking")
    client.force_login(editor)  # a session row, too
    from newsroom.editorial.previews import preview_link_create

    preview_link_create(item=statement, user=editor, hours=48)

    before = table_fingerprints()
    assert before["newsroom_workflowlogentry"][0] == 2 and before["newsroom_historicalarticle"][0] >= 3
    assert before["django_session"][0] == 1 and before["newsroom_previewlink"][0] == 1

    dump = tmp_path / "dump.xml"
    call_command("dumpdata", format="xml", output=str(dump), verbosity=0)
    # An empty database, without the content types and permissions migrate would make again.
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    assert all(count == 0 for count, _ in table_fingerprints().values())
    call_command("loaddata", str(dump), verbosity=0)

    assert table_fingerprints() == before
    # And the restored site works, sequences included: new rows get new ids.
    client.logout()
    assert client.get(statement.get_absolute_url()).status_code == 404  # unpublished
    assert factories.statement().pk > statement.pk


def test_deleting_an_account_takes_its_name_off_its_revisions_and_nothing_else(client, superuser):
    from django.contrib.auth import get_user_model

    writer = factories.user("Reporter")
    article = factories.article(created_by=writer, headline="Kept")
    client.force_login(writer)
    url = f"/admin/newsroom/article/{article.pk}/change/"
    from tests.adminforms import admin_form

    assert client.post(url, admin_form(client, url, headline="Kept, edited")).status_code == 302
    assert Article.history.filter(id=article.pk, history_user=writer).count() == 1
    client.force_login(superuser)
    response = client.post(f"/admin/auth/user/{writer.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not get_user_model().objects.filter(pk=writer.pk).exists()
    assert list(Article.history.filter(id=article.pk).values_list("headline", "history_user")) == [
        ("Kept, edited", None),
        ("Kept", None),
    ]
    # Naming someone else as the author is still a rewrite.
    refused(lambda: Article.history.filter(id=article.pk).update(history_user=superuser))


@pytest.fixture
def claims_logged(editor):
    """A published link, incident and fact-check: each with its revisions and log."""
    a, b = factories.statement(), factories.statement()
    for statement in (a, b):
        workflow.transition(item=statement, user=editor, name="publish")
    items = [factories.link(b, a, "denies", note="As printed."), factories.incident(), factories.fact_check(a)]
    for item in items:
        workflow.transition(item=item, user=editor, name="publish")
    return items


def test_the_revisions_and_log_of_links_incidents_and_fact_checks_are_append_only(claims_logged):
    """Migration 0019 gives their revision tables the triggers of migration 0014, and keeps the log's
    (SQLite rebuilt the log's table to change its check constraint)."""
    link, incident, fact_check = claims_logged
    refused(lambda: type(link).history.update(note="Never said"))
    refused(lambda: type(incident).history.update(title="Never happened"))
    refused(lambda: type(fact_check).history.update(reasoning="Never checked"))
    refused(lambda: WorkflowLogEntry.objects.filter(factcheck=fact_check).update(note="Backdated"))
    for table in ("newsroom_historicalstatementlink", "newsroom_historicalincident", "newsroom_historicalfactcheck"):
        with pytest.raises(IntegrityError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET id = id")


def test_a_log_entry_names_exactly_one_item(claims_logged, editor):
    link, incident, _ = claims_logged
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkflowLogEntry.objects.create(
            statementlink=link, incident=incident, transition="publish", from_status="draft", to_status="published"
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkflowLogEntry.objects.create(transition="publish", from_status="draft", to_status="published")
