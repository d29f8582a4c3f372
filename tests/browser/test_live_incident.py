"""The seeds' incident with its live page, and the live page with its incident, in a real browser at
1,280 and 375 px: axe finds nothing serious, nothing scrolls sideways, the link leads from one to the
other. The editors' side too: the incident's form choosing live pages by searching, the live page's
form, an entry's revisions and their comparison. Screenshots in test-artifacts/screenshots
(live-incident-*)."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from newsroom.live import services
from newsroom.live.models import LiveEntry, LivePage
from tests import factories
from tests.browser.conftest import DESKTOP, PHONE, run_axe, screenshot
from tests.browser.test_admin_workflow import log_in
from tests.browser.test_reporters_day import choose

INCIDENT = "/incidents/stepanakert-police-vehicle-attack-2023/"
LIVE = "/live/three-police-officers-killed-near-stepanakert/"


def checked(page, name, problems, viewport):
    page.wait_for_load_state("load")
    violations = run_axe(page)
    if violations:
        problems[name] = violations
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        problems[f"{name} width"] = [f"{overflow}px wider than the {viewport['width']}px window"]
    screenshot(page, f"live-incident-{name}")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_the_incident_and_its_live_page_lead_to_each_other(live_server, seeded, browser, viewport):
    call_command("loaddata", "seed-live", verbosity=0)
    width, problems = viewport["width"], {}
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + INCIDENT)
    box = page.locator(".live-box")
    assert box.is_visible() and "ended" in box.inner_text().lower()
    checked(page, f"incident-{width}", problems, viewport)
    with page.expect_navigation():
        box.get_by_role("link", name="Three police officers killed near Stepanakert").click()
    assert page.url.endswith(LIVE)
    chip = page.locator(".live-head .incident-links a")
    assert "Attack on an Artsakh police vehicle near Stepanakert" in chip.inner_text()
    checked(page, f"live-page-{width}", problems, viewport)
    with page.expect_navigation():
        chip.click()
    assert page.url.endswith(INCIDENT)
    context.close()
    assert problems == {}, "\n".join(f"{name}: {lines}" for name, lines in problems.items())


def test_editors_choose_live_pages_on_the_incident_and_read_an_entrys_revisions(live_server, seeded, roles, browser):
    call_command("loaddata", "seed-live", verbosity=0)
    call_command("populate_history", "--auto", verbosity=0)
    editor = factories.user("Editor", first_name="Anna", last_name="Petrosyan")
    follow_up = factories.live_page(headline="Stepanakert: the funerals", slug="funerals")
    entry = LiveEntry.objects.filter(status="published").order_by("pk").first()
    services.entry_correct(
        entry=entry, user=editor, body=entry.body.replace("police", "Police", 1), note="A capital letter."
    )
    problems = {}
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    log_in(page, live_server, editor)

    page.goto(live_server.url + reverse("admin:newsroom_incident_change", args=[1]))
    checked(page, "admin-incident-change", problems, DESKTOP)
    choose(page, "id_live_pages", "funerals", "Stepanakert: the funerals")
    with page.expect_navigation():
        page.click("input[name=_continue]")
    assert LivePage.objects.get(pk=follow_up.pk).incident_id == 1
    checked(page, "admin-incident-saved", problems, DESKTOP)

    page.goto(live_server.url + reverse("admin:newsroom_livepage_change", args=[follow_up.pk]))
    assert "Attack on an Artsakh police vehicle" in page.locator(".field-incident").inner_text()
    checked(page, "admin-livepage-change", problems, DESKTOP)
    page.goto(live_server.url + reverse("admin:newsroom_liveentry_history", args=[entry.pk]))
    assert "Corrected: A capital letter." in page.locator("#change-history").inner_text()
    checked(page, "admin-liveentry-history", problems, DESKTOP)
    page.goto(live_server.url + reverse("admin:newsroom_liveentry_compare", args=[entry.pk]))
    assert page.locator(".nr-diff ins").first.inner_text().startswith("Police")
    checked(page, "admin-liveentry-compare", problems, DESKTOP)
    context.close()
    assert problems == {}, "\n".join(f"{name}: {lines}" for name, lines in problems.items())
