"""Tag slugs: every tag, whatever its name, gets a non-empty slug that every URL accepts."""

import re

import pytest
from taggit.models import Tag

from newsroom.core.tag_slugs import tag_slug
from tests import factories

# Names that once took most of the site down (an empty slug), and names whose slug keeps letters
# outside ASCII (which the tag feeds' URLs once refused).
HOSTILE_NAMES = ["🇦🇲", "!!!", "???", "—", "Армения", "Հայաստան", "ناتو", "  spaced  out  ", "C++", "日本"]

PUBLIC_PAGES = [
    "/",
    "/statements/",
    "/articles/",
    "/tags/",
    "/actors/",
    "/sources/",
    "/search/?q=words",
    "/sitemap.xml",
]
API = ["/api/tags/", "/api/articles/", "/api/statements/", "/api/actors/"]
FEEDS = ["/feeds/rss/", "/feeds/atom/", "/feed.json"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_every_tag_name_gets_a_url_safe_slug(name):
    slug = tag_slug(name)
    assert slug and re.fullmatch(r"[-\w]+", slug), slug
    assert tag_slug(name) == slug  # stable


def test_symbol_only_names_are_transliterated_readably():
    assert tag_slug("🇦🇲") == "flag-am"
    assert tag_slug("!!!") == "exclamation-mark-exclamation-mark-exclamation-mark"
    assert tag_slug("Армения") == "армения"


def test_symbol_only_tags_that_would_share_a_slug_still_get_distinct_ones(db):
    a = Tag.objects.create(name="!!!")
    b = Tag.objects.create(name="! ! !")
    assert a.slug and b.slug and a.slug != b.slug


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_the_site_answers_with_such_a_tag_on_published_items(client, editor, make_published, name):
    statement = factories.statement(text="Words said by someone.", tags=[name])
    make_published(statement)
    article = factories.article(tags=[name])
    article.actors.add(statement.actor)
    make_published(article)
    tag = statement.tags.get()
    assert tag.slug
    urls = (
        PUBLIC_PAGES
        + API
        + FEEDS
        + [
            statement.get_absolute_url(),
            article.get_absolute_url(),
            statement.actor.get_absolute_url(),
            f"/tags/{tag.slug}/",
            f"/feeds/tags/{tag.slug}/rss/",
            f"/feeds/tags/{tag.slug}/atom/",
            f"/feeds/tags/{tag.slug}/feed.json",
            f"/api/tags/{tag.slug}/",
            f"/api/articles/?tag={tag.slug}",
        ]
    )
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    assert len(client.get(f"/api/articles/?tag={tag.slug}").json()["results"]) == 1


def test_the_data_migration_repairs_empty_slugs_left_by_earlier_versions(db):
    from importlib import import_module

    from django.apps import apps

    kept = Tag.objects.create(name="NATO")
    Tag.objects.create(name="🇦🇲")
    Tag.objects.create(name="!!!")
    # As taggit used to save them: "" for the first, "_1" for the next.
    Tag.objects.filter(name="🇦🇲").update(slug="")
    Tag.objects.filter(name="!!!").update(slug="_1")
    import_module("newsroom.migrations.0011_hardinput_tag_slugs").repair(apps, None)
    assert dict(Tag.objects.values_list("name", "slug")) == {
        "NATO": kept.slug,
        "🇦🇲": "flag-am",
        "!!!": "exclamation-mark-exclamation-mark-exclamation-mark",
    }
