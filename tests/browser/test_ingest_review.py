"""Ingest in a real browser: a reporter pastes a seed report, reviews the quotations, creates the
draft; an editor reviews a 30-quotation wire story with the keyboard, creates it, opens the draft
and a statement, and publishes through the workflow."""

import os
import time
from pathlib import Path

from newsroom.content.models import Actor, Article, Statement
from newsroom.content.states import Status
from tests import factories
from tests.browser.conftest import PHONE, SCREENSHOTS, run_axe, screenshot
from tests.browser.test_admin_workflow import log_in

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "seed-texts"
WIRE = (Path(__file__).resolve().parent / "texts" / "wire_30.txt").read_text(encoding="utf-8")
# Where the walk's screenshots go (REVIEW_SCREENSHOTS=/tmp/review to look at them outside the repository).
SHOTS = Path(os.environ.get("REVIEW_SCREENSHOTS") or SCREENSHOTS)


def open_review(page, live_server, copy, published=""):
    """Paste `copy` (with the report's date, if given) into the ingest form and open its review."""
    page.goto(live_server.url + "/admin/newsroom/ingest/")
    page.fill("#id_copy", copy)
    if published:
        page.fill("#id_published", published)
    with page.expect_navigation():
        page.click("input[name=analyse]")


def shot(page, name, *, full_page=False):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


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
    assert "In the newsroom: Maria Zakharova" in body
    assert "Matches statement" in body
    # The newsroom's actors are offered as a speaker is typed (the admin's autocomplete), beside the review's own.
    page.locator("#id-q1-speaker").press_sequentially("Stano")
    found = page.locator("#nr-speaker-choices option[data-found][value='Peter Stano']")
    found.wait_for(state="attached")
    assert found.get_attribute("label") == "in the newsroom"
    page.fill("#id-q1-speaker", "")
    # … and as whose a speaker is typed (“Of”), beside the organisations this review names.
    of = page.locator("#id-g1-1-of")
    before = of.input_value()
    of.fill("")
    of.press_sequentially("Ministry")
    page.locator("#nr-organisation-choices option[data-found]").first.wait_for(state="attached")
    of.fill(before)
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


def card_in_focus(page):
    return page.evaluate("() => document.activeElement.closest('fieldset.nr-quotation')?.dataset.quote || null")


def mark_in_view(page, number):
    """The first mark of quotation `number` is highlighted and inside the body's visible box."""
    return page.evaluate(
        """(n) => {
            const body = document.querySelector('[data-review-body]');
            const mark = body.querySelector(`mark[data-quote="${n}"]`);
            const b = body.getBoundingClientRect(), m = mark.getBoundingClientRect();
            return mark.classList.contains('nr-focus') && m.top >= b.top && m.bottom <= b.bottom
                && b.top >= 0 && b.top < window.innerHeight;
        }""",
        number,
    )


def test_an_editor_reviews_a_wire_story_with_the_keyboard_and_publishes_it(live_server, roles, browser):
    """The walk of issue 18 part 4, timed (the times are printed, not asserted)."""
    editor = factories.user("Editor")
    times = {}
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    log_in(page, live_server, editor)

    started = time.monotonic()
    open_review(page, live_server, WIRE, "2026-11-27")
    times["paste → review shown"] = time.monotonic() - started
    cards = page.locator("fieldset.nr-quotation")
    assert cards.count() == 30
    headings = page.locator(".nr-speaker-group h3").all_inner_texts()
    assert [h.split(" quotation")[0].rsplit(" ", 1)[0] for h in headings][:3] == [
        "Maria Lebed",
        "Pavel Korin",
        "a senior official, unnamed, of Ostmark government",
    ]
    assert headings[-1].startswith("No speaker found")
    assert "after ‘Veldian Foreign Minister Maria Lebed told’" in page.locator("#quotation-1").inner_text()
    # Nothing is accepted where no speaker was found.
    unattributed = page.locator(".nr-speaker-group").last.locator("fieldset.nr-quotation")
    assert unattributed.count() >= 1 and unattributed.locator("input:checked").count() == 0
    assert run_axe(page) == []
    shot(page, "01-review-desktop")

    # Corrections, once per speaker: a minister's role for all her quotations, and the protesters'
    # banner the pipeline left without a speaker.
    started = time.monotonic()

    def group(label):  # by its id: labels change as speakers are corrected
        return page.locator("#" + page.locator(".nr-speaker-group", has_text=label).get_attribute("id"))

    joint = group("Red Crescent Society and Dalmir Valley Relief Network")
    lebed = page.locator(".nr-speaker-group", has_text="Maria Lebed").first
    lebed.locator("input[name$='-1-role']").fill("Foreign Minister of Veldia")
    page.fill("#id-q29-speaker", "protesters, unnamed")  # the banner the protesters held
    times["corrections (2 speakers)"] = time.monotonic() - started
    # The joint statement keeps both its speakers, and every box offers the review's speakers.
    assert joint.locator("[data-group-label]").inner_text() == "Red Crescent Society and Dalmir Valley Relief Network"
    offered = page.locator("#nr-speaker-choices option").evaluate_all("options => options.map(o => o.value)")
    assert "Red Crescent Society and Dalmir Valley Relief Network" in offered

    # The keyboard pass: j to the first quotation, then Enter (accept and go on) or x (leave out).
    started = time.monotonic()
    page.locator("#nr-body-heading").click()  # focus outside the form's boxes
    page.keyboard.press("j")
    order = [cards.nth(i).get_attribute("data-quote") for i in range(30)]
    assert card_in_focus(page) == order[0]
    for position, number in enumerate(order):
        assert card_in_focus(page) == number, (position, number)
        assert mark_in_view(page, number), number
        if position == 14:
            shot(page, "02-review-keyboard-focus-desktop")
        page.keyboard.press("x" if number in ("13", "29") else "Enter")
    times["keyboard pass (30 quotations)"] = time.monotonic() - started
    assert "28 accepted, 2 left out." in page.locator("[data-review-status]").inner_text()
    assert page.locator("#quotation-13.nr-left-out").count() == 1
    page.keyboard.press("k")
    assert card_in_focus(page) == order[-2]

    started = time.monotonic()
    with page.expect_navigation():
        page.click("input[name=create]")
    times["create the draft"] = time.monotonic() - started
    assert "Draft article created" in page.locator(".messagelist").inner_text()
    article = Article.objects.get(created_by=editor)
    assert article.status == Status.DRAFT and article.headline.startswith("Ceasefire Talks On Dalmir Pass")
    assert Actor.objects.get(name="Maria Lebed").role == "Foreign Minister of Veldia"
    assert not Actor.objects.filter(name__in=["Ostmark Radio", "Crescent Society"]).exists()
    cited = article.citations.select_related("statement__actor")
    texts = " ".join(c.statement.text for c in cited)
    assert "Open the pass" not in texts and "people are running out of time" not in texts
    # (How unnamed and joint speakers are written is the service's: decisions.py gives them to it.)
    shot(page, "03-draft-article-desktop")

    joint_statement = Statement.objects.get(text__startswith="Both governments must let the convoy through now.")
    assert joint_statement.actor.name == "Red Crescent Society"
    page.goto(live_server.url + f"/admin/newsroom/statement/{joint_statement.pk}/change/")
    assert page.input_value("#id_text").startswith("Both governments must let the convoy through now.")
    shot(page, "04-statement-desktop")

    # Publish through the workflow: the article with the statements it cites, in one step.
    started = time.monotonic()
    page.goto(live_server.url + f"/admin/newsroom/article/{article.pk}/change/")
    with page.expect_navigation():
        page.get_by_role("button", name="Publish with these statements").click()
    times["publish"] = time.monotonic() - started
    assert "is now published" in page.locator(".messagelist").inner_text()
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    page.goto(live_server.url + article.get_absolute_url())
    assert page.locator("a.quotation-link").count() >= 20
    shot(page, "05-reader-article-desktop")
    assert problems == []

    # The review on a phone.
    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    small = phone.new_page()
    log_in(small, live_server, editor)
    open_review(small, live_server, WIRE.replace("Ceasefire Talks", "Phone Review: Ceasefire Talks"))
    assert small.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(small, "06-review-phone")
    small.locator("#quotation-14").scroll_into_view_if_needed()
    shot(small, "07-review-phone-joint")
    assert run_axe(small) == []
    phone.close()
    context.close()
    print("\n" + "\n".join(f"{name}: {seconds:.2f} s" for name, seconds in times.items()))


def test_without_javascript_the_review_is_a_plain_form(live_server, roles, browser):
    """Enter in a box checks the decisions and shows them again (nothing created); then Create."""
    from tests.test_ingest_decisions import COPY

    editor = factories.user("Editor")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server, editor)
    open_review(page, live_server, COPY)
    assert page.locator(".nr-keys").is_hidden()  # the keys need the script
    page.check("input[name=q2-decision][value=reject]")
    page.fill("#id-q6-speaker", "a protester, unnamed")
    with page.expect_navigation():
        page.press("#id-q6-speaker", "Enter")
    assert Article.objects.count() == 0
    assert page.input_value("#id-q6-speaker") == "a protester, unnamed"
    assert page.locator("input[name=q6-decision][value=accept]").is_checked()
    assert page.locator("input[name=q2-decision][value=reject]").is_checked()
    with page.expect_navigation():
        page.click("input[name=create]")
    assert "Draft article created" in page.locator(".messagelist").inner_text()
    article = Article.objects.get(created_by=editor)
    assert not article.citations.filter(wording__contains="moved the line again").exists()
    context.close()


def test_an_organisation_renamed_at_its_group_is_renamed_in_the_boxes_that_give_it_as_whose(
    live_server, roles, browser
):
    from tests.test_ingest_decisions import BODY_AND_ITS_DEPUTY as copy

    editor = factories.user("Editor")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, live_server, editor)
    open_review(page, live_server, copy)
    body = page.locator(".nr-speaker-group", has=page.locator("[data-group-label]", has_text="Ostmark's commission"))
    name = body.locator(".nr-speaker-row input[name$='-name']").first
    given = page.locator(".nr-speaker-row input[name$='-of'][value=\"Ostmark's commission\"]")
    assert given.count() == 1
    of = page.locator(f"#{given.get_attribute('id')}")
    name.fill("Ostmark's border commission")
    name.press("Tab")
    assert of.input_value() == "Ostmark's border commission"
