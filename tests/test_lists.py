"""Lists mixing reports and statements: labelled, filterable by kind; cards with a summary, short tag chips."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/tags/eu/", "/sources/interfax/", "/actors/peter-stano/"])
def test_reports_and_statements_can_be_shown_apart(client, states, url):
    both = client.get(url).content.decode()
    assert "Report live" in both and "Words live." in both
    reports = client.get(f"{url}?kind=reports").content.decode()
    assert "Report live" in reports and "Words live." not in reports
    statements = client.get(f"{url}?kind=statements").content.decode()
    assert "Report live" not in statements and "Words live." in statements
    assert '<a href="?kind=statements" aria-current="page">Statements only</a>' in statements


@pytest.mark.parametrize("url", ["/tags/eu/", "/sources/interfax/", "/actors/peter-stano/"])
def test_an_unknown_kind_is_a_bad_request(client, states, url):
    response = client.get(f"{url}?kind=drafts")
    assert response.status_code == 400
    assert "does not have" in response.content.decode()


def test_mixed_lists_label_each_card(client, states):
    page = client.get("/tags/eu/").content.decode()
    assert '<p class="kind-label">Report</p>' in page and '<p class="kind-label">Statement</p>' in page


def test_a_card_without_a_dek_shows_the_first_sentences(client, make_published):
    body = "One sentence here. Another one follows. A third is left out.\n\nSecond paragraph."
    make_published(factories.article(headline="No dek", body=body))
    make_published(factories.article(headline="With dek", dek="The standfirst."))
    page = client.get("/articles/").content.decode()
    assert '<p class="summary">One sentence here. Another one follows.</p>' in page
    assert '<p class="summary">The standfirst.</p>' in page


def test_tag_chips_on_cards_stay_short(client, make_published):
    tags = ["A very long tag name that goes on and on", "two", "three", "four", "five", "NATO"]
    make_published(factories.article(headline="Many tags", tags=tags))
    page = client.get("/articles/").content.decode()
    card = page[page.index('<article class="card') :]
    chips = re.findall(r'<li><a href="/tags/[^"]+/"[^>]*>([^<]+)</a></li>', card)
    assert chips == ["two", "five", "four", "NATO"]  # the shortest names, whatever the database order
    assert "+2 more" in card
    long_tag = factories.article(headline="One long tag", tags=["A very long tag name that goes on and on"])
    make_published(long_tag)
    page = client.get("/articles/").content.decode()
    assert "A very long tag name th…" in page and 'title="A very long tag name that goes on and on"' in page
