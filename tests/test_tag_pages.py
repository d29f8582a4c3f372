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
