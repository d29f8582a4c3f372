"""Pages of newest-first lists by position (keyset pagination), never by counting or skipping.

A page is asked for by where it starts: `?before=<cursor>` is the page of items older than the
cursor's item, `?after=<cursor>` the page of those newer. A cursor holds the values of the list's
ordering fields for one item, so a page is one index range scan from that item whatever its depth:
the thousandth page costs what the first does. Nothing counts the archive: a page fetches one row
more than it shows, to know whether another follows.

`Order` is one ordering and the conditions that walk it; `queryset_page` pages one queryset;
newsroom.reading.stream pages articles and statements together with the same cursors.
"""

import base64
import binascii
import datetime
import functools
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Q
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from newsroom.content.compiled import Compiled
from newsroom.core.numbers import whole_number
from newsroom.reading import page_cache

PAGE_SIZE = 20
NEWEST_FIRST = ("-first_published_at", "-pk")
# Fields that may be NULL in the table but never are on what readers page through.
SET_WHEN_PUBLISHED = {"first_published_at"}


class BadCursor(Http404):
    """A cursor that no page of ours wrote: the reader gets a 404 (the API a 400)."""


def encode(values):
    """A cursor for URLs: the values as text, joined, in URL-safe base64 (opaque, but not secret)."""
    text = "\x1f".join("" if value is None else _text(value) for value in values)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _text(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def decode(cursor, kinds):
    """The values a cursor holds, each parsed by its kind ("datetime", "date", "int", "str")."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadCursor("This page address is not valid.") from None
    parts = text.split("\x1f")
    if len(parts) != len(kinds):
        raise BadCursor("This page address is not valid.")
    values = []
    for part, kind in zip(parts, kinds, strict=True):
        value = None if part == "" else _parse(part, kind)
        if part != "" and value is None:
            raise BadCursor("This page address is not valid.")
        values.append(value)
    return tuple(values)


def _parse(text, kind):
    try:
        if kind == "datetime":
            moment = parse_datetime(text)
            if moment is None:
                return None
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=datetime.UTC)
            return moment.astimezone(datetime.UTC)
        if kind == "date":
            return parse_date(text)
        if kind == "int":
            return whole_number(text)
    except (ValueError, OverflowError):
        return None
    return text


@dataclass(frozen=True)
class Order:
    """A total order of a model's rows by fields ("-made_on", "-pk", ...; the last one unique),
    with NULLs last; only the first field may be null.

    A nullable first field is walked in two parts, its dated rows then its NULL ones, so that each
    part is one plain range over an index (an OR with IS NULL is not).
    """

    model: type
    fields: tuple

    @classmethod
    def of(cls, queryset):
        """The order of a queryset (its order_by, made total by the primary key if it is not)."""
        fields = tuple(queryset.query.order_by or queryset.model._meta.ordering or NEWEST_FIRST)
        for name in fields:
            if not isinstance(name, str) or "__" in name or name.startswith("?"):
                raise ValueError(f"Not a field to page by: {name!r}")
        fields = tuple("-pk" if name == "-id" else "pk" if name == "id" else name for name in fields)
        if fields[-1].lstrip("-") != "pk":
            fields += ("-pk" if fields[-1].startswith("-") else "pk",)
        order = cls(queryset.model, fields)
        try:
            order.kinds  # noqa: B018 (a property: reading it checks every field exists)
        except FieldDoesNotExist:  # an annotation (a search rank): not an order to page by position
            raise ValueError(f"Not a field to page by in {fields!r}") from None
        return order

    def _field(self, name):
        name = name.lstrip("-")
        return self.model._meta.pk if name == "pk" else self.model._meta.get_field(name)

    @property
    def kinds(self):
        kinds = []
        for name in self.fields:
            internal = self._field(name).get_internal_type()
            kinds.append(
                "datetime"
                if internal == "DateTimeField"
                else "date"
                if internal == "DateField"
                else "int"
                if internal.endswith(("AutoField", "IntegerField"))
                else "str"
            )
        return kinds

    @property
    def nullable_head(self):
        head = self.fields[0].lstrip("-")
        return self._field(head).null and head not in SET_WHEN_PUBLISHED

    def check(self, values):
        """`values` as a position in this order, or BadCursor: only a nullable first field may be
        missing (a crafted cursor must not become a comparison with NULL)."""
        if any(value is None for value in values[1:]) or (values[0] is None and not self.nullable_head):
            raise BadCursor("This page address is not valid.")
        return values

    def values_of(self, item):
        return tuple(getattr(item, name.lstrip("-")) for name in self.fields)

    def _ordering(self, fields, reverse):
        ordering = []
        for name in fields:
            expression = F(name.lstrip("-"))
            ordering.append(expression.desc() if name.startswith("-") != reverse else expression.asc())
        return ordering

    def _beyond(self, fields, values, reverse):
        """Rows past `values` in the order of `fields` (none of them NULL there), forward or back.

        The first field's bound stands alone, an index range; the ties it lets through are sorted
        out by the rest."""
        name = fields[0].lstrip("-")
        descending = fields[0].startswith("-") != reverse
        if len(fields) == 1:
            return Q(**{f"{name}__{'lt' if descending else 'gt'}": values[0]})
        return Q(**{f"{name}__{'lte' if descending else 'gte'}": values[0]}) & (
            ~Q(**{name: values[0]}) | self._beyond(fields[1:], values[1:], reverse)
        )

    def plan(self, values, reverse):
        """The parts a walk past `values` (None: from the start) reads, in order, each as (which rows: None
        for all, True the dated, False the undated; the fields that order them; the position in them, or
        None from their start)."""
        if not self.nullable_head:
            return [(None, self.fields, values)]
        rest = self.fields[1:]
        if values is None:
            return [(True, self.fields, None), (False, rest, None)]
        if values[0] is None:
            return [(False, rest, values[1:])] + ([(True, self.fields, None)] if reverse else [])
        return [(True, self.fields, values)] + ([] if reverse else [(False, rest, None)])

    def part(self, queryset, dated, fields, position, reverse):
        """The rows of `queryset` one part of the `plan` reads, in their order."""
        if dated is not None:
            queryset = queryset.filter(**{f"{self.fields[0].lstrip('-')}__isnull": not dated})
        if position is not None:
            queryset = queryset.filter(self._beyond(fields, position, reverse))
        return queryset.order_by(*self._ordering(fields, reverse))

    def rows(self, queryset, values, count, reverse=False, read=list):
        """Up to `count` rows past `values` (None: from the start), forward or in reverse, each part
        read by `read` (a list of its items; newsroom.reading.cards.read for cards read as rows)."""
        found = []
        for dated, fields, position in self.plan(values, reverse):
            if len(found) >= count:
                break
            found += read(self.part(queryset, dated, fields, position, reverse)[: count - len(found)])
        return found


class CompiledList:
    """A list paged as `queryset_page` pages a queryset in `order`, each part of a page read by a query
    compiled once per shape (newsroom.content.compiled), not built and compiled by the ORM on every
    request: `build(at, **arguments)` makes the queryset of what is live at `at` (the arguments ids),
    `columns` are read of each row, and `read(rows)` makes the page's items of them. Planned with its
    values each time, not prepared: how common a value is (an actor) decides the best plan."""

    def __init__(self, order, build, columns, read, **arguments):
        self.order, self.build, self.columns, self.read, self.arguments = order, build, columns, read, arguments

    def rows(self, values, count, reverse=False):
        """As Order.rows reads the queryset `build` makes, at this moment."""
        now, found = timezone.now(), []
        for dated, fields, start in self.order.plan(values, reverse):
            if len(found) >= count:
                break
            arguments = {"at": now, **self.arguments}
            if start is not None:
                arguments |= {f"position_{n}": value for n, value in enumerate(start)}
            shape = (dated, fields, start is not None, reverse, count - len(found))
            found += self.read(_part_query(self.order, self.build, self.columns, *shape).rows(**arguments))
        return found


@functools.cache
def _part_query(order, build, columns, dated, fields, positioned, reverse, count):
    """The compiled query of one part of a walk in `order` (Order.plan: which rows, ordered by `fields`,
    from a position or from their start), `count` rows."""

    def part(at, **arguments):
        start = tuple(arguments.pop(f"position_{n}") for n in range(len(fields))) if positioned else None
        return order.part(build(at, **arguments), dated, fields, start, reverse).values_list(*columns)[:count]

    return Compiled(part, prepare=False)


@dataclass
class Page:
    """What list templates ask of a page: its items and the cursors of the pages around it."""

    object_list: list
    newer: str | None = None  # the cursor of the page before this one (None: this is the first)
    older: str | None = None  # the cursor of the page after it (None: this is the last)
    params: object = None  # the request's query string, to keep its other parameters in the links

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_next(self):
        return self.older is not None

    def has_previous(self):
        return self.newer is not None

    def has_other_pages(self):
        return self.has_next() or self.has_previous()

    @property
    def newer_query(self):
        return self._query("after", self.newer)

    @property
    def older_query(self):
        return self._query("before", self.older)

    def _query(self, name, cursor):
        """The query string of a neighbouring page: the other parameters kept, the cursor swapped."""
        kept = [
            (key, value)
            for key, values in (self.params.lists() if self.params is not None else ())
            for value in values
            if key not in ("before", "after", "page")
        ]
        return "?" + urlencode([*kept, (name, cursor)])


def position(params):
    """("before" or "after", cursor) from a request's query string, or (None, None) for the first page."""
    before, after = params.get("before"), params.get("after")
    if before and after:
        raise BadCursor("A page starts either before or after an item, not both.")
    if before:
        return "before", before
    if after:
        return "after", after
    return None, None


def bounds(rows, size, direction):
    """From `size + 1` rows read forward (direction None or "before") or back ("after"): the page's
    rows in list order, and the first and last of them when a newer or an older page lies beyond
    (None where none does). Their cursors are the links to those pages."""
    more = len(rows) > size
    rows = rows[:size]
    if direction == "after":
        rows.reverse()
    if not rows:
        return rows, None, None
    newer = rows[0] if (more if direction == "after" else direction == "before") else None
    older = rows[-1] if (direction == "after" or more) else None
    return rows, newer, older


def page_of(rows, size, direction, key_of, params):
    rows, newer, older = bounds(rows, size, direction)
    return Page(
        rows,
        newer=encode(key_of(newer)) if newer is not None else None,
        older=encode(key_of(older)) if older is not None else None,
        params=params,
    )


def queryset_page(queryset, params, size=PAGE_SIZE, read=list):
    """The page of a queryset (in its own order) that the query string asks for: its items, or what
    `read` makes of each part of the queryset it reads (anything with the ordering fields as attributes).
    A CompiledList in place of the queryset is read by its own queries, in its order."""
    order = queryset.order if isinstance(queryset, CompiledList) else Order.of(queryset)
    direction, cursor = position(params)
    values = order.check(decode(cursor, order.kinds)) if cursor else None
    if cursor:
        page_cache.accept(direction)
    if isinstance(queryset, CompiledList):
        rows = queryset.rows(values, size + 1, reverse=direction == "after")
    else:
        rows = order.rows(queryset, values, size + 1, reverse=direction == "after", read=read)
    if not rows and direction:
        raise Http404("No such page.")
    return page_of(rows, size, direction, order.values_of, params)
