"""The editorial workflow in a real browser: a reporter writes and submits, an editor publishes."""

from newsroom.content.models import Article
from tests import factories
from tests.browser.conftest import screenshot


def log_in(page, live_server, user):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("input[type=submit]")


def test_a_reporter_submits_and_an_editor_publishes(live_server, roles, browser):
    reporter, editor = factories.user("Reporter"), factories.user("Editor")
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()

    log_in(page, live_server, reporter)
    page.goto(live_server.url + "/admin/newsroom/article/add/")
    page.fill("#id_headline", "Ceasefire holds in Stepanakert")
    page.fill("#id_body", "The night passed quietly.\n\n## Reactions\n\nResidents said they slept.")
    page.fill("#id_tags", "ceasefire")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was added successfully" in page.locator(".messagelist").inner_text()
    article = Article.objects.get(slug="ceasefire-holds-in-stepanakert")  # the slug the admin filled in
    page.goto(live_server.url + f"/admin/newsroom/article/{article.pk}/change/")
    assert page.get_by_role("button", name="Publish").count() == 0  # a reporter has no such button
    page.get_by_role("button", name="Submit for review").click()
    assert "is now in review" in page.locator(".messagelist").inner_text()
    context.clear_cookies()

    log_in(page, live_server, editor)
    assert "Ceasefire holds in Stepanakert" in page.locator(".nr-desk").first.inner_text()  # awaiting review
    page.get_by_role("link", name="Ceasefire holds in Stepanakert").first.click()
    screenshot(page, "admin-article-in-review-1280")
    page.locator(".nr-transition-publish").get_by_role("button", name="Publish").click()
    assert "is now published" in page.locator(".messagelist").inner_text()

    page.goto(live_server.url + "/articles/ceasefire-holds-in-stepanakert/")
    assert page.locator("h1").inner_text() == "Ceasefire holds in Stepanakert"
    assert page.locator(".story-body h2").inner_text() == "Reactions"
    context.close()
