"""List cards of articles and statements, each rendered once per version of what it shows.

A card's HTML is kept in the cache under a digest of everything the card reads: the item's own
version (raised by every saved edit) and times, the publisher's name or the speaker's, the card
photo and the tags. An edit of any of them makes a new key, so no card is ever stale and nothing
needs purging; a card nobody edits is rendered once, not on every list that shows it. A page
finds all its cards with one `get_many` (`prepare`) and renders only the ones missing.

The front page, the mixed streams (tag and source pages) and an actor's page read their cards as rows
instead (`read`, `read_stream`: below), keyed by a digest of the rows, and build no instance for a card
the cache holds.

Templates show a card with `{% card item %}` (newsroom.templatetags.reading): prepared by the view,
or rendered there and then when it was not.
"""

import hashlib
from pathlib import Path

from django.core.cache import cache
from django.db import router
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from taggit.models import Tag

from newsroom.content.compiled import Compiled
from newsroom.content.models import Actor, Article, Photo, Source, Statement, StatementSpeaker
from newsroom.content.querysets import hold_prefetched, tag_query, tag_rows
from newsroom.edge import keys as edge_keys

TEMPLATES = {"article": "newsroom/includes/article_card.html", "statement": "newsroom/includes/statement_card.html"}
# Kept a day at most: a card's key changes with what it shows, so this only bounds the memory.
CARD_SECONDS = 24 * 3600


def kind_of(item):
    return "article" if isinstance(item, Article) else "statement"


def _tags(item):
    return tuple((tag.pk, tag.name, tag.slug) for tag in item.tags.all())


def shown(kind, item):
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
    """A digest of the card templates and everything they include (the folder of includes and its
    folders), once per process: a deployment that changes a card's markup never serves the cards
    rendered before. The fragments of newsroom.reading.fragments (an article's story, an actor's
    dialogue) live there too, and use it."""
    global _templates_digest
    if _templates_digest is None:
        folder = Path(get_template(TEMPLATES["article"]).origin.name).parent
        digest = hashlib.blake2b(digest_size=8)
        for path in sorted(folder.rglob("*.html")):
            digest.update(path.read_bytes())
        _templates_digest = digest.hexdigest()
    return _templates_digest


def _key(kind, item, variant):
    values = repr((templates_version(), variant, shown(kind, item))).encode()
    return f"newsroom:card:{hashlib.blake2b(values, digest_size=16).hexdigest()}"


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
    for item, html in held_or_rendered(keys, lambda item: _render(kind_of(item), item, variant)):
        _remember(item, variant, html)
    return items


def held_or_rendered(keys, render):
    """(item, HTML) for each of `keys` ({cache key: item}): from the cache in one read, the missing ones
    rendered by `render(item)` now and kept in one write. A cache that is away costs the rendering,
    never the page."""
    try:
        found = cache.get_many(list(keys))
    except Exception:
        found = {}
    missing = {}
    pairs = []
    for key, item in keys.items():
        html = found.get(key)
        if html is None:
            html = missing[key] = render(item)
        pairs.append((item, html))
    if missing:
        try:
            cache.set_many(missing, CARD_SECONDS)
        except Exception:
            pass
    return pairs


def _remember(item, variant, html):
    if not hasattr(item, "_cards"):
        item._cards = {}
    item._cards[variant] = mark_safe(html)


def card(item, **options):
    """The card's HTML: as `prepare` found it, or found and rendered now."""
    variant = _variant(options)
    prepared = getattr(item, "_cards", {}).get(variant)
    if prepared is None:
        if isinstance(item, Card):
            _fill([item], variant)
        else:
            prepare([item], **options)
        prepared = item._cards[variant]
    return prepared


# Cards read as rows. The front page and the mixed streams (tag and source pages) read what their cards
# show with `values_list`, in as many queries as they read instances before (the items, their tags, a
# statement's other speakers), and build no model instance for a card the cache holds: the instances
# of a page of 20 cards (each with its publisher and photo, or its speaker and organisation, and its
# tags) were a third of the page's time. The key is a digest of the rows, which are everything the
# card shows, and a card missing from the cache is rendered from instances built from those same rows
# (no query), so a key can only ever find the HTML its rows make.

ARTICLE_COLUMNS = (
    "id", "version", "updated_at", "first_published_at", "slug", "headline", "dek", "body", "publisher_id",
    "card_photo_id",
)  # fmt: skip
PUBLISHER_COLUMNS = ("name",)
PHOTO_COLUMNS = ("image", "width", "height", "alt_text", "focal_x", "focal_y", "rendition_widths")
STATEMENT_COLUMNS = (
    "id", "version", "updated_at", "first_published_at", "text", "summary", "made_on", "made_on_basis", "medium",
    "actor_id", "source_id",
)  # fmt: skip
ACTOR_COLUMNS = ("id", "slug", "name", "role", "unnamed", "affiliation_id")
ORGANISATION_COLUMNS = ("slug", "name", "unnamed", "affiliation_id")  # its id is the actor's affiliation_id
SPEAKER_COLUMNS = (
    *(f"actor__{name}" for name in ACTOR_COLUMNS), *(f"actor__affiliation__{name}" for name in ORGANISATION_COLUMNS),
)  # fmt: skip
COLUMNS = {
    "article": (
        *ARTICLE_COLUMNS, *(f"publisher__{name}" for name in PUBLISHER_COLUMNS),
        *(f"card_photo__{name}" for name in PHOTO_COLUMNS),
    ),
    "statement": (*STATEMENT_COLUMNS, *SPEAKER_COLUMNS[1:]),  # the speaker's id is the statement's actor_id
}  # fmt: skip


def _built(model, db, values):
    """An instance of `model` from {attname: value} as the database gave them; the fields not given
    are deferred (a template reading one would query: the tests count queries)."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(db, names, [values[name] for name in names])


def _actor(db, values):
    """An actor with its organisation, from the values of SPEAKER_COLUMNS."""
    own, organisation = values[: len(ACTOR_COLUMNS)], values[len(ACTOR_COLUMNS) :]
    actor = _built(Actor, db, dict(zip(ACTOR_COLUMNS, own, strict=True)))
    if actor.affiliation_id:
        found = {"id": actor.affiliation_id, **dict(zip(ORGANISATION_COLUMNS, organisation, strict=True))}
        actor._state.fields_cache["affiliation"] = _built(Actor, db, found)
    else:
        actor._state.fields_cache["affiliation"] = None
    return actor


def _tag_objects(values):
    return [Tag(pk=pk, name=name, slug=slug) for pk, name, slug in values]


class Card:
    """One item of a list as its card shows it, read as rows: its kind and id, its tags (Tag
    instances: the tag page's narrower tags read them), the surrogate keys of what the card shows
    (newsroom.edge.keys reads `surrogate_keys`), and its HTML once prepared (`fill`). The model
    instance is built from the rows only to render a card the cache does not hold.

    The item's own columns read as attributes (`card.made_on`, `card.first_published_at`): a page by
    position (newsroom.reading.pagination) takes its cursors from them."""

    def __init__(self, kind, own, rows, tags, keys, build):
        self.kind, self.pk, self.own, self.rows, self.surrogate_keys = kind, own["id"], own, rows, keys
        self._tags, self.instance, self._cards = tags, build, {}

    def __getattr__(self, name):
        own = self.__dict__.get("own", {})
        if name in own:
            return own[name]
        raise AttributeError(name)

    @property
    def tags(self):
        return _tag_objects(self._tags)


def _article_card(db, values, tags):
    own = dict(zip(ARTICLE_COLUMNS, values[: len(ARTICLE_COLUMNS)], strict=True))
    publisher_name, *photo = values[len(ARTICLE_COLUMNS) :]

    def build():
        article = _built(Article, db, own)
        publisher = card_photo = None
        if own["publisher_id"]:
            publisher = _built(Source, db, {"id": own["publisher_id"], "name": publisher_name})
        if own["card_photo_id"]:
            found = {"id": own["card_photo_id"], **dict(zip(PHOTO_COLUMNS, photo, strict=True))}
            card_photo = _built(Photo, db, found)
        article._state.fields_cache.update(publisher=publisher, card_photo=card_photo)
        hold_prefetched(article, "tags", Tag, _tag_objects(tags))
        return article

    # As edge.keys.shown names them from an instance of .cards(): the article, its tags, its publisher.
    keys = {edge_keys.key("article", own["id"]), *(edge_keys.key("tag", pk) for pk, _, _ in tags)}
    if own["publisher_id"]:
        keys.add(edge_keys.key("source", own["publisher_id"]))
    return Card("article", own, (values, tags), tags, keys, build)


def _statement_card(db, values, others, tags):
    own = dict(zip(STATEMENT_COLUMNS, values[: len(STATEMENT_COLUMNS)], strict=True))
    speaker = (own["actor_id"], *values[len(STATEMENT_COLUMNS) :])

    def build():
        statement = _built(Statement, db, own)
        statement._state.fields_cache["actor"] = _actor(db, speaker)
        hold_prefetched(statement, "co_speakers", Actor, [_actor(db, actor) for actor in others])
        hold_prefetched(statement, "tags", Tag, _tag_objects(tags))
        return statement

    # As edge.keys.shown names them from an instance of .cards(): the statement, its tags, every
    # speaker with their organisation, its source.
    keys = {edge_keys.key("statement", own["id"]), *(edge_keys.key("tag", pk) for pk, _, _ in tags)}
    for actor in (speaker, *others):
        keys.add(edge_keys.key("actor", actor[0]))
        if actor[ACTOR_COLUMNS.index("affiliation_id")]:
            keys.add(edge_keys.key("actor", actor[ACTOR_COLUMNS.index("affiliation_id")]))
    if own["source_id"]:
        keys.add(edge_keys.key("source", own["source_id"]))
    return Card("statement", own, (values, others, tags), tags, keys, build)


def read(queryset, limit=None):
    """The cards of the articles or statements of `queryset` (its filter and order kept, the first
    `limit`), read as rows in two queries (three for statements: their other speakers): Cards, their
    HTML not yet prepared (`fill`)."""
    kind = "article" if queryset.model is Article else "statement"
    rows = queryset.values_list(*COLUMNS[kind])
    # where the router reads: a built instance records it
    return _cards(kind, queryset.db, list(rows[:limit] if limit is not None else rows))


class Query:
    """The query of `read(build(**arguments), limit)` compiled once per process (newsroom.content.compiled),
    not built and compiled by the ORM on every request: `build` makes a queryset of `model` (Article or
    Statement) with its filter and order. `prepare` as Compiled says (False where how common a value is
    decides the plan)."""

    def __init__(self, model, build, *, limit, prepare=True):
        self.model, self.kind = model, "article" if model is Article else "statement"
        columns = COLUMNS[self.kind]
        self.query = Compiled(lambda **arguments: build(**arguments).values_list(*columns)[:limit], prepare=prepare)

    def read(self, **arguments):
        """The Cards, as `read` gives them."""
        return from_rows(self.model, self.query.rows(**arguments))


def from_rows(model, rows, relations=None):
    """The Cards of rows of COLUMNS of `model` (Article or Statement), as `read` gives them. `relations`: the rows
    of `relation_queries(model, ids)` where the caller ran them (with others, compiled.together), in their order."""
    return _cards("article" if model is Article else "statement", router.db_for_read(model), rows, relations)


def relation_queries(model, ids):
    """The queries of the cards' relations for the items `ids` of `model` (at least one), as (Compiled, arguments)
    for compiled.together: their tags, and a statement's other speakers. `from_rows` takes their rows."""
    if model is Article:
        return [tag_query(model, ids)]
    return [tag_query(model, ids), (_SPEAKERS, {"ids": ids})]


def _by_ids(kind):
    model = Article if kind == "article" else Statement
    return Compiled(lambda ids: model.objects.filter(pk__in=ids).values_list(*COLUMNS[kind]))


# A mixed stream's cards by their ids: one query of a fixed shape, compiled once per process.
_BY_IDS = {"article": _by_ids("article"), "statement": _by_ids("statement")}


def _speaker_rows():
    return Compiled(
        lambda ids: (
            StatementSpeaker.objects.filter(statement__in=ids)
            .order_by("statement", "order", "pk")
            .values_list("statement_id", *SPEAKER_COLUMNS)
        )
    )


_SPEAKERS = _speaker_rows()


def _cards(kind, db, rows, relations=None):
    """Cards from their items' rows, with their tags and a statement's other speakers (a query each, unless
    `relations` holds their rows: `relation_queries`)."""
    if not rows:
        return []
    ids = [values[0] for values in rows]
    tagged = {pk: [] for pk in ids}
    found_tags = relations[0] if relations else tag_rows(Article if kind == "article" else Statement, ids)
    for object_id, pk, name, slug in found_tags:
        tagged.setdefault(object_id, []).append((pk, name, slug))  # (read together: of an item gone since)
    if kind == "article":
        return [_article_card(db, values, tuple(tagged[values[0]])) for values in rows]
    others = {pk: [] for pk in ids}
    for statement_id, *actor in relations[1] if relations else _SPEAKERS.rows(ids=ids):
        others.setdefault(statement_id, []).append(tuple(actor))
    return [_statement_card(db, values, tuple(others[values[0]]), tuple(tagged[values[0]])) for values in rows]


def fill(cards, **options):
    """Each Card's HTML as `options` say (as for `prepare`): one cache read for all, the missing ones
    rendered from instances built from their rows, and kept; returns `cards` for chaining."""
    _fill(cards, _variant(options))
    return cards


def read_stream(rows, **options):
    """The cards of a mixed stream's (kind, pk, …) rows (newsroom.reading.stream.newest), in their
    order, as (kind, Card) pairs with their HTML prepared as `options` say (as for `prepare`)."""
    found = {}
    for kind, model in (("article", Article), ("statement", Statement)):
        ids = [row[1] for row in rows if row[0] == kind]
        if ids:
            read_here = _cards(kind, router.db_for_read(model), _BY_IDS[kind].rows(ids=ids))
            found |= {(kind, card.pk): card for card in read_here}
    cards = fill([found[(row[0], row[1])] for row in rows], **options)
    return [(card.kind, card) for card in cards]


def _row_key(card, variant):
    shown = repr((templates_version(), variant, card.kind, card.rows)).encode()
    return f"newsroom:card-rows:{hashlib.blake2b(shown, digest_size=16).hexdigest()}"


def _fill(cards, variant):
    keys = {_row_key(card, variant): card for card in cards}
    for card, html in held_or_rendered(keys, lambda card: _render(card.kind, card.instance(), variant)):
        card._cards[variant] = mark_safe(html)
