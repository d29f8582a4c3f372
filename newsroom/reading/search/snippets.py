"""Snippets: the words around the matches, marked."""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQueryField
from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from newsroom.content.models import Article, Statement
from newsroom.reading.search.terms import CONFIG

INDEXED_CHARS = 100_000  # what the triggers index of one text; snippets come from the same part
SNIPPET_MARKS = ("\ue000", "\ue001")  # private-use characters, taken out of the indexed text
SNIPPET_SOURCE = {Article: "body", Statement: "text"}
SQLITE_SNIPPET_COLUMN = {Article: 2, Statement: 0}


def marked_snippet(text):
    """A snippet with SNIPPET_MARKS around the matches, as safe HTML: the text escaped, the marks
    turned into <mark> elements (kept in pairs, whatever the text held)."""
    start, stop = SNIPPET_MARKS
    html, open_mark = [], False
    for piece in re.split(f"([{start}{stop}])", text or ""):
        if piece == start and not open_mark:
            html.append("<mark>")
            open_mark = True
        elif piece == stop and open_mark:
            html.append("</mark>")
            open_mark = False
        elif piece not in SNIPPET_MARKS:
            html.append(escape(piece))
    if open_mark:
        html.append("</mark>")
    return mark_safe("".join(html))


def with_snippets(queryset, terms):
    model = queryset.model
    start, stop = SNIPPET_MARKS
    if connection.vendor == "postgresql":
        tsquery, params = terms.tsquery()
        field = SNIPPET_SOURCE[model]
        # The indexed part only (the matches are there), with any mark characters taken out.
        source = RawSQL(f"translate(left({model._meta.db_table}.{field}, {INDEXED_CHARS}), %s, '')", [start + stop])
        snippet = SearchHeadline(
            source,
            RawSQL(tsquery, params, output_field=SearchQueryField()),
            config=CONFIG,
            start_sel=start,
            stop_sel=stop,
            max_words=35,
            min_words=15,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
    else:
        table, fts = model._meta.db_table, f"{model._meta.db_table}_fts"
        snippet = RawSQL(
            f"(SELECT snippet({fts}, {SQLITE_SNIPPET_COLUMN[model]}, %s, %s, ' … ', 32) FROM {fts} "
            f"WHERE {fts} MATCH %s AND rowid = {table}.id)",
            [start, stop, terms.fts5()],
        )
    return queryset.annotate(search_snippet=snippet)
