"""Claims and answers in a real browser: an editor links two statements and publishes a
fact-check, then a reader follows the thread from one statement to the other and on to the
review; every page and form on the way passes axe, at 1,280 and 390 px. Screenshots are in
test-artifacts/screenshots (claims-*)."""

import pytest
from django.urls import reverse

from newsroom.claims.models import FactCheck, StatementLink
from tests import factories
from tests.browser.conftest import DESKTOP, run_axe, screenshot
from tests.browser.test_admin_workflow import log_in
from tests.browser.test_reporters_day import choose, message

PHONE_390 = {"width": 390, "height": 844}


def checked(page, name, problems):
    """axe on the page as it stands, and a screenshot of it."""
    page.wait_for_load_state("load")
    violations = run_axe(page)
    if violations:
        problems[name] = violations
    screenshot(page, f"claims-{name}")


def test_an_editor_links_two_statements_and_publishes_a_fact_check_then_a_reader_follows_the_thread(
    live_server, seeded, roles, browser
):
    editor = factories.user("Editor", first_name="Anna", last_name="Petrosyan")
    url = live_server.url
    problems, errors = {}, []
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, live_server, editor)

    # Pashinyan's words to the French co-chair echo his Foreign Ministry's statement of 5 March.
    page.goto(url + reverse("admin:newsroom_statement_change", args=[14]))
    checked(page, "admin-statement-panel-1280", problems)
    with page.expect_navigation():
        page.get_by_role("link", name="Link it to a statement it answers").click()
    page.select_option("#id_kind", "echoes")
    choose(page, "id_to_statement", "facts prove", "Ministry of Foreign Affairs of Armenia")
    page.fill("#id_note", "Pashinyan repeats his Foreign Ministry’s words: terrorism, ethnic cleansing.")
    checked(page, "admin-link-add-1280", problems)
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert "was added successfully" in message(page)
    link = StatementLink.objects.get(from_statement=14)
    assert (link.to_statement_id, link.kind, link.status) == (11, "echoes", "draft")
    assert "Readers see this link once it and both statements are live: this link is draft." in page.content()
    page.locator(".nr-transition-publish").get_by_role("button", name="Publish").click()
    assert "is now published" in message(page)
    checked(page, "admin-link-published-1280", problems)

    # A fact-check of the ministry's statement, from its page.
    page.goto(url + reverse("admin:newsroom_statement_change", args=[11]))
    with page.expect_navigation():
        page.get_by_role("link", name="Check this statement").click()
    page.fill("#id_claim_reviewed", "The video shows nothing in the microbus but documents and a service pistol.")
    page.select_option("#id_rating", label="Mostly true")
    page.locator("#id_headline").press_sequentially("What the police microbus carried")  # the slug follows
    assert page.input_value("#id_slug") == "what-the-police-microbus-carried"
    assert page.input_value("#id_reviewer") == "Anna Petrosyan"
    page.fill("#id_reasoning", "The police video shows the inside of the microbus.\n\nNo weapon but a pistol is seen.")
    page.locator("#references-group .add-row a").click()
    page.fill("#id_references-0-title", "Video released by the Nagorno-Karabakh police, 5 March 2023")
    checked(page, "admin-fact-check-add-1280", problems)
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert "was added successfully" in message(page)
    page.locator(".nr-transition-publish").get_by_role("button", name="Publish").click()
    assert "is now published" in message(page)
    fact_check = FactCheck.objects.get()
    assert fact_check.status == "published" and fact_check.references.count() == 1
    checked(page, "admin-fact-check-published-1280", problems)
    context.close()

    # A reader, at both widths.
    for width, viewport in (("1280", DESKTOP), ("390", PHONE_390)):
        reader = browser.new_context(viewport=viewport)
        page = reader.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url + "/statements/14/")
        exchange = page.locator("#thread")
        assert "Echoes" in exchange.locator(".thread-summary").inner_text()
        checked(page, f"reader-statement-thread-{width}", problems)
        with page.expect_navigation():
            exchange.locator(".thread-summary").get_by_role(
                "link", name="Ministry of Foreign Affairs of Armenia"
            ).click()
        assert page.url.endswith("/statements/11/")
        # The ministry's statement: echoed twice now (the seed's Pashinyan “terrorism”, and this one), and checked.
        entries = page.locator(".thread-entry")
        assert entries.count() == 3 and "this statement" in page.locator(".thread-current").inner_text().lower()
        assert "mostly true" in page.locator(".fact-checks").inner_text().lower()
        checked(page, f"reader-statement-checked-{width}", problems)
        with page.expect_navigation():
            page.locator(".fact-checks").get_by_role("link", name="What the police microbus carried").click()
        assert page.locator("h1").inner_text() == "What the police microbus carried"
        checked(page, f"reader-fact-check-{width}", problems)
        for name, path in [
            ("fact-check-list", "/fact-checks/"),
            ("incident-list", "/incidents/"),
            ("incident", "/incidents/stepanakert-police-vehicle-attack-2023/"),
            ("actor-dialogue", "/actors/toivo-klaar/"),
            ("article-incident", "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/"),
        ]:
            page.goto(url + path)
            checked(page, f"reader-{name}-{width}", problems)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                problems[f"{name}-{width} width"] = [f"scrolls sideways by {overflow}px"]
        reader.close()
    assert problems == {}, "\n".join(f"{name}: {lines}" for name, lines in problems.items())
    assert errors == []


@pytest.mark.parametrize("width, viewport", [("1280", DESKTOP), ("390", PHONE_390)])
def test_the_incident_timeline_links_within_the_page(live_server, seeded, browser, width, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/incidents/stepanakert-police-vehicle-attack-2023/")
    moment = page.locator("#statement-13")
    moment.get_by_role("link", name="Peter Stano").click()
    assert page.url.endswith("#statement-12")
    screenshot(page, f"claims-reader-incident-anchor-{width}")
    context.close()
