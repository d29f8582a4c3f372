from importlib import import_module

import pytest

from newsroom import workflow
from tests import factories


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


@pytest.fixture(autouse=True)
def empty_cache():
    """Throttle counters live in the cache: every test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def roles(transactional_db):
    """The Reporter and Editor groups, for transactional tests: an earlier one's flush emptied the
    tables the data migrations filled. Made by the migrations' own code."""
    from django.apps import apps

    import_module("newsroom.migrations.0002_roles").create_roles(apps, None)
    import_module("newsroom.migrations.0004_correction_permissions").grant(apps, None)
    import_module("newsroom.migrations.0008_hardinput_reference_permissions").grant(apps, None)


@pytest.fixture
def trio(editor):
    """A draft, a published and an unpublished article and statement, sharing a tag, speaker and source."""
    speaker = factories.actor(name="Peter Stano", slug="peter-stano")
    outlet = factories.source(name="Interfax", slug="interfax")
    items = {}
    for state in ["draft", "published", "unpublished"]:
        statement = factories.statement(actor=speaker, source=outlet, text=f"Words {state}.", tags=["EU"])
        article = factories.article(headline=f"Report {state}", slug=f"report-{state}", publisher=outlet, tags=["EU"])
        article.actors.add(speaker)
        if state != "draft":
            workflow.statement_publish(statement=statement, user=editor)
            factories.citation(article, statement, wording=f"Wording {state}.")
            workflow.article_publish(article=article, user=editor)
        if state == "unpublished":
            workflow.statement_unpublish(statement=statement, user=editor, note="pulled")
            workflow.article_unpublish(article=article, user=editor, note="pulled")
        items[state] = (article, statement)
    return items
