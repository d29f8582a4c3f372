"""The article page as a reader sees it: dateline, machine-readable times, quotations linked to statements."""

import re

import pytest
from django.core.management import call_command

from newsroom.models import Article, Caption
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
