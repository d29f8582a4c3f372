"""Surrogate keys: the names under which a shared cache files each response, so that a purge of a
name removes every response that showed it.

Three kinds of name, one vocabulary:

- **an entity**: `article-12`, `statement-40`, `actor-3`, `source-7`, `tag-5`: every response
  that shows the thing (its page, a card of it in a list, its record in the API, a feed entry)
  carries its key, so an edit of its words purges exactly those.
- **a scoped list**: `article-12-items` (the statements its page quotes), `statement-40-items`
  (the reports quoting it), `actor-3-items`, `source-7-items`, `tag-5-items` (the items of that
  actor, source or tag): the pages and feeds whose membership the scope decides.
- **a whole list**: `articles`, `statements`, `actors`, `sources`, `tags` (lists of every live
  item of a kind, in any order or filter: home, the lists, the site's feeds, the API's lists),
  and `search` (whose results depend on the words of live items).

Every response kept by a shared cache also carries `all`, so that everything can be purged at
once (`manage.py edge_purge --all`).

A view names what it shows with one call, `declare(request, ...)`: keys, model instances and
lists or querysets of them. The instances are read for their keys only after the response is
rendered, through the relations the page had loaded anyway (prefetches and foreign keys), so a
declaration costs no query and names exactly what the template showed.
"""

from django.db.models import Model, QuerySet

ALL = "all"
ARTICLES, STATEMENTS, ACTORS, SOURCES, TAGS, SEARCH = "articles", "statements", "actors", "sources", "tags", "search"
LIVEPAGES = "livepages"
LISTS = {
    "article": ARTICLES, "statement": STATEMENTS, "actor": ACTORS, "source": SOURCES, "tag": TAGS,
    "livepage": LIVEPAGES,
}  # fmt: skip
# Claims and answers (newsroom/claims/): each has its entity key and its whole list too.
CLAIM_LISTS = {"statementlink": "statementlinks", "factcheck": "factchecks", "incident": "incidents"}

# A response's keys travel in one header: past this many bytes the entities of the kinds below give
# way to their whole list (which every rename of them purges too; see events), and past it still the
# response is kept only as long as a cache that is never purged may keep it (headers.shared_policy).
KEY_BUDGET = 8000
COARSE_FIRST = ("tag", "source", "actor")


def key(kind, pk):
    """The key of one entity: key("article", 12) is "article-12"."""
    return f"{kind}-{pk}"


def items_key(kind, pk):
    """The key of the list an entity scopes: items_key("tag", 5) is "tag-5-items"."""
    return f"{kind}-{pk}-items"


def kind_of(obj):
    """ "article", "statement", "actor", "source" or "tag" (taggit's Tag and the counted TagCount)."""
    name = type(obj).__name__.lower()
    return "tag" if name in ("tag", "tagcount") else name


def _loaded(obj, name):
    """A relation of `obj` only if the page already loaded it: a prefetched many-to-many, a cached
    foreign key, or a list set by a Prefetch(to_attr=...). Never a query."""
    prefetched = getattr(obj, "_prefetched_objects_cache", {})
    if name in prefetched:
        return list(prefetched[name])
    state = getattr(obj, "_state", None)
    if state is not None and name in state.fields_cache:
        related = state.fields_cache[name]
        return [related] if related is not None else []
    value = obj.__dict__.get(name)
    if isinstance(value, Model):  # one related object set by a fill (a live page's `live_incident`)
        return [value]
    return list(value) if isinstance(value, list) else []


# What each kind of thing shows of others, by relation name; followed through what is loaded.
SHOWS = {
    "article": ("tags", "publisher", "sources", "actors", "live_citations"),
    "statement": ("tags", "actor", "co_speakers", "source", "live_citations"),
    "actor": ("affiliation", "members"),
    "citation": ("statement", "article"),
    "livepage": ("tags", "actors", "live_incident"),
    "incident": ("live_coverage",),
}


def shown(obj, depth=4):
    """The entity keys of `obj` and of everything it shows that the page loaded."""
    kind = kind_of(obj)
    found = set()
    if kind in LISTS or kind in CLAIM_LISTS:
        found.add(key(kind, obj.pk))
    if depth:
        for name in SHOWS.get(kind, ()):
            for related in _loaded(obj, name):
                found |= shown(related, depth - 1)
    return found


def keys_of(declared, top=True):
    """Every key a response declared: strings as they are, instances through `shown`, lists and
    querysets item by item (a queryset only if it was evaluated: what the page showed). Strings
    inside lists are not keys: a mixed stream's ("article", item) pairs name their kind."""
    found = set()
    for what in declared:
        if isinstance(what, str):
            if top:
                found.add(what)
        elif isinstance(what, Model) or type(what).__name__ == "TagCount":
            found |= shown(what)
        elif hasattr(what, "surrogate_keys"):  # a list's card read as rows (newsroom.reading.cards.Card)
            found |= set(what.surrogate_keys)
        elif isinstance(what, QuerySet):
            found |= keys_of(what._result_cache or (), top=False)
        elif isinstance(what, (list, tuple, set)):
            found |= keys_of(what, top=False)
        elif hasattr(what, "object_list"):  # a page of a paginator
            found |= keys_of([what.object_list], top=False)
    return found


def declare(request, *what):
    """Name what this response shows: keys ("articles", items_key("tag", 5)), instances, lists or
    querysets of them, (kind, instance) pairs as mixed streams hold them. Read after rendering."""
    if request is not None:
        request = getattr(request, "_request", request)  # Django's own request under DRF's
        request.__dict__.setdefault("surrogate_keys", []).extend(what)


def header_value(keys):
    """The keys in one header value, within KEY_BUDGET: entities of the COARSE_FIRST kinds give way
    to their whole list first. Returns (value, fits)."""
    keys = set(keys) | {ALL}
    for kind in COARSE_FIRST:
        if len(" ".join(keys)) <= KEY_BUDGET:
            break
        entities = {k for k in keys if k.startswith(f"{kind}-") and not k.endswith("-items")}
        if entities:
            keys = (keys - entities) | {LISTS[kind]}
    value = " ".join(sorted(keys))
    return value, len(value) <= KEY_BUDGET


def scopes_of(article):
    """The lists an article page's "related reports" come from: its tags' and actors' items (read
    from its prefetched tags and actors)."""
    return [items_key("tag", tag.pk) for tag in article.tags.all()] + [
        items_key("actor", actor.pk) for actor in article.actors.all()
    ]


def page_of(thing):
    """The keys of a thing's own page or record: itself, and the list its page shows (a report's
    quotations, the reports quoting a statement, an actor's or a source's items)."""
    return [thing, items_key(kind_of(thing), thing.pk)]
