"""Ingest in a real browser: a reporter pastes a seed report, reviews the quotations, creates the draft."""

from pathlib import Path

from newsroom.content.models import Article, Statement
from newsroom.content.states import Status
from tests import factories
from tests.browser.conftest import run_axe, screenshot
from tests.browser.test_admin_workflow import log_in

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "seed-texts"


def test_a_reporter_ingests_reviews_and_creates_a_draft(live_server, seeded, roles, browser):
    reporter = factories.user("Reporter")
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    log_in(page, live_server, reporter)
    page.get_by_role("link", name="Ingest copy").first.click()
    page.fill("#id_copy", (TEXTS / "000_df6807e0e8078fea.txt").read_text(encoding="utf-8"))
    with page.expect_navigation():
        page.click("input[name=analyse]")
    assert page.locator("mark.nr-quote").count() >= 16
    body = page.locator(".nr-ingest-quotes").inner_text()
    assert "Maria Zakharova, existing actor, found by name" in body
    assert "Matches statement" in body
    page.locator("#quotation-4").scroll_into_view_if_needed()
    page.screenshot(
        path=str(screenshot(page, "admin-ingest-review-1280").with_name("admin-ingest-review-viewport.png"))
    )
    assert run_axe(page) == []
    page.locator("input[name=q1-decision][value=reject]").check()
    with page.expect_navigation():
        page.click("input[name=create]")
    assert "Draft article created" in page.locator(".messagelist").inner_text()
    article = Article.objects.exclude(status=Status.PUBLISHED).get()
    assert article.created_by == reporter and article.status == Status.DRAFT
    mfa = Statement.objects.get(actor__slug="artsakh-mfa")
    assert article.citations.filter(statement=mfa).exists()  # linked, not duplicated
    context.close()
