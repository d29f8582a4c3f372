"""Lists that mix reports and statements, newest first (home, tag, actor and source pages): the
rows of both kinds merged from two index scans, paged by the cursors of newsroom.reading.pagination,
filled with cards, and narrowed to the kind a reader picked."""

import heapq
import itertools

from django.core.exceptions import BadRequest
from django.db.models import Q
from django.http import Http404

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
    `cursor` row key (first_published_at, pk, kind), as (kind, pk, first_published_at) rows.

    Each side is one index scan with a LIMIT from the cursor, and the two are merged here: the
    database never sorts the whole union.
    """

    def side(kind, queryset):
        if cursor is not None:
            moment, pk, cursor_kind = cursor
            # Past the cursor in (moment, pk, kind) order, descending forward and ascending back.
            same_pk_passes = kind > cursor_kind if reverse else kind < cursor_kind
            pk_lookup = ("gte" if same_pk_passes else "gt") if reverse else ("lte" if same_pk_passes else "lt")
            queryset = queryset.filter(**{f"first_published_at__{'gte' if reverse else 'lte'}": moment}).filter(
                ~Q(first_published_at=moment) | Q(**{f"pk__{pk_lookup}": pk})
            )
        ordering = ("first_published_at", "pk") if reverse else ("-first_published_at", "-pk")
        rows = queryset.order_by(*ordering).values_list("pk", "first_published_at")[:count]
        return [(kind, pk, published) for pk, published in rows]

    merged = heapq.merge(side("article", articles), side("statement", statements), key=_stream_key, reverse=not reverse)
    return list(itertools.islice(merged, count))


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
