"""The links between statements ingest proposes, in a real browser: an editor reviews copy that says
one statement denies another, finds the link proposed with its reason, accepts the one ingest was not
sure of, and creates the draft; the page passes axe."""

from datetime import date

from newsroom.claims.models import StatementLink
from newsroom.content.models import ActorAlias
from tests import factories
from tests.browser.conftest import run_axe, screenshot
from tests.browser.test_admin_workflow import log_in
from tests.browser.test_ingest_review import open_review
from tests.test_ingest_link_review import COPY, WORDS


def test_an_editor_accepts_the_links_the_copy_states(live_server, roles, browser):
    ministry = factories.actor(name="Ministry of Foreign Affairs of Ostravia", slug="ostravia-mfa", kind="ministry")
    ActorAlias.objects.create(actor=ministry, name="Ostravia's Foreign Ministry")
    held = factories.statement(actor=ministry, text=WORDS, made_on=date(2026, 6, 10))
    editor = factories.user("Editor")
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    log_in(page, live_server, editor)
    open_review(page, live_server, COPY, "2026-06-12")
    links = page.locator(".nr-ingest-links")
    assert "after ‘dismissed claims by Ostravia's Foreign Ministry’" in links.inner_text()
    assert page.locator("input[name=l1-decision][value=accept]").is_checked()
    assert not page.locator("input[name=l2-decision][value=accept]").is_checked()  # a guess: nothing chosen
    links.scroll_into_view_if_needed()
    screenshot(page, "admin-ingest-links-1280", full_page=False)
    assert run_axe(page) == []
    page.locator("input[name=l2-decision][value=accept]").check()
    with page.expect_navigation():
        page.click("input[name=create]")
    assert "2 draft links between statements" in page.locator(".messagelist").inner_text()
    assert StatementLink.objects.filter(to_statement=held, kind="denies").count() == 1
    assert StatementLink.objects.count() == 2
    context.close()
