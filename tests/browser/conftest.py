"""Headless Debian Chromium driven by Playwright, with axe-core from the npm registry."""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

# Playwright's sync API runs an event loop in this thread; the live server's ORM calls are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE.exists():
        missing.append("axe-core (npm install)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def seeded(transactional_db):
    """The seed content, committed, for the live server. An earlier transactional test may have left
    the database flushed without content types, or with new ids for them: make them afresh."""
    ContentType.objects.clear_cache()
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
    call_command("loaddata", "seed", verbosity=0)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def media_served(settings):
    """The live server answers /media/ with the view `dev.py serve` uses (config/urls.py adds it only
    with DEBUG on, and tests run with DEBUG off)."""
    from django.urls import clear_url_caches, re_path
    from django.views.static import serve

    import config.urls

    original = list(config.urls.urlpatterns)
    config.urls.urlpatterns.insert(0, re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
    clear_url_caches()
    yield
    config.urls.urlpatterns[:] = original
    clear_url_caches()


# Every rule axe-core has for WCAG 2.0 to 2.2 (A and AA) and its best practices (heading order,
# landmarks, ...): what Lighthouse's accessibility score is made of, and more.
EVERY_RULE = (
    "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}"
)


def run_axe(page, *, every_rule=False):
    """Accessibility violations on the page, as readable lines: serious and critical ones under axe's
    default rules, or (`every_rule`) any violation of EVERY_RULE, whatever its impact."""
    # Evaluated through DevTools, not added as an inline <script>: the site's CSP refuses those.
    page.evaluate(AXE.read_text() + "\n;0")
    options = EVERY_RULE if every_rule else "{}"
    result = page.evaluate(f"async () => await axe.run(document, {{...{options}, resultTypes: ['violations']}})")
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if every_rule or v["impact"] in ("serious", "critical")
    ]


def screenshot(page, name, *, full_page=True):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
