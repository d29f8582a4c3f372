"""A live page in a real browser: an editor posts three entries on the admin screen (one a key event
citing a statement) while a reader's page is open; each reaches the reader's page within the polling
interval, without a reload; once the reader has scrolled, new entries wait behind a button and what
they read does not move. axe and the Nu HTML checker on the page with the entries arrived;
screenshots on a desktop and a phone in /tmp/live/."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from newsroom.editorial import workflow
from newsroom.live import services
from tests import factories
from tests.browser.conftest import DESKTOP, PHONE, run_axe
from tests.browser.test_admin_workflow import log_in
from tests.test_html_validity import java, nu_errors  # noqa: F401 (java is a fixture)

SHOTS = Path("/tmp/live")
POLL_SECONDS = 2
# An entry reaches a reader at the first poll after it went out: within the interval, plus the
# moment the answer is kept by the browser (max-age, 1 s here) and the time to answer.
REACHES_WITHIN_MS = (POLL_SECONDS + 1 + 2) * 1000


@pytest.fixture
def coverage(roles, settings):
    settings.NEWSROOM_LIVE_POLL_SECONDS = POLL_SECONDS
    settings.NEWSROOM_LIVE_MAX_AGE = 1
    editor = factories.user("Editor", first_name="Lilit", last_name="Avagyan")
    speaker = factories.actor(name="Ministry of Defence of Armenia", slug="mod-armenia", kind="ministry")
    statement = factories.statement(
        actor=speaker, text="The servicemen came under fire while carrying out their duties near the road."
    )
    workflow.transition(item=statement, user=editor, name="publish")
    page = factories.live_page(
        headline="Ambush on the Lachin road: live",
        slug="ambush-live",
        summary="Police officers were killed in an attack near the road; reactions as they come.",
        tags=["Security"],
    )
    workflow.transition(item=page, user=editor, name="publish")
    for n in range(1, 13):  # a page long enough to scroll
        services.entry_post(
            page=page,
            user=editor,
            body=f"Earlier update {n}: reports from the area were still coming in, with officials giving few details "
            "about what had happened on the road and who was responsible.",
        )
    return editor, page, statement


def post(admin, body, *, key_event="", statement_search=""):
    admin.fill("#id_entry-body", body)
    admin.fill("#id_entry-key_event_title", key_event)
    if statement_search:
        admin.click(".nr-live-field-statements .select2-selection")
        admin.fill(".select2-search__field", statement_search)
        admin.click(".select2-results__option >> text=servicemen came under fire")
    with admin.expect_response(lambda r: r.url.endswith("/post/")) as answer:
        admin.click("[data-live-post-button]")
    assert answer.value.status == 200, answer.value.text()
    # A locator wait, not wait_for_function: the site's CSP refuses the eval that one needs once it has to poll.
    expect(admin.locator("#id_entry-body")).to_have_value("")
    return answer.value.json()["id"]


def test_entries_reach_an_open_page_without_a_reload(live_server, browser, coverage, java):  # noqa: F811
    editor, page, statement = coverage
    SHOTS.mkdir(exist_ok=True)
    reader_context = browser.new_context(viewport=DESKTOP)
    reader = reader_context.new_page()
    errors = []
    reader.on("pageerror", lambda error: errors.append(str(error)))
    reader.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    reader.goto(f"{live_server.url}/live/{page.slug}/")
    reader.evaluate("window.stillTheSamePage = true")  # gone if the page reloads
    assert reader.is_hidden("[data-live-refresh]")  # the script keeps the page up to date

    editor_context = browser.new_context(viewport={"width": 1280, "height": 1000})
    admin = editor_context.new_page()
    refused = []  # the Content-Security-Policy refuses nothing on the admin screen either
    admin.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    log_in(admin, live_server, editor)
    admin.goto(f"{live_server.url}/admin/newsroom/livepage/{page.pk}/change/")

    # 1. A plain entry, the reader at the top: it appears at the top of the list, in place.
    first = post(admin, "Police say two officers were killed and two wounded in the attack.")
    reader.wait_for_selector(f".live-feed [data-entry='{first}']", timeout=REACHES_WITHIN_MS)
    assert reader.eval_on_selector(".live-feed li:first-child [data-entry]", "e => e.dataset.entry") == str(first)

    # 2. A key event citing the statement: in the list, with its quotation linked, and in the timeline.
    key = post(
        admin,
        "The ministry said: “The servicemen came under fire while carrying out their duties near the road.”",
        key_event="Ministry of Defence confirms the attack",
        statement_search="servicemen",
    )
    reader.wait_for_selector(f".live-feed [data-entry='{key}']", timeout=REACHES_WITHIN_MS)
    reader.wait_for_selector(".live-key-events >> text=Ministry of Defence confirms the attack")
    assert reader.get_attribute(f"[data-entry='{key}'] .quotation-link", "href") == statement.get_absolute_url()
    assert "Admin" not in reader.title()

    # 3. The reader has scrolled down into the entries: the new one waits behind a button.
    reader.evaluate("document.querySelector('.live-feed li:nth-child(6)').scrollIntoView()")
    reader.wait_for_timeout(300)
    reading = reader.evaluate("document.querySelector('.live-feed li:nth-child(6)').getBoundingClientRect().top")
    third = post(admin, "Roads in the area remain closed, police say.")
    reader.wait_for_selector("button.live-new-button >> text=1 new entry", timeout=REACHES_WITHIN_MS)
    assert reader.query_selector(f".live-feed [data-entry='{third}']") is None
    moved = reader.evaluate("document.querySelector('.live-feed li:nth-child(6)').getBoundingClientRect().top")
    assert abs(moved - reading) < 2, (reading, moved)  # nothing moved what the reader reads
    reader.screenshot(path=str(SHOTS / "desktop-new-entries-button.png"))
    reader.click("button.live-new-button")
    reader.wait_for_selector(f".live-feed [data-entry='{third}']")
    assert reader.evaluate("window.stillTheSamePage") is True
    assert reader.eval_on_selector(".live-feed", "e => e.getAttribute('aria-live')") == "polite"
    assert errors == [] and refused == []

    # The page as it is now, with the entries that arrived: accessible and valid.
    reader.evaluate("window.scrollTo(0, 0)")
    assert run_axe(reader) == []
    snapshot = SHOTS / "live-page-dom.html"
    snapshot.write_text("<!doctype html>\n" + reader.evaluate("document.documentElement.outerHTML"))
    assert nu_errors(java, [snapshot]) == []
    reader.screenshot(path=str(SHOTS / "desktop.png"), full_page=True)
    reader.screenshot(path=str(SHOTS / "desktop-top.png"))
    admin.screenshot(path=str(SHOTS / "admin-screen.png"), full_page=True)

    phone_context = browser.new_context(viewport=PHONE, is_mobile=True)
    phone = phone_context.new_page()
    phone.goto(f"{live_server.url}/live/{page.slug}/")
    assert run_axe(phone) == []
    phone.screenshot(path=str(SHOTS / "phone-top.png"))
    phone.screenshot(path=str(SHOTS / "phone.png"), full_page=True)
    for context in (reader_context, editor_context, phone_context):
        context.close()


def test_without_javascript_the_page_is_a_plain_page(live_server, browser, coverage):
    editor, page, _ = coverage
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    reader = context.new_page()
    reader.goto(f"{live_server.url}/live/{page.slug}/")
    assert reader.is_visible("[data-live-refresh]")
    services.entry_post(page=page, user=editor, body="A later entry, seen after following the link.")
    reader.wait_for_timeout(1200)  # the browser keeps the page for max-age (1 s here) and may show its copy
    with reader.expect_navigation():
        reader.click("[data-live-refresh]")
    assert reader.is_visible("text=A later entry, seen after following the link.")
    context.close()
