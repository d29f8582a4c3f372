"""Cards on the reader's lists: headings in order under the page's own, a statement card headed by
who said it, a fragment read through its summary, the date apart from the speaker's title, and
"+N more" a real link to the item's tags."""

import itertools
import re
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

from newsroom.content.models import Statement

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/articles/",
    "/statements/",
    "/actors/nikol-pashinyan/",
    "/actors/european-union/",
    "/sources/the-armenian-mirror-spectator/",
    "/tags/nato/",
    "/tags/lachin-corridor/fact-finding-mission/",
    "/search/?q=peacekeepers",
    "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/",
    "/statements/10/",
]


class Outline(HTMLParser):
    """The page's headings, in order, as (level, class attribute)."""

    def __init__(self):
        super().__init__()
        self.headings = []

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), dict(attrs).get("class", "")))


def outline(html):
    parser = Outline()
    parser.feed(html)
    return parser.headings


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


@pytest.mark.parametrize("path", PAGES)
def test_headings_never_skip_a_level(client, seed, path):
    """Cards on a list sat at h3 straight under the page's h1 (axe and the Nu checker: heading order)."""
    response = client.get(path, follow=True)  # combined tags redirect to their canonical order
    assert response.status_code == 200
    levels = [level for level, _ in outline(response.content.decode())]
    assert levels[0] == 1
    jumps = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert jumps == [], f"{path}: {levels}"


def card(html, text):
    """The card (an <article>) holding `text`."""
    for found in re.findall(r'<article class="card[^"]*">.*?</article>', html, re.S):
        if text in found:
            return found
    raise AssertionError(f"no card holds {text!r}")


def test_a_statement_card_is_headed_by_its_speaker_with_the_date_apart(client, seed):
    html = client.get("/statements/").content.decode()
    bono = card(html, "The peace treaty must be enduring")
    heading = re.search(r"<h2 class=\"card-speaker\">(.*?)</h2>", bono, re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", heading)
    assert "Louis Bono" in text and "co-chair" in text
    # The date is not run on after the title ("…co-chair 6 March 2023"): it has its own line.
    assert "March" not in text
    assert re.search(r'<p class="meta"><time datetime="2023-03-06">6 March 2023</time> · Remarks</p>', bono)


def test_a_fragment_reads_through_its_summary_not_as_a_pull_quote(client, seed):
    fragment = Statement.objects.get(text="integration")
    assert fragment.is_fragment
    html = card(client.get("/statements/").content.decode(), fragment.summary)
    assert "<blockquote" not in html
    summary, quoted = html.index(fragment.summary), html.index("<q ")
    assert summary < quoted and "Quoted:" in html


def test_more_tags_is_a_link_to_the_items_tags(client, seed):
    html = client.get("/articles/").content.decode()
    nato = card(html, "EU, NATO")
    more = re.search(r'<li class="more-tags"><a href="([^"]+)">\+(\d+) more', nato)
    assert more, nato
    url, count = more.groups()
    assert url == "/articles/eu-nato-concerned-about-azerbaijani-ambush-in-artsakh-police/#tags"
    page = client.get(url.split("#")[0]).content.decode()
    tags = re.search(r'<section class="story-tags" id="tags".*?</section>', page, re.S).group(0)
    assert tags.count("<li>") == 4 + int(count)


# The front page and the mixed streams (tag and source pages) read their cards as rows and build no
# model instance for a card the cache holds (newsroom.reading.cards.read): every page below is made
# anew, only the cards are kept.

STREAMS = ["/", "/tags/talks/", "/sources/the-wire/"]


@pytest.fixture
def streams(settings, editor):
    """A live article and a live joint statement (its second speaker unnamed, of an organisation),
    both tagged "Talks" and of the source "The Wire"."""
    from newsroom.editorial import workflow
    from tests import factories

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    wire = factories.source(name="The Wire", slug="the-wire")
    ministry = factories.actor(name="Ministry of Talks", slug="ministry")
    speaker = factories.actor(name="Ana Speaker", slug="ana", role="Negotiator")
    statement = factories.statement(actor=speaker, source=wire, text="We will talk again next week.", tags=["Talks"])
    statement.speaker_rows.create(actor=factories.actor(name="an aide", unnamed=True, affiliation=ministry), order=2)
    article = factories.article(headline="Talks resume", publisher=wire, tags=["Talks"])
    for item in (statement, article):
        workflow.transition(item=item, user=editor, name="publish")
    return article, statement, speaker


@pytest.fixture
def rendered(templates_rendered):
    """The card templates rendered during the test."""
    return templates_rendered("newsroom/includes/article_card.html", "newsroom/includes/statement_card.html")


def built_again(client, url, rendered, cards=2):
    """The page's first answer, its second, and the names of the models whose instances the second built;
    the first must have rendered its `cards` (`rendered`: the templates rendered so far)."""
    from django.db.models.signals import pre_init

    first = client.get(url)
    assert len(rendered) == cards
    built = []

    def counted(sender, **kwargs):
        built.append(sender.__name__)

    pre_init.connect(counted)
    try:
        again = client.get(url)
    finally:
        pre_init.disconnect(counted)
    return first, again, set(built)


@pytest.mark.parametrize("url", STREAMS)
def test_a_card_the_cache_holds_costs_no_instance(client, streams, rendered, url):
    first, again, built = built_again(client, url, rendered)
    assert "Talks resume" in first.content.decode() and "Ana Speaker" in first.content.decode()
    assert again.content == first.content and again["Surrogate-Key"] == first["Surrogate-Key"]
    assert len(rendered) == 2
    # (The source page's own Source, and the tag page's narrower tags, are the page's, not its cards'.)
    assert not {"Article", "Statement", "Actor", "Photo", "StatementSpeaker"} & built


@pytest.mark.parametrize("url", STREAMS)
def test_a_card_read_as_rows_names_what_it_shows(client, streams, url):
    """The keys edge.keys.shown names from the instances of .cards(): the items, their tags and
    publisher, every speaker with their organisation, the statement's source."""
    from newsroom.content.models import Actor

    article, statement, speaker = streams
    aide = statement.speaker_rows.get().actor
    keys = set(client.get(url)["Surrogate-Key"].split())
    expected = {
        f"article-{article.pk}", f"statement-{statement.pk}", f"actor-{speaker.pk}", f"actor-{aide.pk}",
        f"actor-{Actor.objects.get(slug='ministry').pk}", f"source-{article.publisher_id}",
        *(f"tag-{tag.pk}" for tag in article.tags.all()),
    }  # fmt: skip
    assert expected <= keys


@pytest.mark.parametrize("url", STREAMS)
def test_whatever_a_card_shows_changing_renders_it_anew(client, streams, rendered, editor, url):
    from newsroom.editorial import workflow

    article, statement, speaker = streams
    client.get(url)
    speaker.name = "Ana Renamed"
    speaker.save()
    assert "Ana Renamed" in client.get(url).content.decode()
    article.publisher.name = "The New Wire"
    article.publisher.save()
    statement.tags.add("Ceasefire")
    page = client.get(url).content.decode()
    assert "The New Wire" in page
    assert url == "/" or ">Ceasefire</a>" in page  # the front page's statements show no tags
    type(article).objects.filter(pk=article.pk).update(headline="Talks resume on Monday", version=article.version + 1)
    assert "Talks resume on Monday" in client.get(url).content.decode()
    # Unpublished: gone from the list, whatever the cache holds.
    workflow.transition(item=statement, user=editor, note="wrong speaker", name="unpublish")
    assert "We will talk again next week." not in client.get(url).content.decode()


@pytest.mark.parametrize("url", STREAMS)
def test_cards_are_whole_with_the_cache_away(client, streams, rendered, request, url):
    expected = client.get(url).content
    request.getfixturevalue("cache_away")
    response = client.get(url)
    assert response.status_code == 200 and response.content == expected
    assert len(rendered) == 4  # rendered again, from the rows


# An actor's page reads its cards as rows too: its timeline (paged by position, the cursors taken from
# the rows) and the reports that mention them.


@pytest.fixture
def actor_page(streams):
    from newsroom.content.models import ArticleActor

    article, _, speaker = streams
    ArticleActor.objects.create(article=article, actor=speaker)
    return f"/actors/{speaker.slug}/"


def test_an_actor_pages_held_cards_cost_no_instance(client, streams, rendered, actor_page):
    first, again, built = built_again(client, actor_page, rendered)
    assert "We will talk again next week." in first.content.decode() and "Talks resume" in first.content.decode()
    assert again.content == first.content and again["Surrogate-Key"] == first["Surrogate-Key"]
    assert len(rendered) == 2
    # (The page's own actor, its organisation and members are the page's, not its cards'.)
    assert not {"Article", "Statement", "Photo", "StatementSpeaker"} & built


def test_an_actor_pages_cards_name_what_they_show(client, streams, actor_page):
    from newsroom.content.models import Actor

    article, statement, speaker = streams
    aide = statement.speaker_rows.get().actor
    keys = set(client.get(actor_page)["Surrogate-Key"].split())
    expected = {
        f"article-{article.pk}", f"statement-{statement.pk}", f"actor-{speaker.pk}", f"actor-{aide.pk}",
        f"actor-{Actor.objects.get(slug='ministry').pk}", f"source-{article.publisher_id}",
        *(f"tag-{tag.pk}" for tag in article.tags.all()),
    }  # fmt: skip
    assert expected <= keys
    # Each kind alone names only its own cards' keys, as the instances did.
    reports = set(client.get(actor_page + "?kind=reports")["Surrogate-Key"].split())
    assert f"article-{article.pk}" in reports


def test_an_actor_pages_timeline_pages_by_position_from_rows(client, editor, settings):
    """Twenty-one statements: the first page links to an older one holding the oldest, which links back."""
    import datetime

    from newsroom.editorial import workflow
    from tests import factories

    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    speaker = factories.actor(name="Ana Speaker", slug="ana")
    for day in range(1, 22):
        statement = factories.statement(actor=speaker, text=f"Words of day {day}.", made_on=datetime.date(2024, 3, day))
        workflow.transition(item=statement, user=editor, name="publish")
    first = client.get("/actors/ana/").content.decode()
    assert "Words of day 21." in first and "Words of day 1." not in first
    older = re.search(r'href="(\?before=[^"]+)"', first).group(1)
    second = client.get("/actors/ana/" + older).content.decode()
    assert "Words of day 1." in second and "Words of day 2." not in second
    newer = re.search(r'href="(\?after=[^"]+)"', second).group(1)
    assert client.get("/actors/ana/" + newer).content.decode().count("Words of day") == 20


@pytest.mark.parametrize(
    "url, shown", [("/articles/", "Talks resume"), ("/statements/", "We will talk again next week.")]
)
def test_the_lists_held_cards_cost_no_instance(client, streams, rendered, url, shown):
    """The lists of reports and of statements read their cards as rows too, paged by position from them."""
    first, again, built = built_again(client, url, rendered, cards=1)
    assert shown in first.content.decode()
    assert again.content == first.content and again["Surrogate-Key"] == first["Surrogate-Key"]
    assert len(rendered) == 1
    assert not {"Article", "Statement", "Actor", "Photo", "StatementSpeaker"} & built
