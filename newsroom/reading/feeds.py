"""RSS 2.0, Atom and JSON Feed 1.1, for the whole site, a tag or an actor: live items only.

As Django's syndication framework intends, a format is a `SyndicationFeed` generator (JSON Feed
is written here; RSS and Atom are Django's) and a scope is a `Feed`: three scopes, each served
in three formats.
"""

import json
import re

from django.contrib.syndication.views import Feed
from django.db import router
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed
from django.utils.html import linebreaks
from django.utils.http import http_date
from django.utils.text import Truncator

from newsroom.content.compiled import Columns, Compiled, split, together
from newsroom.content.models import Actor, Article, Caption, Correction, Photo, Statement
from newsroom.content.photos import enclosure, lead_photo, picture
from newsroom.content.public_clock import last_public_change
from newsroom.content.querysets import by_owner, hold_prefetched
from newsroom.content.tag_counts import live_tags
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.live.models import LiveEntry, LivePage
from newsroom.reading.claims.annotations import annotate
from newsroom.reading.stream import fill, newest

FEED_ITEMS = 30


class JsonFeed(SyndicationFeed):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Text goes out as text (`content_text`,
    `summary`), never as HTML."""

    content_type = "application/feed+json"

    def write(self, outfile, encoding):
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": self.feed["title"],
            "home_page_url": self.feed["link"],
            "feed_url": self.feed["feed_url"],
            "description": self.feed["description"],
            "language": self.feed["language"],
            "items": [self.item_json(item) for item in self.items],
        }
        outfile.write(json.dumps(feed, ensure_ascii=False))

    def item_json(self, item):
        entry = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "content_text": item["content_text"],
            "summary": item["summary_text"],
            "date_published": item["pubdate"].isoformat(),
            "date_modified": item["updateddate"].isoformat(),
            "tags": item["categories"],
        }
        if item["author_name"]:
            entry["authors"] = [{"name": item["author_name"]}]
        if item["image"]:
            entry["image"] = item["image"]
        if item.get("claims"):
            entry["_claims"] = item["claims"]  # links, fact-checks, incidents (newsroom.reading.claims.annotations)
        return entry


FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed, "json": JsonFeed}

# XML 1.0 cannot carry control characters other than tab and line breaks, and pasted copy holds
# some (a vertical tab from a word processor): RSS and Atom leave them out rather than fail.
# (A pattern, not str.translate with a table, which looks up every character of every text in a dict.)
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text):
    return NOT_XML.sub("", text) if isinstance(text, str) else text


def item_title(item):
    if isinstance(item, Article):
        return item.headline
    return f"{item.speakers_label}: “{Truncator(item.text).words(16)}”"


def item_text(item):
    """The whole item as plain text, with its corrections."""
    if isinstance(item, Article):
        text = "\n\n".join(b.text or "\n\n".join(b.paragraphs) for b in item.body_blocks)
    else:
        text = "\n\n".join(filter(None, [item.text, item.summary]))
    notes = [f"{c.get_kind_display()} ({c.published_at:%d %B %Y}): {c.text}" for c in item.corrections.all()]
    return "\n\n".join([text, *notes])


def item_summary(item):
    """A short plain-text summary, with any corrections."""
    if isinstance(item, Article):
        summary = item.dek or Truncator(item_text(item)).words(50)
    else:
        summary = item.summary or Truncator(item.text).words(50)
    notes = [f"{c.get_kind_display()}: {c.text}" for c in item.corrections.all()]
    return "\n\n".join([summary, *notes])


_CORRECTION = Columns(Correction)
_CAPTION, _PHOTO = Columns(Caption), Columns(Photo, "photo__")


def _corrections_of(owner):
    return Compiled(
        lambda ids: (
            Correction.objects.filter(**{f"{owner}__in": ids})
            .order_by("published_at", "pk")
            .values_list(*_CORRECTION.paths)
        )
    )


_CORRECTIONS = {Article: _corrections_of("article"), Statement: _corrections_of("statement")}
# Each caption with its photo, if it has one (a LEFT JOIN, as select_related reads it).
_CAPTIONS = Compiled(
    lambda ids: (
        Caption.objects.filter(article__in=ids).order_by("position", "pk").values_list(*_CAPTION.paths, *_PHOTO.paths)
    )
)


def hold_corrections_and_captions(articles, statements):
    """Give the items their corrections and the articles their captions, each caption with its photo, as
    `prefetch_related("corrections")` and `("captions__photo")` would, by queries compiled once per
    process and sent together (newsroom.content.compiled): the ORM's prefetches, built, compiled and
    sent one by one, were a fifth of a feed's time (14 of 70 ms in-process at 100k)."""
    calls, holders = [], []
    for model, items in ((Article, articles), (Statement, statements)):
        if items:
            calls.append((_CORRECTIONS[model], {"ids": [item.pk for item in items]}))
            holders.append(("corrections", model, items))
    if articles:
        calls.append((_CAPTIONS, {"ids": [article.pk for article in articles]}))
        holders.append(("captions", None, articles))
    for (name, model, items), rows in zip(holders, together(*calls) if calls else [], strict=True):
        if name == "corrections":
            db = router.db_for_read(Correction)
            owner = "article_id" if model is Article else "statement_id"
            found = by_owner((_CORRECTION.build(db, row) for row in rows), lambda c, owner=owner: getattr(c, owner))
            for item in items:
                hold_prefetched(item, "corrections", Correction, found.get(item.pk, []))
        else:
            db = router.db_for_read(Caption)
            captions = []
            for row in rows:
                own, photo, _ = split(row, _CAPTION, _PHOTO)
                caption = _CAPTION.build(db, own)
                caption._state.fields_cache["photo"] = _PHOTO.build(db, photo)
                captions.append(caption)
            found = by_owner(captions, lambda c: c.article_id)
            for article in items:
                hold_prefetched(article, "captions", Caption, found.get(article.pk, []))


class StreamFeed(Feed):
    """Live articles and statements, newest first, in the format named when it is made:
    `SiteFeed("atom")`. Subclasses say what the scope covers in `get_object`."""

    def __init__(self, format_name):
        self.format_name = format_name
        self.feed_type = FORMATS[format_name]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        changed = last_public_change()
        if changed:
            response["Last-Modified"] = http_date(changed.timestamp())
        return response

    def description(self, scope):
        return "Reports and statements on the conflict, newest first."

    def items(self, scope):
        items = [item for _, item in fill(newest(scope["articles"], scope["statements"], FEED_ITEMS))]
        declare(scope["request"], *scope["keys"], items)
        articles = [item for item in items if isinstance(item, Article)]
        hold_corrections_and_captions(articles, [item for item in items if isinstance(item, Statement)])
        absolute = scope["request"].build_absolute_uri
        for article in articles:
            # The lead photo: its largest JPEG as the enclosure and the JSON Feed image.
            photo = lead_photo(article)
            found, shown = enclosure(photo), picture(photo)
            article.feed_enclosure = (absolute(found[0]), *found[1:]) if found else None
            article.feed_image = absolute(shown.src_largest) if shown else None
        if self.format_name == "json":  # only the JSON Feed carries them (`_claims`)
            annotate(items, absolute)
        return items

    def title(self, scope):
        return xml_text(scope["title"])

    def link(self, scope):
        return scope["link"]

    def feed_url(self, scope):
        return scope["feed_url"]

    def item_title(self, item):
        return xml_text(item_title(item))

    def item_description(self, item):
        # RSS <description> and Atom <summary type="html"> are HTML: plain text is escaped as text.
        return xml_text(linebreaks(item_summary(item), autoescape=True))

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return f"{item._meta.model_name}:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.modified_for_readers

    def item_author_name(self, item):
        return xml_text((item.byline if isinstance(item, Article) else item.speakers_label) or None)

    def item_categories(self, item):
        return [xml_text(tag.name) for tag in item.tags.all()]

    def item_enclosures(self, item):
        found = getattr(item, "feed_enclosure", None)
        if found is None:
            return []
        url, length, mime_type = found
        return [Enclosure(url, str(length), mime_type)]

    def item_extra_kwargs(self, item):
        if self.format_name != "json":
            # RSS and Atom write none of these: the whole text, the plain summary (their description is
            # item_description's), the image and the claims are the JSON Feed's. Making them was a third of
            # a long thread's RSS (its links, reviews and incidents read for nothing).
            return {}
        return {
            "content_text": item_text(item),
            "summary_text": item_summary(item),
            "image": getattr(item, "feed_image", None),
            "claims": getattr(item, "feed_claims", None),
        }

    def scope_url(self, name, **kwargs):
        route = {"rss": "feed_rss", "atom": "feed_atom", "json": "feed_json"}[self.format_name]
        return reverse(f"newsroom:{name}{route}", kwargs=kwargs)


class SiteFeed(StreamFeed):
    def get_object(self, request):
        return {
            "articles": Article.objects.live(),
            "statements": Statement.objects.live(),
            "title": "Newsroom",
            "link": reverse("newsroom:home"),
            "feed_url": self.scope_url(""),
            "request": request,
            "keys": (edge_keys.ARTICLES, edge_keys.STATEMENTS),
        }


class TagFeed(StreamFeed):
    def get_object(self, request, slug):
        # Among published tags only: a tag carried by drafts alone does not exist for readers.
        tag = get_object_or_404(live_tags(), slug=slug)
        return {
            "articles": Article.objects.live().tagged(tag),
            "statements": Statement.objects.live().tagged(tag),
            "title": f"Newsroom: {tag.name}",
            "link": reverse("newsroom:tag_detail", kwargs={"slugs": tag.slug}),
            "feed_url": self.scope_url("tag_", slug=tag.slug),
            "request": request,
            "keys": edge_keys.page_of(tag),
        }


class ActorFeed(StreamFeed):
    def get_object(self, request, slug):
        actor = get_object_or_404(Actor.objects.public().with_frequency(), slug=slug)
        return {
            "articles": Article.objects.live().involving(actor),
            "statements": Statement.objects.live().spoken_by(actor),
            "title": f"Newsroom: {actor.name}",
            "link": actor.get_absolute_url(),
            "feed_url": self.scope_url("actor_", slug=actor.slug),
            "request": request,
            "keys": edge_keys.page_of(actor),
        }


def entry_text(entry):
    """A live entry as plain text, with its corrections."""
    text = "\n\n".join(b.text or "\n\n".join(b.paragraphs) for b in entry.body_blocks)
    notes = [f"{c.get_kind_display()} ({c.published_at:%d %B %Y %H:%M}): {c.text}" for c in entry.corrections.all()]
    return "\n\n".join([text, *notes])


class LiveFeed(Feed):
    """A live page's entries, newest first, as RSS, Atom or JSON Feed: `LiveFeed("atom")`. Only the
    entries readers see (the reading rule), of a page readers see."""

    def __init__(self, format_name):
        self.format_name = format_name
        self.feed_type = FORMATS[format_name]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        changed = last_public_change()
        if changed:
            response["Last-Modified"] = http_date(changed.timestamp())
        return response

    def get_object(self, request, slug):
        page = get_object_or_404(LivePage.objects.live(), slug=slug)
        declare(request, *edge_keys.page_of(page))
        return page

    def items(self, page):
        return list(
            LiveEntry.objects.live().filter(page=page).newest_first().select_related("page").for_page()[:FEED_ITEMS]
        )

    def title(self, page):
        return xml_text(f"{page.headline} (live)")

    def link(self, page):
        return page.get_absolute_url()

    def feed_url(self, page):
        route = {"rss": "live_feed_rss", "atom": "live_feed_atom", "json": "live_feed_json"}[self.format_name]
        return reverse(f"newsroom:{route}", kwargs={"slug": page.slug})

    def description(self, page):
        return xml_text(page.summary or f"Live coverage: {page.headline}")

    def item_title(self, entry):
        return xml_text(entry.key_event_title or Truncator(" ".join(entry.body.split())).words(16))

    def item_description(self, entry):
        return xml_text(linebreaks(entry_text(entry), autoescape=True))

    def item_link(self, entry):
        return entry.get_absolute_url()

    def item_guid(self, entry):
        return f"liveentry:{entry.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry):
        return entry.first_published_at

    def item_updateddate(self, entry):
        return entry.modified_for_readers

    def item_author_name(self, entry):
        return xml_text(entry.author or None)

    def item_categories(self, entry):
        return ["Key event"] if entry.key_event else []

    def item_extra_kwargs(self, entry):
        return {
            "content_text": entry_text(entry),
            "summary_text": Truncator(entry_text(entry)).words(50),
            "image": None,
        }
