"""Live tags and how many live items carry each: counted once per public change and cached.

The items are the kinds readers find by tag: articles, statements and live pages (newsroom.live,
named here by model so that content imports none of it), each by its own reading rule (`live()`)."""

import functools
import operator
import threading
import time
from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse

from newsroom.content.public_clock import last_public_change


def _model(name):
    return apps.get_model("newsroom", name)


# The kinds whose tags readers see.
TAGGED_KINDS = ("Article", "Statement", "LivePage")


def _tagged_kinds():
    return [_model(name) for name in TAGGED_KINDS]


def live_tags():
    """Tags carried by at least one live article, statement or live page: what tag feeds look a
    slug up in, so a tag carried only by drafts does not exist for readers. Each tag stops at
    its first live item, so a look-up by slug stays cheap however large the archive."""
    Tag, TaggedItem = apps.get_model("taggit", "Tag"), apps.get_model("taggit", "TaggedItem")

    ContentType = apps.get_model("contenttypes", "ContentType")

    def carried_by(model):
        return Exists(
            TaggedItem.objects.filter(tag=OuterRef("pk"), content_type=ContentType.objects.get_for_model(model)).filter(
                Exists(model.objects.live().filter(pk=OuterRef("object_id")))
            )
        )

    carried = [carried_by(model) for model in _tagged_kinds()]
    return Tag.objects.filter(functools.reduce(operator.or_, carried))


# How long tag counts are kept at most; any public change makes new ones sooner (their cache key
# is the moment of the last public change).
TAG_COUNTS_SECONDS = 300


@dataclass(frozen=True)
class TagCount:
    """A live tag and the number of live articles, statements and live pages carrying it."""

    pk: int
    name: str
    slug: str
    count: int
    url: str  # its page, worked out once with the counts rather than for each reader


def live_tag_counts():
    """Every live tag as a TagCount, most used first (then by name): counted once per public change.

    Counting over every tagged item is the one costly query of the home, tag index and tag API
    pages, so the answer is cached under the moment of the last public change: a publication, an
    unpublication, a tag change or edit of a live item, a scheduled go-live or an expiry by the
    clock gives a new key (no worker needed), and nothing older than TAG_COUNTS_SECONDS is ever
    served.
    """
    return _counts().ordered


@dataclass(frozen=True)
class _Counts:
    ordered: tuple  # TagCounts, most used first
    by_slug: dict  # the same, by slug: what a tag page looks its tags up in


# The counts last read by this process, with their key and when they were read: a tag page or the
# API reads three tags of two thousand, and unpickling them all on every request cost more than
# the rest of the page.
_read = threading.local()


def forget_read_counts():
    """Drop the counts this process holds (tests, which empty the cache between them)."""
    _read.__dict__.clear()


def _counts():
    changed = last_public_change()
    key = f"newsroom:tag-counts:{changed.timestamp() if changed else 0}"
    held = getattr(_read, "held", None)
    if held and held[0] == key and time.monotonic() - held[1] < TAG_COUNTS_SECONDS:
        return held[2]
    try:
        counts = cache.get(key)
    except Exception:  # a cache that is away costs the count, never the page
        counts = None
    if counts is None:
        counts = _count_tags()
        try:
            cache.set(key, counts, TAG_COUNTS_SECONDS)
        except Exception:
            pass
    read = _Counts(counts, {tag.slug: tag for tag in counts})
    _read.held = (key, time.monotonic(), read)
    return read


def _count_tags():
    # One GROUP BY per kind over the tagged items of live items (a hash semi-join), then summed.
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    counts = {}
    for model in _tagged_kinds():
        rows = (
            TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model))
            .filter(Exists(model.objects.live().filter(pk=OuterRef("object_id"))))
            .values_list("tag")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for tag_id, n in rows:
            counts[tag_id] = counts.get(tag_id, 0) + n
    names = apps.get_model("taggit", "Tag").objects.filter(pk__in=list(counts)).values_list("pk", "name", "slug")
    tags = [
        TagCount(pk, name, slug, counts[pk], reverse("newsroom:tag_detail", kwargs={"slugs": slug}))
        for pk, name, slug in names
    ]
    return tuple(sorted(tags, key=lambda tag: (-tag.count, tag.name)))


def tags_with_counts(limit=None):
    """Live tags with their counts, most used first (the `limit` most used): no query once they
    are counted."""
    counts = live_tag_counts()
    return list(counts[:limit] if limit else counts)


def tags_by_slug():
    """Live tags with their counts, by slug (a dict not to be changed): no query once they are counted."""
    return _counts().by_slug
