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
