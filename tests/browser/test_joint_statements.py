"""A joint statement and an unnamed source's statement as readers see them, in Chromium with axe."""

from datetime import date

import pytest

from newsroom.content.models import Actor, StatementSpeaker
from newsroom.editorial import workflow
from tests import factories
from tests.browser.conftest import DESKTOP, PHONE, run_axe, screenshot


@pytest.fixture
def statements(roles, editor):
    committee = factories.actor(name="Red Crescent Committee", slug="red-crescent", kind=Actor.Kind.OTHER)
    network = factories.actor(name="Caucasus Aid Network", slug="aid-network", kind=Actor.Kind.OTHER)
    joint = factories.statement(actor=committee, text="The convoys must be allowed through without delay.")
    StatementSpeaker.objects.create(statement=joint, actor=network, order=2)
    government = factories.actor(name="Government of Ardania", slug="ardania", kind=Actor.Kind.GOVERNMENT)
    official = factories.actor(name="a senior official", slug="official", unnamed=True, affiliation=government)
    unnamed = factories.statement(
        actor=official, text="It will be signed next week.", made_on=date(2026, 11, 28), made_on_basis="report"
    )
    for statement in (joint, unnamed):
        workflow.transition(item=statement, user=editor, name="publish")
    return joint, unnamed


@pytest.mark.parametrize("viewport_name, viewport", [("375", PHONE), ("1280", DESKTOP)])
def test_joint_and_unnamed_statements_read_well(live_server, statements, browser, viewport_name, viewport):
    joint, unnamed = statements
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + joint.get_absolute_url())
    assert page.locator("h1").inner_text() == "Red Crescent Committee and Caucasus Aid Network"
    assert run_axe(page) == []
    screenshot(page, f"joint-statement-{viewport_name}")
    page.goto(live_server.url + unnamed.get_absolute_url())
    assert page.locator("h1").inner_text() == "A senior official of the Government of Ardania, unnamed"
    assert "(date of the report)" in page.locator(".statement-head .meta").inner_text()
    assert run_axe(page) == []
    page.goto(live_server.url + "/actors/aid-network/")
    assert "The convoys must be allowed through" in page.locator("main").inner_text()
    assert run_axe(page) == []
    context.close()
