"""An article page's story (its text with photos placed and quotations linked, its corrections, tags and
the statements it quotes), rendered once per version of what it shows and kept in the cache, as the
list cards are (newsroom.reading.cards).

The key is a digest of every value the fragment reads, taken from the instances the page fetched
anyway (`ArticleQuerySet.for_page`: no query of its own): the article's text, dateline and byline,
its captions and photos, corrections and tags, and each citation of a statement readers may see now
with the statement's words, date and speakers as the page shows them (name and address). An edit,
a correction, a tag, a photo or a speaker changed, a statement published, unpublished or expired by
the clock: each changes the values, so the key, and nothing needs purging. What the fragment shows
is a function of the key's values alone, so a key can only ever find the HTML those values make:
a draft's words are never among them (its citations are of live statements only), and no page can
receive another's fragment.

A cache that is away costs the rendering, never the page.
"""

import hashlib

from django.template.loader import get_template
from django.utils.safestring import mark_safe

from newsroom.reading import cards, story

TEMPLATE = "newsroom/includes/story_body.html"


def _photo(photo):
    if photo is None:
        return None
    return (
        photo.pk,
        photo.image.name,
        photo.width,
        photo.height,
        photo.alt_text,
        photo.credit,
        photo.caption,
        photo.focal_x,
        photo.focal_y,
        photo.rendition_widths,
    )


def _speaker(actor):
    return (actor.pk, actor.get_absolute_url(), actor.display_name, actor.role, actor.unnamed)


def _citation(citation):
    statement = citation.statement
    return (
        citation.pk,
        citation.order,
        citation.wording,
        statement.pk,
        statement.text,
        statement.summary,
        statement.made_on,
        statement.made_on_basis,
        tuple(_speaker(actor) for actor in statement.speakers),
    )


def _shown(article):
    """Every value the story fragment of `article` reads (its relations as for_page() filled them)."""
    return (
        article.pk,
        article.body,
        article.dateline,
        article.byline,
        _photo(article.card_photo if article.card_photo_id else None),
        tuple(
            (c.pk, c.text, c.credit, c.position, _photo(c.photo if c.photo_id else None))
            for c in article.captions.all()
        ),
        tuple((c.pk, c.kind, c.text, c.published_at) for c in article.corrections.all()),
        tuple((tag.pk, tag.name, tag.slug) for tag in article.tags.all()),
        tuple(_citation(c) for c in article.live_citations),
    )


def _key(article):
    shown = repr((cards.templates_version(), "story", _shown(article))).encode()
    return f"newsroom:story:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"


def story_body(article):
    """The HTML of the story fragment of `article` (fetched by `for_page()`): from the cache, or laid
    out (newsroom.reading.story), rendered and kept now, as a card is (cards.held_or_rendered)."""

    def render(article):
        layout = story.layout(article, article.live_citations)
        return get_template(TEMPLATE).render({"article": article, "story": layout})

    ((_, html),) = cards.held_or_rendered({_key(article): article}, render)
    return mark_safe(html)


# An actor's dialogue (newsroom.claims.threads.dialogue_of): twenty claims and answers, each through
# three includes, were a fifth of the most quoted actor's page. It is kept as a fragment too, under a
# digest of every value it shows, read from the links, statements and speakers the dialogue fetched (no
# query): the words, dates and speakers of both statements of each live link, its kind and note, and
# the report or outlet stating it where readers may see those (the prefetch leaves any other out).
DIALOGUE_TEMPLATE = "newsroom/includes/claims/dialogue.html"


def _said(statement):
    return (statement.pk, statement.text, statement.made_on, statement.actor.name)


def _stated_by(link):
    report, outlet = link.reported_in, link.reported_by  # prefetched: None where readers may not see it
    return (
        report and (report.pk, report.slug, report.publisher.name if report.publisher_id else None),
        outlet and (outlet.pk, outlet.slug, outlet.name),
    )


def _reading(reading):
    link = reading.link
    return (link.pk, link.kind, link.note, reading.phrase, _said(reading.other), _stated_by(link))


def _dialogue_shown(dialogue):
    answered = tuple((_said(claim), tuple(_reading(r) for r in readings)) for claim, readings in dialogue.answered)
    answering = tuple((_said(r.link.from_statement), _reading(r)) for r in dialogue.answering)
    return answered, answering


def dialogue(found):
    """The HTML of an actor's Dialogue: from the cache, or rendered and kept now (cards.held_or_rendered)."""
    if not found:
        return ""
    shown = repr((cards.templates_version(), "dialogue", _dialogue_shown(found))).encode()
    key = f"newsroom:dialogue:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"
    ((_, html),) = cards.held_or_rendered(
        {key: found}, lambda found: get_template(DIALOGUE_TEMPLATE).render({"dialogue": found})
    )
    return mark_safe(html)


# A statement's thread (newsroom.claims.threads.thread_of): a long exchange's timeline, each statement with
# its links, was 200 `date` filters and 120 URLs made on every request. It is kept as a fragment too, under a
# digest of every value it shows, read from the statements, links and speakers the thread fetched (no
# query): each statement's words, summary, date and speaker (name, role, address), which is this page's,
# each live link's kind, note and evidence as read from either end, the report or outlet stating it where
# readers may see those, and whether the conversation goes on. Its statements are those the walk reached
# through live links only, so a draft's words are never among them.
THREAD_TEMPLATE = "newsroom/includes/claims/thread.html"


def _thread_speaker(actor):
    # An unnamed source's address is its organisation's (Actor.get_absolute_url); a named one's, its slug's.
    return (
        actor.pk,
        actor.name,
        actor.role,
        actor.slug,
        actor.unnamed,
        actor.get_absolute_url() if actor.unnamed else None,
    )


def _thread_reading(reading):
    link = reading.link
    return (
        link.pk,
        link.kind,
        link.note,
        link.evidence,
        reading.phrase,
        reading.outgoing,
        reading.summarised,
        reading.other.pk,  # an entry of the thread: its values are the entry's
        _stated_by(link),
    )


def _thread_shown(found):
    return (
        found.statement.pk,
        found.more,
        tuple(
            (
                entry.current,
                entry.statement.pk,
                entry.statement.text,
                entry.statement.summary,
                entry.statement.made_on,
                _thread_speaker(entry.statement.actor),
                tuple(_thread_reading(reading) for reading in entry.readings),
            )
            for entry in found.entries
        ),
    )


def thread(found):
    """The HTML of a statement's Thread: from the cache, or rendered and kept now (cards.held_or_rendered)."""
    if not found:  # the template's own nothing (its last line's end), as the include gave it
        return mark_safe(get_template(THREAD_TEMPLATE).render({"thread": found}))
    shown = repr((cards.templates_version(), "thread", _thread_shown(found))).encode()
    key = f"newsroom:thread:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"
    ((_, html),) = cards.held_or_rendered(
        {key: found}, lambda found: get_template(THREAD_TEMPLATE).render({"thread": found})
    )
    return mark_safe(html)


# A page of an incident's timeline (newsroom.reading.claims.timeline): thirty statements, each with its
# speaker and links, through an include for each link, was most of the largest incident's page once its
# queries were compiled. It is kept as a fragment too, under a digest of every value it shows, read from the
# statements, speakers and links the timeline fetched (no query): each statement's words, summary, date,
# medium and speaker (name, role, organisation, address), each live link's kind, note and evidence as read
# from this page's statement, the other statement's words, date and speaker, whether it is on this page, and
# the report or outlet stating the link where readers may see those. Its statements are the incident's live
# ones only, so a draft's words are never among them.
INCIDENT_TIMELINE_TEMPLATE = "newsroom/includes/claims/incident_timeline.html"


def _timeline_reading(reading, on_page):
    link, other = reading.link, reading.other
    return (
        link.pk,
        link.kind,
        link.note,
        link.evidence,
        reading.phrase,
        reading.summarised,
        other.pk in on_page,
        _said(other),
        _stated_by(link),
    )


def _timeline_shown(days, on_page):
    return tuple(
        (
            day.day,
            tuple(
                (
                    said.pk,
                    said.text,
                    said.summary,
                    said.medium,
                    _thread_speaker(said.actor),
                    said.actor.affiliation and said.actor.affiliation.name,
                    tuple(_timeline_reading(reading, on_page) for reading in moment.readings),
                )
                for moment in day.moments
                for said in [moment.statement]
            ),
        )
        for day in days
    )


def incident_timeline(days, on_page):
    """The HTML of a page of an incident's timeline (its Days, and the ids of the statements on the page):
    from the cache, or rendered and kept now (cards.held_or_rendered)."""
    shown = repr((cards.templates_version(), "incident timeline", _timeline_shown(days, on_page))).encode()
    key = f"newsroom:incident-timeline:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"

    def render(days):
        # (the template's last line end is the one after the tag on the page)
        return get_template(INCIDENT_TIMELINE_TEMPLATE).render({"days": days, "on_page": on_page}).removesuffix("\n")

    ((_, html),) = cards.held_or_rendered({key: days}, render)
    return mark_safe(html)


# The search page's results (newsroom.reading.search.results): twenty results, each through three includes
# (the speakers, the date, the tags), were about half of a search's time. Each is kept as a fragment too,
# under a digest of its snippet and of the rows its item's list card is read from (cards.Card: the item's
# own columns, its publisher's or speakers' names, its tags), which cover every value a result shows; an
# instance is built from those rows only to render a result the cache does not hold. Results are of live
# items only, found by the search itself.
SEARCH_RESULT_TEMPLATE = "newsroom/includes/search_result.html"


def _search_result_key(kind, card):
    shown = repr((cards.templates_version(), "search result", kind, card.rows, str(card.snippet)))
    return f"newsroom:search-result:{hashlib.blake2b(shown.encode(), digest_size=16).hexdigest()}"


def _search_result(pair):
    kind, card = pair
    item = card.instance()
    item.snippet = card.snippet
    # (the template's last line end is the one after the tag on the page)
    return get_template(SEARCH_RESULT_TEMPLATE).render({"kind": kind, "item": item}).removesuffix("\n")


def search_results(items):
    """Find the HTML of each search result of `items` ((kind, Card) pairs, each Card with its snippet) in one
    cache read, render the missing ones and keep them (cards.held_or_rendered); `search_result` reads it."""
    keys = {_search_result_key(kind, card): (kind, card) for kind, card in items}
    for (_, card), html in cards.held_or_rendered(keys, _search_result):
        card._search_result = mark_safe(html)
    return items


def search_result(kind, card):
    """The HTML of one search result: as `search_results` found it, or rendered now."""
    found = getattr(card, "_search_result", None)
    return found if found is not None else mark_safe(_search_result((kind, card)))


# A live page's entries (newsroom.reading.live): thirty entries, each with its quotations found in its text and
# linked, its photo's renditions, its citations and corrections, through three includes, were most of a 5,000-entry
# page. Each is kept as a fragment too, under a digest of every value it shows, read from the entry as
# `LiveEntryQuerySet.for_page` fetched it (no query): its text, byline, times and flags, the page's address, the
# photo, each correction, and each citation of a statement readers may see now with the statement's words, date
# and speakers. An edit, a correction, a citation or a speaker changed, a statement published, unpublished or
# expired: each changes the values, so the key. Entries are readers' (the reading rule) or, for staff, the
# published ones of a page not public yet, and a citation of a statement readers may not see is not among them.
LIVE_ENTRY_TEMPLATE = "newsroom/includes/live_entry.html"


def _live_entry_shown(entry, prefix, page_url):
    return (
        prefix,
        entry.pk,
        page_url,
        entry.first_published_at,
        entry.key_event,
        entry.key_event_title,
        entry.pinned,
        entry.body,
        entry.author,
        _photo(entry.photo if entry.photo_id else None),
        tuple((c.pk, c.kind, c.text, c.published_at) for c in entry.corrections.all()),
        tuple((*_citation(c), c.statement.actor.name) for c in entry.live_citations),
    )


def live_entries(entries, prefix, render):
    """The HTML of each of `entries` (fetched by `LiveEntryQuerySet.for_page`, with their page), in order: from
    the cache in one read, the missing ones rendered by `render(entry)` and kept now (cards.held_or_rendered)."""
    keys = {}
    page_urls = {}  # each page's address reversed once, not once per entry
    for entry in entries:
        if entry.page_id not in page_urls:
            page_urls[entry.page_id] = entry.page.get_absolute_url()
        shown = (cards.templates_version(), "live entry", _live_entry_shown(entry, prefix, page_urls[entry.page_id]))
        shown = repr(shown).encode()
        keys[f"newsroom:live-entry:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"] = entry
    return [mark_safe(html) for _, html in cards.held_or_rendered(keys, render)]


# A live page's key events (newsroom.reading.live.key_events): up to fifty links, each with the page's address
# and two formats of a time, on the page and in every update that changed something. Kept as a fragment too,
# under a digest of what it shows: the page's address and each key event's id, time and title (key events
# are of the entries the page shows).
LIVE_KEY_EVENTS_TEMPLATE = "newsroom/includes/live_key_events.html"


def live_key_events(page, events):
    """The HTML of a live page's key events: from the cache, or rendered and kept now (cards.held_or_rendered)."""
    shown = (page.get_absolute_url(), tuple((e.pk, e.first_published_at, e.key_event_title) for e in events))
    digest = hashlib.blake2b(repr((cards.templates_version(), "live key events", shown)).encode(), digest_size=16)
    ((_, html),) = cards.held_or_rendered(
        {f"newsroom:live-key-events:{digest.hexdigest()}": events},
        lambda events: get_template(LIVE_KEY_EVENTS_TEMPLATE).render({"key_events": events, "page": page}),
    )
    return mark_safe(html)
