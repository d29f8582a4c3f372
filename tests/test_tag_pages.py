"""Tag pages: Unicode tags keep their feeds, combined tags are one page in one order."""

import re

import pytest
from taggit.models import Tag

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def artsakh(make_published):
    tag = Tag.objects.create(name="Арцах", slug="арцах")
    article = factories.article(headline="Report on Artsakh")
    article.tags.add(tag)
    make_published(article)
    return tag


def test_a_unicode_tag_page_links_its_three_feeds(client, artsakh):
    page = client.get("/tags/арцах/").content.decode()
    hrefs = re.findall(r'<link rel="alternate" type="[^"]+" title="[^"]+" href="([^"]*)">', page)
    assert len(hrefs) == 3
    assert all(href.startswith("/feeds/tags/") for href in hrefs), hrefs
    for href in hrefs:
        assert client.get(href).status_code == 200, href


@pytest.fixture
def eu_nato(make_published):
    article = factories.article(headline="EU and NATO", tags=["EU", "NATO"])
    make_published(article)
    return article


def test_combined_tags_are_one_page_in_one_order(client, eu_nato):
    response = client.get("/tags/nato/eu/?page=1")
    assert response.status_code == 301
    assert response["Location"] == "/tags/eu/nato/?page=1"
    assert client.get("/tags/eu/eu/nato/").headers["Location"] == "/tags/eu/nato/"
    page = client.get("/tags/eu/nato/").content.decode()
    assert '<link rel="canonical" href="http://testserver/tags/eu/nato/">' in page


def test_narrowing_links_go_straight_to_the_canonical_order(client, eu_nato):
    page = client.get("/tags/nato/").content.decode()
    assert 'href="/tags/eu/nato/"' in page and 'href="/tags/nato/eu/"' not in page
