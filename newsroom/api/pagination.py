"""The API's pages: by position (a cursor), never by counting or skipping the archive.

`next` and `previous` are links with a `cursor` parameter; a page is one index range from the
item its cursor names, so the thousandth page costs what the first does (newsroom.reading.pagination).
Ranked search results (`q`, at most a bounded number of candidates) and the cached tag counts
are paged by position in those short lists instead.
"""

import functools
from collections import OrderedDict

from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from newsroom.api.lists import CompiledList
from newsroom.core.numbers import whole_number
from newsroom.reading.pagination import BadCursor, Order, bounds, decode, encode


class Pagination(BasePagination):
    page_size = 20
    max_page_size = 100
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    # As DRF's own cursor pages: a cursor that no page of this list gave names no page (404).
    invalid_cursor = "No such page: this cursor is not one that a page of this list gave."

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = self.page_size
        value = request.query_params.get(self.page_size_query_param)
        if value is not None:
            size = whole_number(value, minimum=1, maximum=self.max_page_size, clamp=True)
            if size is None:
                raise ValidationError({self.page_size_query_param: [f"“{value[:40]}” is not a positive whole number."]})
        compiled = isinstance(queryset, CompiledList)  # read by a compiled query (newsroom.api.lists)
        try:
            order = queryset.order if compiled else Order.of(queryset) if hasattr(queryset, "query") else None
        except ValueError:
            order = None
        kinds = ["str", *(order.kinds if order else ["int"])]
        cursor = request.query_params.get(self.cursor_query_param)
        try:
            direction, *position = decode(cursor, kinds) if cursor else (None, None)
        except BadCursor:
            raise NotFound(self.invalid_cursor) from None
        expected = (None, "at") if order is None else (None, "before", "after")
        if direction not in expected or (direction == "at" and position[0] is None):
            raise NotFound(self.invalid_cursor)
        if order is None:
            return self._by_offset(queryset, position[0] if direction else 0, size)
        if direction:
            try:
                order.check(position)
            except BadCursor:
                raise NotFound(self.invalid_cursor) from None
        read = queryset.rows if compiled else functools.partial(order.rows, queryset)
        rows = read(position if direction else None, size + 1, reverse=direction == "after")
        rows, newer, older = bounds(rows, size, direction)
        self.links = (
            self._link("after", order.values_of(newer)) if newer is not None else None,
            self._link("before", order.values_of(older)) if older is not None else None,
        )
        return rows

    def _by_offset(self, queryset, offset, size):
        rows = list(queryset[offset : offset + size + 1])
        more = len(rows) > size
        self.links = (
            self._link("at", (max(0, offset - size),)) if offset else None,
            self._link("at", (offset + size,)) if more else None,
        )
        return rows[:size]

    def _link(self, direction, values):
        url = remove_query_param(self.request.build_absolute_uri(), "page")
        return replace_query_param(url, self.cursor_query_param, encode((direction, *values)))

    def get_paginated_response(self, data):
        previous, following = self.links
        return Response(OrderedDict([("next", following), ("previous", previous), ("results", data)]))

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: the cursor in a `next` or `previous` link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Items per page, at most {self.max_page_size}.",
                "schema": {"type": "integer", "minimum": 1},
            },
        ]

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }
