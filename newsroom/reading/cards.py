"""List cards of articles and statements, each rendered once per version of what it shows.

A card's HTML is kept in the cache under a digest of everything the card reads: the item's own
version (raised by every saved edit) and times, the publisher's name or the speaker's, the card
photo and the tags. An edit of any of them makes a new key, so no card is ever stale and nothing
needs purging; a card nobody edits is rendered once, not on every list that shows it. A page
finds all its cards with one `get_many` (`prepare`) and renders only the ones missing.

Templates show a card with `{% card item %}` (newsroom.templatetags.reading): prepared by the view,
or rendered there and then when it was not.
"""

import hashlib
from pathlib import Path

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from newsroom.content.models import Article

TEMPLATES = {"article": "newsroom/includes/article_card.html", "statement": "newsroom/includes/statement_card.html"}
# Kept a day at most: a card's key changes with what it shows, so this only bounds the memory.
CARD_SECONDS = 24 * 3600


def kind_of(item):
    return "article" if isinstance(item, Article) else "statement"


def _tags(item):
    return tuple((tag.pk, tag.name, tag.slug) for tag in item.tags.all())


def _shown(kind, item):
    """Everything the card of `item` reads that could change: its key's contents."""
    own = (kind, item.pk, item.version, item.updated_at, item.first_published_at)
    if kind == "article":
        photo = item.card_photo if item.card_photo_id else None
        photo_shown = photo and (
            photo.pk,
            photo.alt_text,
            photo.focal_x,
            photo.focal_y,
            photo.rendition_widths,
            photo.width,
            photo.height,
        )
        publisher = item.publisher.name if item.publisher_id else None
        return (*own, publisher, photo_shown, _tags(item))
    speakers = tuple(
        (a.pk, a.slug, a.name, a.role, a.unnamed, a.affiliation.name if a.unnamed and a.affiliation_id else None)
        for a in item.speakers
    )
    return (*own, speakers, item.made_on_basis, _tags(item))


_templates_digest = None


def templates_version():
    """A digest of the card templates and everything they include (the folder of includes), once per
    process: a deployment that changes a card's markup never serves the cards rendered before. The
    story fragment of an article's page (newsroom.reading.fragments) lives there too, and uses it."""
    global _templates_digest
    if _templates_digest is None:
        folder = Path(get_template(TEMPLATES["article"]).origin.name).parent
        digest = hashlib.blake2b(digest_size=8)
        for path in sorted(folder.glob("*.html")):
            digest.update(path.read_bytes())
        _templates_digest = digest.hexdigest()
    return _templates_digest


def _key(kind, item, variant):
    shown = repr((templates_version(), variant, _shown(kind, item))).encode()
    return f"newsroom:card:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"


# How a card may be shown, and the default of each: "Report"/"Statement" in a mixed list (`labelled`),
# the speaker's name (not on their own page), the heading's level under the page's headings, the
# front page's top story (`lead`), a photo (not in narrow columns), the front page's `compact` column.
OPTIONS = {"labelled": False, "show_speaker": True, "level": 2, "lead": False, "photo": True, "compact": False}


def _variant(options):
    unknown = set(options) - set(OPTIONS)
    if unknown:
        raise TypeError(f"A card has no option {', '.join(sorted(unknown))}.")
    return tuple(sorted({**OPTIONS, **options}.items()))


def _render(kind, item, variant):
    return get_template(TEMPLATES[kind]).render({kind: item, **dict(variant)})


def prepare(items, **options):
    """Find the cards of `items` (objects, or (kind, object) pairs of a mixed stream) in one cache
    read, render the missing ones and keep them; returns `items` for chaining. `options` as OPTIONS
    says, the same for every card (the template's `{% card %}` must ask for the same to find them)."""
    variant = _variant(options)
    objects = [pair[1] if isinstance(pair, tuple) else pair for pair in items]
    keys = {_key(kind_of(item), item, variant): item for item in objects}
    try:
        found = cache.get_many(list(keys))
    except Exception:  # a cache that is away costs the rendering, never the page
        found = {}
    missing = {}
    for key, item in keys.items():
        html = found.get(key)
        if html is None:
            html = missing[key] = _render(kind_of(item), item, variant)
        _remember(item, variant, html)
    if missing:
        try:
            cache.set_many(missing, CARD_SECONDS)
        except Exception:
            pass
    return items


def _remember(item, variant, html):
    if not hasattr(item, "_cards"):
        item._cards = {}
    item._cards[variant] = mark_safe(html)


def card(item, **options):
    """The card's HTML: as `prepare` found it, or found and rendered now."""
    variant = _variant(options)
    prepared = getattr(item, "_cards", {}).get(variant)
    if prepared is None:
        prepare([item], **options)
        prepared = item._cards[variant]
    return prepared
