"""A reporter's day and an editor's, in a real browser: write an article quoting a new
statement, with tags; preview it unsaved; submit; the editor assigns, comments and returns it;
the reporter's unsaved work survives a closed tab; resubmit; the editor publishes the article with
the statement it cites in one step. Screenshots of each stage are in test-artifacts/screenshots."""

import re

from django.urls import reverse

from newsroom.content.models import Article, Statement
from newsroom.content.states import Status
from tests import factories
from tests.browser.conftest import screenshot
from tests.browser.test_admin_workflow import log_in

BODY = "Residents of Stepanakert queued for bread.\n\n## Reactions\n\nThe ministry called it a provocation."


def choose(page, field_id, typed, option):
    """Pick `option` in the select2 box of `field_id`, searching with `typed`."""
    page.locator(f"#{field_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=option).first.click()


def wait_for_autosave(page):
    # Locator waits, not wait_for_function: the site's CSP refuses the eval that one needs.
    page.locator("[data-autosave-status]").filter(has_text="Kept").wait_for(timeout=15000)


def message(page):
    return page.locator(".messagelist").inner_text()


def test_a_reporter_and_an_editor_through_the_whole_day(live_server, seeded, roles, browser):
    reporter = factories.user("Reporter", first_name="Rita", last_name="Reporter")
    editor = factories.user("Editor", first_name="Edgar", last_name="Editor")
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    url = live_server.url

    # Morning: the reporter records a new statement, then writes the story quoting it.
    log_in(page, live_server, reporter)
    page.goto(url + reverse("admin:newsroom_statement_add"))
    choose(
        page,
        "id_actor",
        "Foreign Affairs of the Republic of Artsakh",
        "Ministry of Foreign Affairs of the Republic of Artsakh",
    )
    page.fill("#id_text", "We regard this as a deliberate provocation.")
    page.fill("#id_tags", "blockade")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was added successfully" in message(page)
    statement = Statement.objects.get(text="We regard this as a deliberate provocation.")

    page.goto(url + reverse("admin:newsroom_article_add"))
    page.fill("#id_headline", "Bread queues in Stepanakert")
    page.fill("#id_body", BODY)
    # Tags: existing ones are offered for what is typed after the last comma.
    page.locator("#id_tags").press_sequentially("blockade, Lach")
    page.locator("#id_tags-suggestions option").first.wait_for(state="attached")
    offered = page.eval_on_selector_all("#id_tags-suggestions option", "os => os.map(o => o.value)")
    assert offered == ["blockade, Lachin Corridor"]
    page.fill("#id_tags", offered[0] + ", bread")
    page.get_by_role("button", name="Add another Cited statement").click()
    choose(page, "id_citations-0-statement", "deliberate", "deliberate provocation")
    page.fill("#id_citations-0-wording", "We regard this as a deliberate provocation.")
    page.fill("#id_citations-0-order", "1")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert "was added successfully" in message(page)
    article = Article.objects.get(headline="Bread queues in Stepanakert")
    assert set(article.tags.names()) == {"blockade", "Lachin Corridor", "bread"}
    assert article.tags.get(name="Lachin Corridor").pk  # the existing tag, not a new one

    # Preview the unsaved change, at desktop and phone widths.
    page.fill("#id_headline", "Bread queues lengthen in Stepanakert")
    # The change is kept automatically within seconds. (Waiting for it keeps requests one at a
    # time: on SQLite the live server's threads share one database connection.)
    wait_for_autosave(page)
    page.get_by_role("button", name="Preview as readers will see it").click()
    preview = page.frame_locator("iframe[name=nr-preview-frame]")
    assert preview.locator("h1").inner_text() == "Bread queues lengthen in Stepanakert"
    assert "The ministry called it a provocation." in preview.locator("body").inner_text()
    assert preview.locator(".story-body h2").inner_text() == "Reactions"
    screenshot(page, "day-01-preview-desktop")
    page.get_by_role("button", name="Phone").click()
    assert page.locator("iframe[name=nr-preview-frame]").evaluate("f => f.getBoundingClientRect().width") == 375
    screenshot(page, "day-02-preview-phone")
    page.get_by_role("button", name="Close the preview").click()
    assert Article.objects.get(pk=article.pk).headline == "Bread queues in Stepanakert"  # the preview saved nothing

    # Submit: the unsaved headline is saved first, then submitted, with the draft statement cited.
    with page.expect_navigation():
        page.get_by_role("button", name="Submit for review").click()
    assert "is now in review" in message(page)
    assert Article.objects.get(pk=article.pk).headline == "Bread queues lengthen in Stepanakert"
    screenshot(page, "day-03-submitted")
    context.clear_cookies()

    # The editor finds it on the desk, takes it, asks for a source, and returns it.
    log_in(page, live_server, editor)
    assert "Bread queues lengthen in Stepanakert" in page.locator(".nr-desk").nth(1).inner_text()
    assert "Submit for review by Rita Reporter" in page.locator(".nr-changes").inner_text()
    page.goto(url + reverse("admin:newsroom_article_change", args=[article.pk]))
    page.select_option("#nr-assign-assigned_to", label="Edgar Editor")
    page.fill("#nr-assign-due_at", "2020-01-01T18:00")  # already overdue
    with page.expect_navigation():
        page.get_by_role("button", name="Assign").click()
    assert "Assigned" in message(page)
    page.fill("#nr-comment-text", "Who at the ministry said it, and where?")
    with page.expect_navigation():
        page.get_by_role("button", name="Comment", exact=True).click()
    page.goto(url + reverse("admin:index"))
    assert "Overdue" in page.locator(".nr-assigned").inner_text()
    screenshot(page, "day-04-editor-desk")
    page.goto(url + reverse("admin:newsroom_article_change", args=[article.pk]))
    page.fill("#nr-note-return", "Name the spokesperson and the briefing.")
    with page.expect_navigation():
        page.get_by_role("button", name="Return to reporter").click()
    assert "is now draft" in message(page)
    context.clear_cookies()

    # The reporter reads the note and the comment, starts the fix, and loses the tab.
    log_in(page, live_server, reporter)
    assert "Returned: Name the spokesperson" in page.locator(".nr-desk").nth(1).inner_text() + page.content()
    page.goto(url + reverse("admin:newsroom_article_change", args=[article.pk]))
    assert "Who at the ministry said it" in page.locator(".nr-comments").inner_text()
    page.fill("#id_dek", "Spokeswoman Anna Hakobyan spoke at the morning briefing.")
    wait_for_autosave(page)
    page.close()  # the tab is gone, nothing saved
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + reverse("admin:newsroom_article_change", args=[article.pk]))
    assert "You have changes that were not saved" in page.locator(".nr-autosave-offer").inner_text()
    screenshot(page, "day-05-autosave-offer")
    page.get_by_role("button", name="Restore them").click()
    assert page.input_value("#id_dek") == "Spokeswoman Anna Hakobyan spoke at the morning briefing."
    with page.expect_navigation():
        page.get_by_role("button", name="Submit for review").click()  # saves the restored text first
    assert "is now in review" in message(page)
    assert Article.objects.get(pk=article.pk).dek.startswith("Spokeswoman Anna Hakobyan")
    page.fill("#nr-comment-text", "Added: Anna Hakobyan, morning briefing.")
    with page.expect_navigation():
        page.get_by_role("button", name="Comment", exact=True).click()
    assert "Your comment was added" in message(page)
    context.clear_cookies()

    # The editor publishes the article with the statement it cites, in one step.
    log_in(page, live_server, editor)
    page.goto(url + reverse("admin:newsroom_article_change", args=[article.pk]))
    assert "Readers cannot see 1 statement it cites" in page.locator(".nr-publish-with").inner_text()
    screenshot(page, "day-06-publish-with-statements")
    with page.expect_navigation():
        page.get_by_role("button", name="Publish with this statement").click()
    assert "is now published, with 1 cited statement" in message(page)
    assert Statement.objects.get(pk=statement.pk).status == Status.PUBLISHED
    assert list(statement.log.values_list("transition", "user")) == [("publish", editor.pk)]

    page.goto(url + reverse("admin:newsroom_article_history", args=[article.pk]))
    history = page.locator("#change-history").inner_text()
    assert "Publish" in history and "Return to reporter: Name the spokesperson" in history
    comments = page.locator(".nr-history-comments").inner_text()
    assert "Who at the ministry said it" in comments and "Added: Anna Hakobyan" in comments
    screenshot(page, "day-07-history")

    # A reader sees the story and the statement.
    context.clear_cookies()
    page.goto(url + Article.objects.get(pk=article.pk).get_absolute_url())
    assert page.locator("h1").inner_text() == "Bread queues lengthen in Stepanakert"
    assert re.search("deliberate provocation", page.locator("main").inner_text())
    screenshot(page, "day-08-published")
    assert errors == []
    context.close()
