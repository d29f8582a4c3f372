"""Every admin page the newsroom uses, in a real browser: axe-core finds nothing serious or
critical, and nothing scrolls sideways in a 1,280 px window."""

from django.core.management import call_command
from django.urls import reverse

from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.desk import assignments, comments
from newsroom.editorial import workflow
from tests import factories
from tests.browser.conftest import DESKTOP, run_axe, screenshot
from tests.browser.test_admin_workflow import log_in


def admin_pages(editor, reporter):
    """The pages, by name: the seed's items plus a draft article citing a draft statement, with
    an edit, a comment and an assignment, so every panel shows."""
    call_command("populate_history", "--auto", verbosity=0)
    article = Article.objects.filter(citations__isnull=False).first()
    statement = Statement.objects.filter(actor__isnull=False).first()
    draft = factories.article(created_by=reporter, headline="Draft citing a new statement", tags=["ceasefire"])
    quoted = factories.statement(created_by=reporter, actor=statement.actor, text="A new statement in draft.")
    factories.citation(draft, quoted)
    draft.actors.add(statement.actor)
    workflow.transition(item=draft, user=reporter, name="submit")
    comments.comment_add(item=draft, user=reporter, text="The quote is from this morning's briefing.")
    assignments.assignment_set(item=draft, user=editor, assigned_to=editor)
    actor, source = Actor.objects.first(), Source.objects.first()
    return {
        "desk": reverse("admin:index"),
        "article-list": reverse("admin:newsroom_article_changelist"),
        "article-list-filtered": reverse("admin:newsroom_article_changelist")
        + f"?actors__pk__exact={statement.actor.pk}",
        "article-change": reverse("admin:newsroom_article_change", args=[article.pk]),
        "article-change-draft": reverse("admin:newsroom_article_change", args=[draft.pk]),
        "article-add": reverse("admin:newsroom_article_add"),
        "article-history": reverse("admin:newsroom_article_history", args=[article.pk]),
        "article-compare": reverse("admin:newsroom_article_compare", args=[article.pk]),
        "statement-list": reverse("admin:newsroom_statement_changelist"),
        "statement-change": reverse("admin:newsroom_statement_change", args=[statement.pk]),
        "statement-add": reverse("admin:newsroom_statement_add"),
        "statement-history": reverse("admin:newsroom_statement_history", args=[statement.pk]),
        "statement-compare": reverse("admin:newsroom_statement_compare", args=[statement.pk]),
        "actor-list": reverse("admin:newsroom_actor_changelist"),
        "actor-change": reverse("admin:newsroom_actor_change", args=[actor.pk]),
        "actor-add": reverse("admin:newsroom_actor_add"),
        "source-list": reverse("admin:newsroom_source_changelist"),
        "source-change": reverse("admin:newsroom_source_change", args=[source.pk]),
        "source-add": reverse("admin:newsroom_source_add"),
    }


def check(page, name, problems):
    page.wait_for_load_state("load")
    violations = run_axe(page)
    if violations:
        problems[name] = violations
    width = page.evaluate("document.documentElement.scrollWidth")
    overflow = width - page.evaluate("document.documentElement.clientWidth")
    if overflow > 0:
        problems[f"{name} width"] = [f"the page is {width}px wide at {DESKTOP['width']}px"]
    screenshot(page, f"admin-{name}-1280")


def test_every_admin_page_passes_axe_and_fits_1280(live_server, seeded, roles, browser):
    editor, reporter = factories.user("Editor", first_name="Edgar"), factories.user("Reporter", first_name="Rita")
    pages = admin_pages(editor, reporter)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    log_in(page, live_server, editor)
    problems = {}
    for name, path in pages.items():
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        check(page, name, problems)

    # The article list gives the headline room to be read (it was squeezed to 110 px).
    page.goto(live_server.url + pages["article-list"])
    assert page.locator("#result_list th.column-headline").bounding_box()["width"] >= 250

    # The preview panel, open over the editor.
    page.goto(live_server.url + pages["article-change-draft"])
    page.get_by_role("button", name="Preview as readers will see it").click()
    page.frame_locator("iframe[name=nr-preview-frame]").locator("h1").wait_for()
    check(page, "article-preview-panel", problems)

    # The note a bulk unpublish asks for first.
    page.goto(live_server.url + pages["article-list"])
    page.locator("input[name=_selected_action]").first.check()
    page.select_option("select[name=action]", "unpublish_selected")
    with page.expect_navigation():
        page.get_by_role("button", name="Go").click()
    assert "Reason for unpublishing" in page.content()
    check(page, "transition-note", problems)

    # What a reporter sees: their desk, and their submitted article, read-only now.
    context.clear_cookies()
    log_in(page, live_server, reporter)
    check(page, "desk-reporter", problems)
    page.goto(live_server.url + pages["article-change-draft"])
    assert page.locator("#article_form input[name=_save]").count() == 0
    check(page, "article-view-reporter", problems)
    context.close()
    assert problems == {}, "\n".join(f"{name}: {lines}" for name, lines in problems.items())
