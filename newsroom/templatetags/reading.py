"""Template filters for the reading site."""

from django import template
from django.utils import timezone

from newsroom.content.photos import CARD_SIZES, LEAD_SIZES, picture
from newsroom.core import quoting
from newsroom.reading import cards, fragments, story
from newsroom.reading.discovery import canonical_tags

register = template.Library()


@register.filter
def machine_time(value):
    """A datetime as HTML's `datetime` attribute wants it: local time to the second, with its offset.

    Django's `date:"c"` keeps microseconds, which the HTML standard does not allow (three
    fractional digits at most), so the Nu HTML checker refuses it.
    """
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.filter
def excerpt(text, words):
    """Quoted words cut to `words` words (newsroom.core.quoting.excerpt)."""
    return quoting.excerpt(text, int(words))


@register.filter
def with_tag(path, slug):
    """The combined tag path `path` (slugs joined by /) with one more tag, in its canonical order."""
    return "/".join(canonical_tags([*path.split("/"), slug]))


@register.filter
def minus(value, other):
    return int(value) - int(other)


@register.filter
def card_summary(article):
    """The dek, or the first sentences of the text (newsroom.reading.story.summary)."""
    return story.summary(article)


@register.simple_tag
def card_picture(article, lead=False):
    """The article's card photo sized as its card shows it (the front page's top story wider), or None
    without one or before its renditions are made."""
    if not article.card_photo_id:
        return None
    return picture(article.card_photo, LEAD_SIZES if lead else CARD_SIZES)


@register.filter
def shortest_first(tags):
    """Tags by the length of their names, then alphabetically: a card's few chips stay short, and
    which ones show does not depend on the order the database returns them in."""
    return sorted(tags, key=lambda tag: (len(tag.name), tag.name.casefold()))


@register.simple_tag
def card(item, **options):
    """An article's or a statement's list card, rendered once per version of what it shows
    (newsroom.reading.cards, whose OPTIONS say how a card may be shown)."""
    return cards.card(item, **options)


@register.simple_tag
def dialogue(found):
    """An actor's dialogue (newsroom.claims.threads.Dialogue), rendered once per version of what it shows
    (newsroom.reading.fragments)."""
    return fragments.dialogue(found)


@register.simple_tag
def statement_thread(found):
    """A statement's thread (newsroom.claims.threads.Thread), rendered once per version of what it shows
    (newsroom.reading.fragments)."""
    return fragments.thread(found)


@register.simple_tag
def incident_timeline(days, on_page):
    """A page of an incident's timeline (newsroom.reading.claims.timeline), rendered once per version of what
    it shows (newsroom.reading.fragments)."""
    return fragments.incident_timeline(days, on_page)


@register.simple_tag
def search_result(kind, item):
    """One result of the search page, rendered once per version of what it shows (newsroom.reading.fragments)."""
    return fragments.search_result(kind, item)


@register.simple_tag
def story_body(article):
    """An article's story as its page shows it, rendered once per version of what it shows
    (newsroom.reading.fragments)."""
    return fragments.story_body(article)
