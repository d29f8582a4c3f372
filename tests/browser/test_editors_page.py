"""The editor's change page in Chromium: the publish button offers only what can succeed (or says
why before anyone presses), the return note has room, and on a 390 px phone the inline tables keep
every column on the screen."""

import re

import pytest

from newsroom.content.models import Article
from newsroom.desk.models import AutosavedDraft
from newsroom.editorial import workflow
from tests import factories
from tests.browser.conftest import screenshot
from tests.browser.test_admin_workflow import log_in

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 1000}


@pytest.fixture
def people(live_server, roles):
    return factories.user("Reporter", first_name="Rita"), factories.user("Editor", first_name="Edgar")


def submitted_article(reporter, *, statement_status="draft", editor=None):
    """An article in review citing a statement in `statement_status`."""
    article = factories.article(created_by=reporter, headline="Talks resume in Brussels")
    statement = factories.statement(created_by=reporter, text="We are ready to sign a peace treaty this year.")
    factories.citation(article, statement)
    if statement_status == "unpublished":
        workflow.transition(item=statement, user=editor, name="publish")
        workflow.transition(item=statement, user=editor, name="unpublish", note="Sourcing in doubt.")
    workflow.transition(item=article, user=reporter, name="submit")
    return article


def open_change_page(browser, live_server, user, article, viewport=WIDE):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    log_in(page, live_server, user)
    page.goto(live_server.url + f"/admin/newsroom/article/{article.pk}/change/")
    return context, page


def test_publish_is_offered_only_with_the_statements_it_needs(live_server, people, browser):
    """A plain Publish could not succeed while a cited statement is a draft: pressing it saved the form
    and showed a five-line red block. Now only the step that succeeds is offered, with the reason."""
    reporter, editor = people
    article = submitted_article(reporter)
    context, page = open_change_page(browser, live_server, editor, article)
    steps = page.locator(".nr-transitions")
    assert steps.get_by_role("button", name="Publish", exact=True).count() == 0
    assert "Readers cannot see 1 statement it cites" in steps.inner_text()
    together = steps.get_by_role("button", name="Publish with this statement")
    assert together.is_visible()
    screenshot(page, "admin-publish-with-statements-1280")
    together.click()
    assert "is now published, with 1 cited statement" in page.locator(".messagelist").inner_text()
    assert page.locator(".errornote, .messagelist .error").count() == 0
    article.refresh_from_db()
    assert article.status == "published"
    context.close()


def test_when_nothing_can_publish_it_the_page_says_why_before_the_press(live_server, people, browser):
    reporter, editor = people
    article = submitted_article(reporter, statement_status="unpublished", editor=editor)
    context, page = open_change_page(browser, live_server, editor, article)
    steps = page.locator(".nr-transitions")
    assert steps.get_by_role("button", name="Publish", exact=True).count() == 0
    assert steps.get_by_role("button", name="Publish with this statement").count() == 0
    reason = steps.locator(".nr-transition-reason")
    assert reason.is_visible()
    assert "We are ready to sign a peace treaty" in reason.inner_text()
    assert "unpublished" in reason.inner_text()
    # What can succeed is still offered.
    assert steps.get_by_role("button", name="Return to reporter").is_visible()
    screenshot(page, "admin-publish-refused-reason-1280")
    context.close()


def test_the_return_note_has_room_to_say_what_needs_to_change(live_server, people, browser):
    reporter, editor = people
    article = factories.article(created_by=reporter)
    workflow.transition(item=article, user=reporter, name="submit")
    context, page = open_change_page(browser, live_server, editor, article)
    note = page.get_by_label("What needs to change")
    box = note.bounding_box()
    assert box["width"] >= 500, f"the note is {box['width']:.0f}px wide"
    assert box["height"] >= 70, f"the note is {box['height']:.0f}px high"
    note.fill("The second paragraph needs a source.")
    page.get_by_role("button", name="Return to reporter").click()
    assert "is now draft" in page.locator(".messagelist").inner_text()
    assert Article.objects.get(pk=article.pk).status == "draft"
    context.close()


def test_on_a_phone_the_inline_tables_keep_every_column(live_server, people, browser):
    """At 390 px "Actors mentioned" lost its Delete column past the screen's edge, the history its By and Note."""
    reporter, editor = people
    article = factories.article(created_by=reporter)
    for name in ["Ministry of Foreign Affairs of the Russian Federation", "Nikol Pashinyan"]:
        article.actors.add(factories.actor(name=name))
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(
        item=article, user=editor, name="return", note="Please name the ministry's spokeswoman and the date."
    )
    context, page = open_change_page(browser, live_server, editor, article, viewport=PHONE)
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing scrolls sideways

    def on_screen(locator):
        locator.scroll_into_view_if_needed()
        box = locator.bounding_box()
        return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width

    delete = page.get_by_label("Delete (actor mentioned 2)")
    assert on_screen(delete)
    # Clickable where it is (trial: a real change would start an autosave as the test ends).
    delete.check(trial=True)
    log = page.locator("#log-group")
    assert on_screen(log.get_by_text("Please name the ministry's spokeswoman and the date."))
    assert on_screen(log.get_by_text("Edgar", exact=True).first)
    # Each value under its column's name.
    by = log.locator("td.field-by").first
    assert by.evaluate("td => getComputedStyle(td, '::before').content") == '"By"'
    screenshot(page, "admin-inlines-phone-390")
    context.close()


def test_an_autosave_the_server_could_not_keep_is_tried_again_quietly(live_server, people, browser):
    """The autosave that met SQLite's lock during a photo save failed, and the page only said so.
    Now a busy server (503, as the lock answers) or a lost connection is retried by itself."""
    reporter, _ = people
    article = factories.article(created_by=reporter)
    context, page = open_change_page(browser, live_server, reporter, article)
    answers = []

    def busy_once(route):
        answers.append(route.request.url)
        if len(answers) == 1:
            route.fulfill(status=503, headers={"Retry-After": "5"}, json={"detail": "Busy."})
        else:
            route.continue_()

    page.route("**/autosave/", busy_once)
    page.fill("#id_headline", "Talks resume in Brussels, officials say")
    status = page.locator("[data-autosave-status]")
    status.filter(has_text="trying again").wait_for(timeout=10000)
    assert "save them" not in status.inner_text()
    # No key pressed since: the retry keeps it.
    status.filter(has_text=re.compile("^Kept automatically at")).wait_for(timeout=15000)
    assert len(answers) == 2, (answers, status.inner_text())
    kept = AutosavedDraft.objects.get(object_id=article.pk)
    assert kept.data["headline"] == "Talks resume in Brussels, officials say"
    context.close()
