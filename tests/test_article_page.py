"""The article page as a reader sees it: dateline, machine-readable times, quotations linked to statements."""

import re

import pytest
from django.core.management import call_command

from newsroom.content.models import Caption
from tests import factories

pytestmark = pytest.mark.django_db

MFA_ARTICLE = "karabakh-leader-warns-of-more-azeri-provocations-after-assassination-of-three-police-officers"


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


def test_the_dateline_opens_the_first_paragraph_even_after_a_caption(client, seed):
    page = client.get(f"/articles/{MFA_ARTICLE}/").content.decode()
    assert '<span class="dateline">STEPANAKERT (Combined Sources) —</span> Nagorno-Karabakh’s leadership' in page


def test_the_dateline_skips_a_leading_subhead(client, make_published):
    article = factories.article(dateline="YEREVAN", body="## Background\n\nFirst words.")
    Caption.objects.create(article=article, text="A photo", position=0)
    make_published(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<span class="dateline">YEREVAN —</span> First words.' in page
    assert page.count('class="dateline"') == 1


def test_times_carry_no_microseconds(client, make_published):
    """The Nu HTML checker refuses more than three fractional digits in a valid date-time string."""
    article = make_published(factories.article(tags=["EU"]))
    article.refresh_from_db()
    assert article.first_published_at.microsecond  # the workflow sets the time to the microsecond
    for url in [article.get_absolute_url(), "/", "/articles/", "/tags/eu/"]:
        page = client.get(url).content.decode()
        stamps = re.findall(r'datetime="([^"]+)"', page)
        assert stamps, url
        for stamp in stamps:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", stamp), (url, stamp)


def test_quotations_link_to_their_statements_with_the_speaker_on_hover_and_focus(client, seed):
    page = client.get(f"/articles/{MFA_ARTICLE}/").content.decode()
    assert (
        '<a class="quotation-link" href="/statements/5/" aria-describedby="said-by-5">'
        '<q cite="/statements/5/">terrorism</q></a><span class="said-by" role="tooltip" id="said-by-5">Nikol Pashinyan'
    ) in page
    assert '<blockquote class="block-quote" cite="/statements/11/">' in page


def test_a_quotation_of_a_statement_readers_may_not_see_is_not_linked(client, make_published, editor):
    from newsroom.editorial import workflow

    statement = factories.statement(text="never again")
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(body="They said “never again” twice.")
    factories.citation(article, statement)
    make_published(article)
    workflow.transition(item=statement, user=editor, note="wrong speaker", name="unpublish")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "They said “never again” twice." in page
    assert f"/statements/{statement.pk}/" not in page


def test_the_quoted_statements_box_lists_statements_not_the_body_wording(client, seed):
    page = client.get(f"/articles/{MFA_ARTICLE}/").content.decode()
    box = page[page.index('id="quoted"') :]
    # The statement's own words, not the article's printing with its trailing comma.
    assert "take steps to de-escalate the situation.</a>" in box
    assert "de-escalate the situation,</a>" not in box
    # A fragment comes with its summary.
    assert '<a href="/statements/5/">terrorism</a>' in box
    assert "Condemned the shootings as an act of terrorism" in box
