"""RSS 2.0, Atom and JSON Feed 1.1, for the whole site, a tag or an actor: published items only."""

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from taggit.models import Tag

from newsroom.models import Actor, Article, Statement
from newsroom.querysets import fill_stream, mixed_stream

FEED_ITEMS = 30


class Scope:
    """What a feed covers: everything, one tag or one actor."""

    def __init__(self, kind="site", slug=None):
        self.kind, self.slug = kind, slug
        self.articles, self.statements = Article.objects.published(), Statement.objects.published()
        self.title, self.link = "Newsroom", reverse("newsroom:home")
        if kind == "tag":
            tag = get_object_or_404(Tag, slug=slug)
            self.articles, self.statements = self.articles.filter(tags=tag), self.statements.filter(tags=tag)
            self.title = f"Newsroom: {tag.name}"
            self.link = reverse("newsroom:tag_detail", kwargs={"slugs": tag.slug})
        elif kind == "actor":
            actor = get_object_or_404(Actor.objects.public(), slug=slug)
            self.articles = self.articles.involving(actor.slug)
            self.statements = self.statements.filter(actor=actor)
            self.title, self.link = f"Newsroom: {actor.name}", actor.get_absolute_url()
        self.description = "Reports and statements on the conflict, newest first."

    def items(self):
        items = [item for _, item in fill_stream(list(mixed_stream(self.articles, self.statements)[:FEED_ITEMS]))]
        for model in (Article, Statement):
            prefetch_related_objects([item for item in items if isinstance(item, model)], "corrections")
        return items

    def feed_url(self, format_name):
        name = {"rss": "feed_rss", "atom": "feed_atom", "json": "feed_json"}[format_name]
        if self.kind == "site":
            return reverse(f"newsroom:{name}")
        return reverse(f"newsroom:{self.kind}_{name}", kwargs={"slug": self.slug})


def item_title(item):
    if isinstance(item, Article):
        return item.headline
    return f"{item.actor.name}: “{Truncator(item.text).words(16)}”"


def item_text(item):
    if isinstance(item, Article):
        text = "\n\n".join(b.text or "\n\n".join(b.paragraphs) for b in item.body_blocks)
    else:
        text = "\n\n".join(filter(None, [item.text, item.summary]))
    notes = [f"{c.get_kind_display()} ({c.published_at:%d %B %Y}): {c.text}" for c in item.corrections.all()]
    return "\n\n".join([text, *notes])


def item_modified(item):
    """When readers last saw a change: an edit or a correction after publication."""
    return max(item.last_published_at, item.updated_at) if item.updated_since_publication else item.last_published_at


def item_summary(item):
    if isinstance(item, Article):
        return item.dek or Truncator(item_text(item)).words(50)
    return item.summary or Truncator(item.text).words(50)


def item_author(item):
    return item.byline if isinstance(item, Article) else item.actor.name


class RssFeed(Feed):
    def get_object(self, request, kind="site", slug=None):
        return Scope(kind, slug)

    def title(self, scope):
        return scope.title

    def link(self, scope):
        return scope.link

    def description(self, scope):
        return scope.description

    def feed_url(self, scope):
        return scope.feed_url("rss")

    def items(self, scope):
        return scope.items()

    def item_title(self, item):
        return item_title(item)

    def item_description(self, item):
        notes = " ".join(f"{c.get_kind_display()}: {c.text}" for c in item.corrections.all())
        return f"{item_summary(item)} {notes}".strip()

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return f"{item._meta.model_name}:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item_modified(item)

    def item_author_name(self, item):
        return item_author(item) or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class AtomFeed(RssFeed):
    feed_type = Atom1Feed

    def feed_url(self, scope):
        return scope.feed_url("atom")

    def subtitle(self, scope):
        return scope.description


def json_feed(request, kind="site", slug=None):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    scope = Scope(kind, slug)
    absolute = request.build_absolute_uri
    items = []
    for item in scope.items():
        entry = {
            "id": f"{item._meta.model_name}:{item.pk}",
            "url": absolute(item.get_absolute_url()),
            "title": item_title(item),
            "content_text": item_text(item),
            "summary": item_summary(item),
            "date_published": item.first_published_at.isoformat(),
            "date_modified": item_modified(item).isoformat(),
            "tags": [tag.name for tag in item.tags.all()],
        }
        if item_author(item):
            entry["authors"] = [{"name": item_author(item)}]
        items.append(entry)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": scope.title,
        "home_page_url": absolute(scope.link),
        "feed_url": absolute(scope.feed_url("json")),
        "description": scope.description,
        "language": "en",
        "items": items,
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False})
