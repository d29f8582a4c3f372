"""Data safety: the workflow log and the revisions are append-only in the database itself (finding
13), and a dump of the database restores to an equal one."""

import pytest
from django.db import IntegrityError, connection, transaction

from newsroom import workflow
from newsroom.models import Article, Statement, WorkflowLogEntry
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
