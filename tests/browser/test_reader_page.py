"""The reader's page in Chromium: an article with a photo and linked quotations, and a statement
quoted in two wordings, at phone and desktop widths, with axe and screenshots."""

import pytest

from newsroom.content.models import Article, Caption
from tests import factories
from tests.browser.conftest import DESKTOP, PHONE, run_axe, screenshot

MFA_ARTICLE = "/articles/karabakh-leader-warns-of-more-azeri-provocations-after-assassination-of-three-police-officers/"


@pytest.fixture
def with_photo(seeded, settings, tmp_path):
    """The seed's first caption (a police car) with a photo, renditions made and served by the live server."""
    settings.MEDIA_ROOT = tmp_path / "media"
    photo = factories.photo(alt_text="A white police van with bullet holes in its side", credit="Artsakh police")
    Caption.objects.filter(article__pk=1, position=0).update(photo=photo)
    Article.objects.filter(pk=1).update(card_photo=photo)
    return photo


@pytest.mark.parametrize("viewport_name, viewport", [("375", PHONE), ("1280", DESKTOP)])
def test_an_article_with_a_photo_and_linked_quotations(
    live_server, with_photo, media_served, browser, viewport_name, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + MFA_ARTICLE)
    photo = page.locator(".story-body figure.photo img")
    photo.scroll_into_view_if_needed()
    # Polled from here, not with wait_for_function: the site's CSP refuses the eval that one needs.
    for _ in range(100):
        if photo.evaluate("img => img.complete && img.naturalWidth > 0"):
            break
        page.wait_for_timeout(100)
    else:
        raise AssertionError("The photo never loaded.")
    assert photo.get_attribute("alt") == "A white police van with bullet holes in its side"
    # The browser picked a modern format from the <picture>.
    assert photo.evaluate("img => img.currentSrc").rsplit(".", 1)[1] in ("avif", "webp")
    assert page.locator(".story-body p").first.inner_text().startswith("STEPANAKERT (Combined Sources) —")

    link = page.locator(".quotation-link").filter(has_text="terrorism").first
    tip = page.locator("#" + link.get_attribute("aria-describedby"))
    assert not tip.is_visible()
    link.focus()
    assert tip.is_visible() and tip.inner_text().startswith("Nikol Pashinyan")
    screenshot(page, f"reader-article-quotation-focus-{viewport_name}")
    page.mouse.move(0, 0)
    link.blur()
    assert run_axe(page) == []
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, f"reader-article-photo-{viewport_name}")
    link.click()
    assert page.url.endswith("/statements/5/")
    context.close()


@pytest.mark.parametrize("viewport_name, viewport", [("375", PHONE), ("1280", DESKTOP)])
def test_a_statement_with_two_wordings(live_server, seeded, browser, viewport_name, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/statements/10/")
    items = page.locator(".provenance-item")
    assert items.count() == 2
    assert items.first.locator(".first-appearance").inner_text().lower() == "first appearance"
    assert items.nth(1).locator(".wording-diff p ins").first.inner_text() == "9,"
    assert run_axe(page) == []
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    screenshot(page, f"reader-statement-two-wordings-{viewport_name}")
    context.close()
