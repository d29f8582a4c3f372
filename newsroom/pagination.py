"""Pages of newest-first lists that never count the archive: a page fetches one row more than it
shows, to know whether another follows. An exact COUNT(*) over a newsroom's archive on every
view is what made lists slow; readers page by "Newer" and "Older", not by a total."""

import heapq
import itertools
from dataclasses import dataclass

from django.http import Http404

PAGE_SIZE = 20


@dataclass
class Page:
    """What templates ask of a page (the same names as Django's Page, without a total)."""

    object_list: list
    number: int
    has_more: bool

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_next(self):
        return self.has_more

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next() or self.has_previous()

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1


def page_number(request, *, strict):
    """The `page` parameter as a number from 1. Malformed: a 404 when `strict`, else page 1."""
    value = request.GET.get("page", "1")
    if value.isdigit() and int(value) >= 1:
        return int(value)
    if strict:
        raise Http404("No such page.")
    return 1


def _page(rows, number, size):
    if not rows and number > 1:
        raise Http404("No such page.")
    return Page(object_list=rows[:size], number=number, has_more=len(rows) > size)


def queryset_page(queryset, number, size=PAGE_SIZE):
    """Page `number` of an ordered queryset, read with OFFSET and LIMIT over its index."""
    start = (number - 1) * size
    return _page(list(queryset[start : start + size + 1]), number, size)


def newest(articles, statements, count, offset=0):
    """The `count` newest of articles and statements together, after `offset`, as
    (kind, pk, first_published_at) rows, newest first.

    Each side is read newest-first with a LIMIT (an index scan that stops early), and the two are
    merged here: the database never sorts the whole union.
    """
    limit = offset + count

    def side(kind, queryset):
        rows = queryset.order_by("-first_published_at", "-pk").values_list("pk", "first_published_at")[:limit]
        return [(kind, pk, published) for pk, published in rows]

    merged = heapq.merge(
        side("article", articles), side("statement", statements), key=lambda row: (row[2], row[1]), reverse=True
    )
    return list(itertools.islice(merged, offset, limit))


def stream_page(articles, statements, number, size=PAGE_SIZE):
    """Page `number` of articles and statements together, newest first, as (kind, pk, …) rows."""
    return _page(newest(articles, statements, size + 1, offset=(number - 1) * size), number, size)
