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


# The story (text, corrections, tags, quoted statements) is a fragment kept per version of what it
# shows (newsroom.reading.fragments): every page below is made anew, only the fragment is kept.


@pytest.fixture
def story_renders(settings, templates_rendered):
    """The story fragments rendered during the test, by the template's name."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    return templates_rendered("newsroom/includes/story_body.html")


@pytest.fixture
def quoted(make_published, editor):
    """A live article quoting a live statement of a named speaker, with a tag."""
    from newsroom.editorial import workflow

    speaker = factories.actor(name="Ana Speaker")
    statement = factories.statement(actor=speaker, text="We will talk again next week.")
    workflow.transition(item=statement, user=editor, name="publish")
    article = factories.article(body="She said “We will talk again next week.” on Monday.", tags=["Talks"])
    factories.citation(article, statement)
    make_published(article)
    return article, statement, speaker


def test_the_story_is_rendered_once_and_then_read_from_the_cache(client, quoted, story_renders, monkeypatch):
    article, *_ = quoted
    first = client.get(article.get_absolute_url()).content
    assert len(story_renders) == 1
    from newsroom.reading import story

    monkeypatch.setattr(story, "layout", lambda *args: pytest.fail("laid out again"))
    assert client.get(article.get_absolute_url()).content == first
    assert len(story_renders) == 1


def test_whatever_the_story_shows_changing_renders_it_anew(client, quoted, story_renders, editor):
    from newsroom.content.models import Correction
    from newsroom.editorial import workflow

    article, statement, speaker = quoted
    url = article.get_absolute_url()
    assert "Ana Speaker" in client.get(url).content.decode()
    speaker.name = "Ana Renamed"
    speaker.save()
    assert "Ana Renamed" in client.get(url).content.decode()
    article.tags.add("Ceasefire")
    assert ">Ceasefire</a>" in client.get(url).content.decode()
    Correction.objects.create(article=article, kind="correction", text="The meeting was on Tuesday.")
    assert "The meeting was on Tuesday." in client.get(url).content.decode()
    type(article).objects.filter(pk=article.pk).update(body="She said “We will talk again next week.” on Tuesday.")
    assert "on Tuesday." in client.get(url).content.decode()
    assert len(story_renders) == 5
    # The statement unpublished: its quotation is no longer linked, nor listed.
    workflow.transition(item=statement, user=editor, note="wrong speaker", name="unpublish")
    page = client.get(url).content.decode()
    assert f"/statements/{statement.pk}/" not in page and "Ana Renamed" not in page
    assert len(story_renders) == 6


def test_a_statement_expiring_by_the_clock_leaves_the_story(client, quoted, story_renders, time_machine):
    from django.utils import timezone

    article, statement, _ = quoted
    now = timezone.now()
    time_machine.move_to(now)
    type(statement).objects.filter(pk=statement.pk).update(expires_at=now + timezone.timedelta(hours=1))
    assert f"/statements/{statement.pk}/" in client.get(article.get_absolute_url()).content.decode()
    time_machine.move_to(now + timezone.timedelta(hours=2))
    assert f"/statements/{statement.pk}/" not in client.get(article.get_absolute_url()).content.decode()
    assert len(story_renders) == 2


def test_a_draft_statement_never_reaches_the_story_though_staff_saw_it(client, admin_client, quoted, editor):
    """The fragment holds live statements only, whoever asked first: staff at the public address
    make it too, and the key is of what it shows, so a reader never gets another version's."""
    from newsroom.editorial import workflow

    article, statement, _ = quoted
    url = article.get_absolute_url()
    assert admin_client.get(url).status_code == 200
    workflow.transition(item=statement, user=editor, note="not yet", name="unpublish")
    workflow.transition(item=statement, user=editor, name="redraft")
    type(statement).objects.filter(pk=statement.pk).update(text="We will talk again next week. Secret draft words.")
    assert admin_client.get(url).status_code == 200
    page = client.get(url).content.decode()
    assert "Secret draft words" not in page
    assert f"/statements/{statement.pk}/" not in page and 'id="quoted"' not in page


def test_the_page_is_whole_with_the_cache_away(client, quoted, story_renders, request):
    article, *_ = quoted
    expected = client.get(article.get_absolute_url()).content
    request.getfixturevalue("cache_away")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content == expected
    assert len(story_renders) == 2


def test_a_dateline_that_carries_its_credit_is_not_given_the_byline_again(client, make_published):
    article = factories.article(dateline="KESTRA, Dec 2 (Reuters)", byline="Farid Mamma", body="First words.")
    make_published(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<span class="dateline">KESTRA, Dec 2 (Reuters) —</span> First words.' in page
