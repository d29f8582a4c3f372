"""Lists that mix reports and statements, newest first (home, tag, actor and source pages): the
rows of both kinds merged from two index scans, paged by the cursors of newsroom.reading.pagination,
filled with cards, and narrowed to the kind a reader picked."""

import functools
import heapq
import itertools

from django.core.exceptions import BadRequest
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from newsroom.content.compiled import Compiled
from newsroom.content.models import Article, Statement
from newsroom.reading import cards, page_cache
from newsroom.reading.pagination import PAGE_SIZE, BadCursor, decode, page_of, position

KINDS = {"reports": "Reports", "statements": "Statements"}


def chosen_kind(request):
    """The `kind` a reader picked ("reports", "statements"), or "" for both; anything else is a 400."""
    kind = request.GET.get("kind", "")
    if kind and kind not in KINDS:
        raise BadRequest(f"“kind” is “reports” or “statements”, not “{kind[:40]}”.")
    page_cache.accept("kind")
    return kind


def of_kind(kind, articles, statements):
    """The two querysets with the one the reader did not pick emptied."""
    if kind == "reports":
        return articles, statements.none()
    if kind == "statements":
        return articles.none(), statements
    return articles, statements


# A mixed stream's rows are (kind, pk, first_published_at), newest first; ties between the two
# kinds are broken by pk, then by kind ("article" before "statement" going back in time).
STREAM_KINDS = ("datetime", "int", "str")


def _stream_key(row):
    return (row[2], row[1], row[0])


def newest(articles, statements, count, *, cursor=None, reverse=False):
    """The `count` newest (oldest with `reverse`) of articles and statements together, past the
    `cursor` row key (first_published_at, pk, kind), as (kind, pk, first_published_at) rows. Each of
    `articles` and `statements` is a queryset, or a Side (read by a compiled query).

    Each side is one index scan with a LIMIT from the cursor, and the two are merged here: the
    database never sorts the whole union.
    """

    def side(kind, queryset):
        if isinstance(queryset, Side):
            rows = queryset.rows(kind, cursor, count, reverse)
        else:
            rows = _side(queryset, kind, cursor, reverse)[:count]
        return [(kind, pk, published) for pk, published in rows]

    merged = heapq.merge(side("article", articles), side("statement", statements), key=_stream_key, reverse=not reverse)
    return list(itertools.islice(merged, count))


def _side(queryset, kind, cursor, reverse):
    """(pk, first_published_at) of `queryset`'s items past the `cursor` row key, in the stream's order."""
    if cursor is not None:
        moment, pk, cursor_kind = cursor
        # Past the cursor in (moment, pk, kind) order, descending forward and ascending back.
        same_pk_passes = kind > cursor_kind if reverse else kind < cursor_kind
        pk_lookup = ("gte" if same_pk_passes else "gt") if reverse else ("lte" if same_pk_passes else "lt")
        queryset = queryset.filter(**{f"first_published_at__{'gte' if reverse else 'lte'}": moment}).filter(
            ~Q(first_published_at=moment) | Q(**{f"pk__{pk_lookup}": pk})
        )
    ordering = ("first_published_at", "pk") if reverse else ("-first_published_at", "-pk")
    return queryset.order_by(*ordering).values_list("pk", "first_published_at")


class Side:
    """One side of a stream read by a query compiled once per shape (newsroom.content.compiled), not built
    and compiled by the ORM on every request: the live items of `model` narrowed by `narrow(queryset,
    **arguments)` (a module-level function: `tagged`, `drawing_on`, `from_source`), the arguments ids.

    Planned with its values each time, not prepared: how common a tag or a source is decides whether the
    newest-first index is walked or its few items fetched (compiled.Compiled)."""

    def __init__(self, model, narrow, **arguments):
        self.model, self.narrow, self.arguments = model, narrow, arguments

    def none(self):
        """Nothing of this side (a kind the reader did not pick): no query."""
        return self.model.objects.none()

    def rows(self, kind, cursor, count, reverse):
        arguments = {"at": timezone.now(), **self.arguments}
        if cursor is not None:
            arguments["moment"], arguments["pk"] = cursor[:2]
        cursor_kind = None if cursor is None else cursor[2]
        return _side_query(self.model, self.narrow, kind, cursor_kind, reverse, count).rows(**arguments)


@functools.cache
def _side_query(model, narrow, kind, cursor_kind, reverse, count):
    def build(at, moment=None, pk=None, **arguments):
        cursor = None if cursor_kind is None else (moment, pk, cursor_kind)
        return _side(narrow(model.objects.live(at), **arguments), kind, cursor, reverse)[:count]

    return Compiled(build, prepare=False)


def tagged(queryset, tags):
    """Items carrying every one of `tags` (ids), as the tag page narrows them."""
    for tag in tags:
        queryset = queryset.tagged(tag)
    return queryset


def drawing_on(queryset, source):
    """Articles a source (id) published or that draw on it."""
    return queryset.drawing_on(source)


def from_source(queryset, source):
    """Statements known from a source (id)."""
    return queryset.filter(source=source)


def stream_page(articles, statements, params, size=PAGE_SIZE):
    """The page of articles and statements together, newest first, that the query string asks for,
    as (kind, pk, first_published_at) rows."""
    direction, cursor = position(params)
    key = decode(cursor, STREAM_KINDS) if cursor else None
    if key is not None and (None in key or key[2] not in ("article", "statement")):
        raise BadCursor("This page address is not valid.")
    if key is not None:
        page_cache.accept(direction)
    rows = newest(articles, statements, size + 1, cursor=key, reverse=direction == "after")
    if not rows and direction:
        raise Http404("No such page.")
    return page_of(rows, size, direction, _stream_key, params)


def fill(rows):
    """Swap (kind, pk, …) rows of a mixed stream (`newest`) for the objects
    themselves, as cards, keeping the order."""
    rows = list(rows)
    article_ids = [row[1] for row in rows if row[0] == "article"]
    statement_ids = [row[1] for row in rows if row[0] == "statement"]
    found = {("article", a.pk): a for a in Article.objects.filter(pk__in=article_ids).cards()}
    found |= {("statement", s.pk): s for s in Statement.objects.filter(pk__in=statement_ids).cards()}
    return [(row[0], found[(row[0], row[1])]) for row in rows]


def stream_context(request, articles, statements, *, level=2):
    """One page of articles and statements together, newest first: the context of a mixed list,
    its cards headed at `level` (as the template's stream include is given)."""
    page = stream_page(articles, statements, request.GET)
    # Read as rows (cards.read_stream): no instance is built for a card the cache holds.
    return {"page_obj": page, "items": cards.read_stream(page.object_list, labelled=True, level=level)}
