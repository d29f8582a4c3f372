"""The Content-Security-Policy in Chromium: no page of the site, the admin or the API's browsable
pages does anything the policy refuses (each refusal would be a broken script or style)."""

from newsroom.content.models import Article, Statement
from tests import factories
from tests.browser.conftest import screenshot

# Every refusal, whether or not the page reports it in its console.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
"""


def visit(page, url, console):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    refused = page.evaluate("window.__csp") + [m for m in console if "Content Security Policy" in m]
    console.clear()
    return response, refused


def public_urls():
    article = Article.objects.live().first()
    statement = Statement.objects.live().first()
    return [
        "/",
        article.get_absolute_url(),
        statement.get_absolute_url(),
        "/articles/",
        "/statements/",
        "/actors/",
        statement.actor.get_absolute_url(),
        "/sources/",
        "/tags/",
        "/search/?q=ceasefire",
        "/no-such-page/",
    ]


def admin_urls():
    article = Article.objects.first()
    return [
        "/admin/",
        "/admin/newsroom/article/",
        "/admin/newsroom/article/add/",
        f"/admin/newsroom/article/{article.pk}/change/",
        f"/admin/newsroom/article/{article.pk}/history/",
        "/admin/newsroom/statement/add/",
        "/admin/axes/accessattempt/",
        "/admin/otp_totp/totpdevice/add/",
        "/admin/auth/user/",
        "/api/articles/",
        "/api/docs/",
    ]


def test_no_page_breaks_the_content_security_policy(live_server, seeded, roles, browser):
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    screenshot(page, "admin-sign-in-1280")
    console = []
    page.on("console", lambda message: console.append(message.text))

    failures = {}
    for url in public_urls():
        response, refused = visit(page, live_server.url + url, console)
        policy = response.headers["content-security-policy"]
        assert "unsafe-inline" not in policy and "script-src 'self'" in policy, url
        if refused:
            failures[url] = refused

    editor = factories.user("superuser")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("input[type=submit]")
    for url in admin_urls():
        response, refused = visit(page, live_server.url + url, console)
        assert response.status == 200, url
        if refused:
            failures[url] = refused
    page.goto(live_server.url + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=10_000)  # its script ran
    context.close()
    assert not failures, "\n".join(f"{url}: {line}" for url, lines in failures.items() for line in lines)
