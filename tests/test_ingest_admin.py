"""The ingest review screen in the admin (newsroom/admin/ingest.py)."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.content.models import Article, Citation, Statement
from newsroom.content.states import Status
from newsroom.ingest.models import IngestedCopy
from tests import factories

pytestmark = pytest.mark.django_db
TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
URL = "/admin/newsroom/ingest/"


def seed(name):
    return (TEXTS / name).read_text(encoding="utf-8")


def test_url_name():
    assert reverse("admin:newsroom_ingest") == URL


def test_reporter_reviews_then_creates_their_draft(client, reporter):
    client.force_login(reporter)
    review = client.post(URL, {"copy": seed("003_ea7fa0eaae2a757b.txt"), "analyse": "1"})
    assert review.status_code == 200
    page = review.content.decode()
    assert page.count('class="nr-quote') >= 12 and "Peter Stano" in page and "a new actor (person)" in page
    assert Article.objects.count() == 0  # reviewing writes nothing
    created = client.post(
        URL, {"copy": seed("003_ea7fa0eaae2a757b.txt"), "create": "1", "q1-decision": "reject", "q2-decision": "reject"}
    )
    article = Article.objects.get()
    assert created.status_code == 302 and created["Location"] == reverse(
        "admin:newsroom_article_change", args=[article.pk]
    )
    assert article.created_by == reporter and article.status == Status.DRAFT
    assert all(s.created_by == reporter and s.status == Status.DRAFT for s in Statement.objects.all())
    # The rejected first two quotations (Peter Stano's, for the EU's “concern” and his statement) are not cited.
    assert not Citation.objects.filter(statement__actor__name="Peter Stano").exists()


def test_editor_edits_a_speaker_and_picks_an_existing_actor(client, editor):
    bono = factories.actor(name="Louis Bono", slug="louis-bono")
    client.force_login(editor)
    data = {
        "copy": seed("003_ea7fa0eaae2a757b.txt"),
        "create": "1",
        "q2-speaker": "Javier Colomina Cardona",
        "q1-actor": bono.slug,
    }
    client.post(URL, data)
    speakers = list(Citation.objects.order_by("order").values_list("statement__actor__name", flat=True))
    assert speakers[:2] == ["Louis Bono", "Javier Colomina Cardona"]


def test_matching_statement_shown_with_wording_differences(client, editor):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    client.force_login(editor)
    page = client.post(URL, {"copy": seed("000_df6807e0e8078fea.txt"), "analyse": "1"}).content.decode()
    statement = Statement.objects.get(actor__slug="artsakh-mfa")
    change = reverse("admin:newsroom_statement_change", args=[statement.pk])
    assert f'Matches statement <a href="{change}">#{statement.pk}</a>' in page
    assert "<del>9</del>" in page or "<del>9 November" in page or "<ins>November" in page
    assert "found by role, named earlier in the text" in page and "found by pronoun" in page


def test_upload_and_bad_files_are_form_errors(client, editor):
    client.force_login(editor)
    good = SimpleUploadedFile("radio.txt", seed("002_5f19ac38d71cd182.txt").encode("utf-8"))
    assert client.post(URL, {"upload": good, "analyse": "1"}).status_code == 200
    for content, message in [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"Talks Resume\n\n" + b"The talks resumed on Monday. " * 400 + b"\x00", "NUL bytes at byte"),
        ("Caf\u00e9".encode("latin-1"), "not UTF-8"),
    ]:
        response = client.post(URL, {"upload": SimpleUploadedFile("bad.txt", content), "analyse": "1"})
        assert response.status_code == 400 and message in response.content.decode()
    assert client.post(URL, {"analyse": "1"}).status_code == 400
    # Pasted copy with a NUL byte after its first 8 KB: a form error, not a 500, at either step.
    pasted = "Talks Resume\n\n" + "The talks resumed on Monday. " * 400 + "\x00"
    for step in ("analyse", "create"):
        response = client.post(URL, {"copy": pasted, step: "1"})
        assert response.status_code == 400 and "NUL" in response.content.decode()
    assert IngestedCopy.objects.count() == 0


def test_copy_ingested_before_leads_to_its_article(client, editor):
    client.force_login(editor)
    client.post(URL, {"copy": seed("002_5f19ac38d71cd182.txt"), "create": "1"})
    again = client.post(URL, {"copy": seed("002_5f19ac38d71cd182.txt"), "create": "1"})
    assert again.status_code == 302 and Article.objects.count() == 1


def test_only_staff_who_may_add_articles(client, db):
    assert client.get(URL).status_code == 302  # to the login page
    client.force_login(factories.user())  # staff, no permissions
    assert client.get(URL).status_code == 403


def test_linked_from_the_desk_and_the_article_list(client, reporter):
    client.force_login(reporter)
    assert URL in client.get("/admin/").content.decode()
    assert URL in client.get(reverse("admin:newsroom_article_changelist")).content.decode()


def test_creating_from_the_seeded_newsroom_cites_the_statements_it_holds(client, editor):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    client.force_login(editor)
    client.post(URL, {"copy": seed("002_5f19ac38d71cd182.txt") + "\n", "create": "1"})
    article = Article.objects.get(created_by=editor)
    (citation,) = article.citations.all()
    assert citation.statement == Statement.objects.get(actor__slug="artsakh-mfa")
    assert citation.statement.status == Status.PUBLISHED  # the statement held, not a new draft
