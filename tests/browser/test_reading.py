"""What a reader sees, in a real browser: clicking through, accessibility, and layout on phone and desktop."""

import pytest

from newsroom.content.models import Statement
from tests.browser.conftest import DESKTOP, PHONE, run_axe, screenshot

ARTICLE = "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/"


def test_a_reader_follows_a_tag_an_article_a_statement_and_an_actor(live_server, seeded, page):
    page.goto(live_server.url + "/")
    assert page.title() == "Latest · Newsroom"
    page.get_by_role("link", name="NATO", exact=True).first.click()
    assert page.locator("h1").inner_text() == "NATO"

    page.get_by_role("link", name="EU, NATO ‘Concerned’ about Azerbaijani Ambush in Artsakh Police").click()
    assert page.url == live_server.url + ARTICLE
    body = page.locator(".story-body").inner_text()
    assert "The European Union and NATO voiced “concern”" in body
    assert "Russian peacekeeping forces at the site" in body  # the caption, shown as one

    quotes = page.locator(".citations .quoted-statement")
    colomina = quotes.filter(has_text="Very concerned with reports of deadly incident")
    assert (
        colomina.locator(".meta")
        .inner_text()
        .startswith("Javier Colomina, the NATO Secretary-General’s special representative")
    )
    colomina.locator("blockquote a").click()
    assert "Very concerned with reports" in page.locator("blockquote").first.inner_text()
    assert page.get_by_text("Social media post").is_visible()

    page.locator(".statement-head h1").get_by_role("link", name="Javier Colomina").click()
    assert page.locator("h1").inner_text() == "Javier Colomina"
    assert page.get_by_role("link", name="NATO", exact=True).first.is_visible()
    assert page.locator(".timeline > li").count() == 1


def test_the_skip_link_and_focus_are_visible(live_server, seeded, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["y"] >= 0  # it moves on screen when focused
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"


def page_types():
    artsakh_mfa = Statement.objects.get(actor__slug="artsakh-mfa")
    return {
        "home": "/",
        "article-list": "/articles/",
        "article": "/articles/karabakh-leader-warns-of-more-azeri-provocations"
        "-after-assassination-of-three-police-officers/",
        "statement-list": "/statements/",
        "statement": artsakh_mfa.get_absolute_url(),
        "actor-list": "/actors/",
        "actor": "/actors/nikol-pashinyan/",
        "organisation": "/actors/european-union/",
        "source-list": "/sources/",
        "source": "/sources/the-armenian-mirror-spectator/",
        "tag-list": "/tags/",
        "tag": "/tags/nato/",
        "tags-combined": "/tags/lachin-corridor/fact-finding-mission/",
        "search": "/search/?q=peacekeepers",
        "not-found": "/articles/no-such-report/",
    }


@pytest.mark.parametrize("viewport_name, viewport", [("375", PHONE), ("1280", DESKTOP)])
def test_every_page_type_passes_axe_and_fits_the_screen(live_server, seeded, browser, viewport_name, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems, titles = {}, set()
    for name, path in page_types().items():
        response = page.goto(live_server.url + path)
        assert response.status == (404 if name == "not-found" else 200), path
        violations = run_axe(page)
        if violations:
            problems[name] = violations
        # Nothing sticks out sideways on a phone.
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {viewport_name}px"
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator('meta[name="description"]').get_attribute("content").strip()
        titles.add(page.title())
        screenshot(page, f"{name}-{viewport_name}")
    context.close()
    assert problems == {}
    assert len(titles) == len(page_types())  # every page has its own title


@pytest.mark.parametrize("viewport_name, viewport", [("390", {"width": 390, "height": 844}), ("1280", DESKTOP)])
def test_every_page_type_passes_every_axe_rule(live_server, seeded, browser, viewport_name, viewport):
    """Lighthouse scores accessibility with axe-core's rules, and will not audit a 404: every rule for
    WCAG 2.2 AA and axe's best practices, at any impact, on every page type the 404 included."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems = {}
    for name, path in page_types().items():
        page.goto(live_server.url + path)
        violations = run_axe(page, every_rule=True)
        if violations:
            problems[name] = violations
    context.close()
    assert problems == {}
