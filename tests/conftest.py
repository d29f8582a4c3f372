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
