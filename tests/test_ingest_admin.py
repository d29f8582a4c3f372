"""The ingest review screen in the admin (newsroom/admin/ingest.py)."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.content.models import Actor, Article, Citation, Statement
from newsroom.content.states import Status
from newsroom.ingest import decisions as review
from newsroom.ingest.models import IngestedCopy
from newsroom.ingest.pipeline import analyse
from newsroom.ingest.service import registry_from_db
from tests import factories
from tests.test_ingest_decisions import COPY as WIRE

pytestmark = pytest.mark.django_db
TEXTS = Path(__file__).resolve().parent.parent / "fixtures" / "seed-texts"
URL = "/admin/newsroom/ingest/"


def seed(name):
    return (TEXTS / name).read_text(encoding="utf-8")


def test_url_name():
    assert reverse("admin:newsroom_ingest") == URL


def group_of(text, name):
    """The number of the review's group of `name`'s quotations, and their numbers."""
    group = next(g for g in review.speaker_groups(analyse(text)) if g.label == name)
    return group.number, group.numbers


def card(page, number):
    """The HTML of quotation `number`'s card on the review page."""
    start = page.rindex("<fieldset", 0, page.index(f'id="quotation-{number}"'))
    return page[start : page.index("</fieldset>", start)]


def test_reporter_reviews_then_creates_their_draft(client, reporter):
    client.force_login(reporter)
    review_page = client.post(URL, {"copy": seed("003_ea7fa0eaae2a757b.txt"), "analyse": "1"})
    assert review_page.status_code == 200
    page = review_page.content.decode()
    assert page.count('class="nr-quote') >= 12 and "Peter Stano" in page and "A new actor (a person)" in page
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


def test_the_review_groups_quotations_by_speaker_with_reasons_in_plain_words(client, editor):
    client.force_login(editor)
    page = client.post(URL, {"copy": WIRE, "analyse": "1"}).content.decode()
    headings = re.findall(r'<h3 id="speaker-\d+-heading"><span data-group-label>([^<]+)</span>', page)
    assert [h.strip() for h in headings] == [
        "Maria Lebed",
        "a senior Ostmark government official, unnamed, of Ostmark government",
        "Red Crescent and River Basin Commission",
        "No speaker found",
    ]
    assert "corrected here for all 3 quotations" in page
    assert "after ‘Veldian Foreign Minister Maria Lebed told’" in page
    assert "after:X" not in page and "inside:X" not in page and "(after:" not in page
    assert "An unnamed speaker: recorded as such, never merged with a named person." in page
    assert "Add a speaker (a joint statement)" in page
    # Every speaker of the review is offered in every choice; no drop-down of every actor.
    choices = page[page.index('<datalist id="nr-speaker-choices">') :]
    choices = choices[: choices.index("</datalist>")]
    assert re.findall(r'<option value="([^"]+)" data-group', choices) == [
        "Maria Lebed",
        "a senior Ostmark government official, unnamed, of Ostmark government",
        "Red Crescent and River Basin Commission",
    ]
    assert page.count('list="nr-speaker-choices"') >= 6 and "<select" not in page.split("nr-ingest-quotes")[1]
    # The body's quotations and the cards lead to each other.
    assert 'id="quote-1"' in page and 'href="#quotation-1"' in page and 'href="#quote-1"' in page


def test_nothing_is_preselected_where_no_speaker_was_found(client, editor):
    client.force_login(editor)
    page = client.post(URL, {"copy": WIRE, "analyse": "1"}).content.decode()
    assert 'value="accept" checked' in card(page, 1) and 'value="reject" checked' not in card(page, 1)
    nobody = card(page, 6)
    assert "No speaker found" in nobody and "checked" not in nobody and "nr-undecided" in nobody


def test_one_correction_of_a_speaker_is_made_for_all_their_quotations(client, editor):
    client.force_login(editor)
    number, _ = group_of(WIRE, "Maria Lebed")
    data = {
        "copy": WIRE,
        "create": "1",
        f"g{number}-1-name": "Maria Lebed",
        f"g{number}-1-role": "Foreign Minister of Veldia",
        "q6-speaker": "Maria Lebed",  # the banner's words given to her, for the test's sake
    }
    assert client.post(URL, data).status_code == 302
    lebed = Actor.objects.get(name="Maria Lebed")
    assert lebed.role == "Foreign Minister of Veldia" and Actor.objects.filter(name="Maria Lebed").count() == 1
    wordings = "\n".join(Citation.objects.filter(statement__actor=lebed).values_list("wording", flat=True))
    assert all(words in wordings for words in ("We came to sign", "moved the line again", "Nobody expected a deal"))


def test_a_group_given_to_an_actor_the_newsroom_holds(client, editor):
    bono = factories.actor(name="Louis Bono", slug="louis-bono")
    client.force_login(editor)
    text = seed("003_ea7fa0eaae2a757b.txt")
    number, _ = group_of(text, "Peter Stano")  # his own quotations; the first is his and Colomina's
    data = {
        "copy": text,
        "create": "1",
        f"g{number}-1-name": "Louis Bono",
        f"g{number}-1-role": "",
        "q1-decision": "reject",
    }
    client.post(URL, data)
    assert Citation.objects.filter(statement__actor=bono).count() >= 1
    assert not Actor.objects.filter(name="Peter Stano").exists()


def test_bad_decisions_are_form_errors_and_nothing_is_created(client, editor):
    client.force_login(editor)
    number, _ = group_of(WIRE, "Maria Lebed")
    response = client.post(URL, {"copy": WIRE, "create": "1", "q6-decision": "accept", f"g{number}-1-name": "x" * 201})
    page = response.content.decode()
    assert response.status_code == 400 and Article.objects.count() == 0
    assert "Nothing was created. Please correct 2 things" in page  # the long name alone: the group keeps its speaker
    assert "Quotation 6 is accepted but has no speaker: name one, or leave it out." in card(page, 6)
    assert "at most 200 characters (201 given)" in page


def test_checking_keeps_the_decisions_and_creates_nothing(client, editor):
    """Without JavaScript, Enter in a box checks the decisions (the form's first button) and the
    review comes back as the editor left it."""
    client.force_login(editor)
    response = client.post(
        URL, {"copy": WIRE, "check": "1", "q6-speaker": "a protester, unnamed", "q2-decision": "reject"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and Article.objects.count() == 0
    assert page.index('name="check"') < page.index('name="create"')
    assert 'value="a protester, unnamed"' in card(page, 6) and 'value="accept" checked' in card(page, 6)
    assert 'value="reject" checked' in card(page, 2) and "nr-left-out" in card(page, 2)
    assert "The decisions are checked and consistent" in page
    first = client.post(URL, {"copy": WIRE, "analyse": "1"}).content.decode()
    assert "The decisions are checked" not in first  # (only once the editor asked)


def test_a_date_given_at_ingest_that_the_header_contradicts_is_pointed_out(client, editor):
    client.force_login(editor)
    copy = (
        "Talks Resume\n\nKESTRA, Nov 19 (Reuters) - The ministry spoke.\n\n“We are ready,” Ana Vale said on Thursday."
    )
    page = client.post(URL, {"copy": copy, "published": "2026-11-28", "analyse": "1"}).content.decode()
    assert "Check the date:" in page and "“Nov 19”" in page
    same = client.post(URL, {"copy": copy, "published": "2026-11-19", "analyse": "1"}).content.decode()
    undated = client.post(URL, {"copy": copy, "analyse": "1"}).content.decode()
    assert "Check the date:" not in same and "Check the date:" not in undated


def test_matching_statement_shown_with_wording_differences(client, editor):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    client.force_login(editor)
    page = client.post(URL, {"copy": seed("000_df6807e0e8078fea.txt"), "analyse": "1"}).content.decode()
    statement = Statement.objects.get(actor__slug="artsakh-mfa")
    change = reverse("admin:newsroom_statement_change", args=[statement.pk])
    assert f'Matches statement <a href="{change}">#{statement.pk}</a>' in page
    assert "<del>9</del>" in page or "<del>9 November" in page or "<ins>November" in page
    assert "In the newsroom: <a href=" in page and "Cite #" in page


def test_citing_a_matched_statement_or_recording_a_new_one(client, editor):
    from django.core.management import call_command

    call_command("loaddata", "seed", verbosity=0)
    client.force_login(editor)
    mfa = Statement.objects.get(actor__slug="artsakh-mfa")
    text = seed("002_5f19ac38d71cd182.txt") + "\n"
    number = next(n for n, q in enumerate(analyse(text, registry_from_db()).quotations, 1) if q.statement == mfa.pk)
    client.post(URL, {"copy": text, "create": "1", f"q{number}-statement": "new"})
    article = Article.objects.get(created_by=editor)
    assert not article.citations.filter(statement=mfa).exists()
    assert article.citations.filter(statement__actor__slug="artsakh-mfa", statement__status=Status.DRAFT).exists()


def test_upload_and_bad_files_are_form_errors(client, editor):
    client.force_login(editor)
    assert "up to 1 MB)" in client.get(URL).content.decode()  # the limit as a person reads it (not 976.6 KB)
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


def test_the_review_costs_the_same_queries_for_6_quotations_or_30(client, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    wire = (Path(__file__).resolve().parent / "browser" / "texts" / "wire_30.txt").read_text(encoding="utf-8")
    counts = []
    for text in (WIRE, wire):
        with CaptureQueriesContext(connection) as queries:
            assert client.post(URL, {"copy": text, "analyse": "1"}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_each_new_statement_shows_the_day_and_medium_it_will_be_recorded_with(client, editor):
    client.force_login(editor)
    copy = (
        "Talks Resume\n\nKESTRA, Nov 27 (Reuters) - The ministry spoke.\n\n"
        "“We are ready,” Ana Vale said in a statement on Thursday.\n\n“Nothing is agreed,” Ivo Ranc told reporters."
    )
    page = client.post(URL, {"copy": copy, "published": "2026-11-27", "analyse": "1"}).content.decode()  # a Friday
    assert "Recorded as press statement, 26 November 2026 (the day the text gives)" in page
    assert "Recorded as remarks, 27 November 2026 (the report’s date: the text gives none)" in page


def test_a_statement_of_several_quotations_shows_its_day_and_medium_once(client, editor):
    client.force_login(editor)
    copy = (
        "Talks Resume\n\nKESTRA, Nov 27 (Reuters) - The ministry spoke.\n\n"
        "“We are ready,” Ana Vale said in a statement on Thursday. “Nothing else matters.”\n\n"
        "“We will wait,” she said."
    )
    page = client.post(URL, {"copy": copy, "published": "2026-11-27", "analyse": "1"}).content.decode()
    assert page.count("Recorded as press statement, 26 November 2026") == 1
    assert 'One statement with quotation <a href="#quotation-1">1</a>' in card(page, 2)


def test_a_publisher_not_yet_listed_is_added_to_the_sources_with_the_draft(client, reporter):
    from newsroom.content.models import Source

    client.force_login(reporter)
    review_page = client.post(URL, {"copy": WIRE, "new_publisher": "  Caliber.az ", "analyse": "1"})
    assert review_page.status_code == 200 and not Source.objects.filter(name="Caliber.az").exists()  # nothing yet
    assert '<input type="hidden" name="new_publisher" value="Caliber.az">' in review_page.content.decode()
    assert client.post(URL, {"copy": WIRE, "new_publisher": "Caliber.az", "create": "1"}).status_code == 302
    source = Source.objects.get(name="Caliber.az")
    article = Article.objects.get()
    assert article.publisher == source and source.kind == Source.Kind.ONLINE_OUTLET
    assert Statement.objects.exists() and all(s.source == source for s in Statement.objects.all())


def test_a_new_publisher_already_listed_is_that_source_and_both_at_once_is_a_form_error(client, editor):
    from newsroom.content.models import Source

    listed = factories.source(name="Interfax")
    client.force_login(editor)
    both = client.post(URL, {"copy": WIRE, "publisher": listed.pk, "new_publisher": "Trend", "analyse": "1"})
    assert both.status_code == 400 and "Choose a listed publisher or name a new one, not both." in both.content.decode()
    assert client.post(URL, {"copy": WIRE, "new_publisher": "interfax", "create": "1"}).status_code == 302
    assert Article.objects.get().publisher == listed and Source.objects.count() == 1


def test_staff_who_may_not_add_sources_can_only_name_a_listed_one(db):
    from newsroom.admin.ingest import IngestForm

    factories.source(name="Interfax")
    refused = IngestForm({"copy": WIRE, "new_publisher": "Trend"}, may_add_source=False)
    assert not refused.is_valid() and "You may not add sources" in refused.errors["new_publisher"][0]
    listed = IngestForm({"copy": WIRE, "new_publisher": "INTERFAX"}, may_add_source=False)
    assert listed.is_valid() and listed.cleaned_data["publisher"].name == "Interfax"


def test_the_of_and_role_boxes_offer_the_organisations_and_roles_of_the_review(client, editor):
    client.force_login(editor)
    page = client.post(URL, {"copy": WIRE, "analyse": "1"}).content.decode()
    organisations = page[page.index('<datalist id="nr-organisation-choices">') :]
    organisations = re.findall(r'<option value="([^"]+)">', organisations[: organisations.index("</datalist>")])
    assert "Ostmark government" in organisations and "Red Crescent" in organisations
    roles = page[page.index('<datalist id="nr-role-choices">') :]
    assert re.findall(r'<option value="([^"]+)">', roles[: roles.index("</datalist>")])
    assert page.count('list="nr-organisation-choices"') == len(re.findall(r'name="g\d+-\d+-of"', page)) > 0
    assert page.count('list="nr-role-choices"') == len(re.findall(r'name="g\d+-\d+-role"', page))


def test_a_new_publisher_in_bytes_that_are_not_text_is_a_form_error_and_nothing_is_written(client, reporter):
    from urllib.parse import urlencode

    from newsroom.content.models import Source

    client.force_login(reporter)
    body = urlencode({"copy": WIRE, "create": "1"}).encode() + b"&new_publisher=Cal%FF%FEiber"
    response = client.generic("POST", URL, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and "not readable text" in response.content.decode()
    assert not Source.objects.exists() and not Article.objects.exists()
    for hostile in ("Caliber\x00.az", "x" * 5000, "Cal\x07iber"):
        assert client.post(URL, {"copy": WIRE, "new_publisher": hostile, "create": "1"}).status_code == 400
    assert not Source.objects.exists() and not Article.objects.exists()


def test_the_review_shows_the_standfirst_under_the_headline(client, reporter):
    client.force_login(reporter)
    copy = (
        "Kestria, Velmar agree to open land border to trucks\n\n"
        "Envoys met at the crossing, pledging to restore the railway link 'as soon as technically possible'\n\n"
        "DAILY SABAH WITH AA\n\nISTANBUL\n\nNov 13, 2026 - 12:41 pm GMT+3\n\n"
        "Kestria and Velmar agreed to open their border, Ivo Ranc said on Thursday.\n"
    )
    page = client.post(URL, {"copy": copy, "analyse": "1"}).content.decode()
    dek = page[page.index('class="nr-ingest-dek"') : page.index("</p>", page.index('class="nr-ingest-dek"'))]
    assert "pledging to restore the railway link" in dek
