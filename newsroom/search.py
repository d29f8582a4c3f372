"""Finding published articles and statements by their words: the search page and the API's `q`.

What a reader may type: words (every one must appear, in any form: “killing” finds “killed” on
PostgreSQL), phrases in double quotes, and a prefix with a star (`negoti*`). Anything else is
ignored; punctuation alone finds nothing, and more than MAX_TERMS words are refused with a
message (SearchError).

The index is kept by the database itself (migration 0016_search_index): a weighted `tsvector`
column behind a GIN index on PostgreSQL (headline A, dek B, body C, byline and dateline D; a
statement's words A, its summary and occasion B, its speaker's name C), FTS5 tables on SQLite.
Triggers write it on every insert and update, by whatever path, and when an actor is renamed.
A search only matches and ranks: it never builds a vector per row.

Ranking every match of a common word would read every matching row, so a search ranks the
CANDIDATES newest matches of each kind (articles, statements), and pages through those, best
first. An old report that matches a common word is found by adding a rarer word, a tag, an actor
or dates. To find the newest matches without reading every match, PostgreSQL looks first among
the newest published items (WINDOWS), where a common word's matches are many, and widens the
window only when it holds too few.
"""

import dataclasses
import datetime
import json
import re
from urllib.parse import urlencode

from django import forms
from django.contrib.postgres.search import SearchHeadline, SearchQueryField
from django.db import connection
from django.db.models import BooleanField, Case, FloatField, Value, When
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from newsroom.models import Actor, Article, Statement

MAX_TERMS = 32
MAX_CHARS = 1000
MIN_PREFIX = 3
CANDIDATES = 100
# How many of the newest published items of a kind the first windows hold: a common word finds
# CANDIDATES matches in the first, a rarer one in the second, the rarest in the whole table.
WINDOWS = (8 * CANDIDATES, 64 * CANDIDATES)
# Past the windows, a search reads every match in the table: not when the planner expects more
# than this many (words common together but seldom side by side, as a phrase of common words).
MAX_EVERYWHERE = 20_000
PAGE_SIZE = 20
INDEXED_CHARS = 100_000  # what the triggers index of one text; snippets come from the same part
SNIPPET_MARKS = ("\ue000", "\ue001")  # private-use characters, taken out of the indexed text
CONFIG = "pg_catalog.english"

KINDS = {"article": Article, "statement": Statement}
SQLITE_RANK = {  # bm25 weights per FTS5 column, as the PostgreSQL weights A, B, C, D
    Article: "bm25(newsroom_article_fts, 10.0, 4.0, 1.0, 0.5)",
    Statement: "bm25(newsroom_statement_fts, 10.0, 4.0, 1.0)",
}
SNIPPET_SOURCE = {Article: "body", Statement: "text"}
SQLITE_SNIPPET_COLUMN = {Article: 2, Statement: 0}

_TOKEN = re.compile(r'"([^"]*)"?|(\w+(?:[\'’-]\w+)*)(\*)?')
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


class SearchError(ValueError):
    """The reader's words cannot be searched as they are; the message says why."""


@dataclasses.dataclass(frozen=True)
class Terms:
    """A reader's search, parsed: what every match must contain."""

    words: tuple = ()
    prefixes: tuple = ()
    phrases: tuple = ()

    def __bool__(self):
        return bool(self.words or self.prefixes or self.phrases)

    def tsquery(self):
        """The PostgreSQL tsquery, as SQL and parameters: every part must match."""
        parts, params = [], []
        if self.words:
            parts.append(f"plainto_tsquery('{CONFIG}', %s)")
            params.append(" ".join(self.words))
        if self.prefixes:
            parts.append(f"to_tsquery('{CONFIG}', %s)")
            params.append(" & ".join("'{}':*".format(p.replace("'", "''")) for p in self.prefixes))
        for phrase in self.phrases:
            parts.append(f"phraseto_tsquery('{CONFIG}', %s)")
            params.append(" ".join(phrase))
        return "(" + " && ".join(parts) + ")", params

    def fts5(self):
        """The same search as an SQLite FTS5 query: quoted strings, a star for a prefix."""
        parts = [f'"{w}"' for w in self.words]
        parts += [f'"{p}"*' for p in self.prefixes]
        parts += ['"' + " ".join(phrase) + '"' for phrase in self.phrases]
        return " ".join(parts)


def parse(text):
    """Parse what a reader typed into Terms; raise SearchError for a search too long to run."""
    words, prefixes, phrases = [], [], []
    for phrase, word, star in _TOKEN.findall(text.replace("\x00", "")):
        if word and star and len(word) >= MIN_PREFIX:
            prefixes.append(word.lower())
        elif word:
            words.append(word.lower())
        else:
            phrase_words = [w.lower() for w in _WORD.findall(phrase)]
            if len(phrase_words) > 1:
                phrases.append(tuple(phrase_words))
            else:
                words.extend(phrase_words)
    count = len(words) + len(prefixes) + sum(len(p) for p in phrases)
    if count > MAX_TERMS:
        raise SearchError(f"Search for at most {MAX_TERMS} words at a time (this search has {count}).")
    if len(text) > MAX_CHARS:
        raise SearchError(f"Search for at most {MAX_CHARS:,} characters at a time.")
    return Terms(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(phrases)))


def _windows(models, terms):
    """For each kind, the publication times that bound WINDOWS, newest first, each with how many
    items it holds of how many with a date (none where the statistics are missing or the table is
    small);
    and whether the query keeps any word (it does
    not when every word is too common to be indexed).

    The times come from the planner's statistics (an equal-count histogram of first_published_at
    that ANALYZE keeps), not from a walk down an index: close enough, and free.
    """
    if connection.vendor != "postgresql":
        return {model: [] for model in models}, True
    tsquery, params = terms.tsquery()
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT numnode({tsquery}), s.tablename, s.histogram_bounds::text, s.null_frac, c.reltuples
            FROM (SELECT 1) AS one
            LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = ANY(%s)
                AND s.attname = 'first_published_at'
            LEFT JOIN pg_class c ON c.oid = (quote_ident(s.schemaname) || '.' || quote_ident(s.tablename))::regclass""",
            [*params, tables],
        )
        rows = cursor.fetchall()
    stats = {table: (bounds, null_frac, reltuples) for _, table, bounds, null_frac, reltuples in rows if bounds}
    windows = {}
    for model in models:
        windows[model] = []
        if model._meta.db_table not in stats:
            continue
        bounds, null_frac, reltuples = stats[model._meta.db_table]
        bounds = [datetime.datetime.fromisoformat(b.strip('"')) for b in bounds.strip("{}").split(",")]
        dated = reltuples * (1 - null_frac)
        per_bucket = max(1, int(dated / (len(bounds) - 1)))
        for size in WINDOWS:
            buckets = -(-size // per_bucket)
            if buckets < len(bounds) - 1:
                windows[model].append((bounds[-1 - buckets], buckets * per_bucket, dated))
    return windows, rows[0][0] > 0


def _estimated_rows(queryset):
    """How many rows the planner expects `queryset` to find (from its statistics; nothing is run)."""
    sql, params = queryset.order_by().values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    return (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]


def _candidates_postgresql(queryset, terms, bounds):
    """(pk, rank, published) of the CANDIDATES newest matches in `queryset`, read window by window.

    Within a window of newest items each row's vector is checked as the date index reads it
    (`ts_match_vq`, the function behind `@@`, which the GIN index does not serve): for a common
    word the GIN index would list most of the table first. Past the windows, `@@` and the GIN
    index find the rarer words' matches wherever they are.
    """
    table = queryset.model._meta.db_table
    tsquery, params = terms.tsquery()
    everywhere = queryset.filter(RawSQL(f'"{table}".search_vector @@ {tsquery}', params, output_field=BooleanField()))
    steps = [None]
    if bounds:
        # A window is walked row by row: worth it only where the planner expects enough matches in
        # it, and more in the whole table than the walk reads (the GIN index would list them all,
        # and each costs a visit to its row, as each row of the walk does).
        expected = _estimated_rows(everywhere)
        steps = [
            bound for bound, rows, dated in bounds if expected * rows / dated >= 2 * CANDIDATES and expected >= rows
        ]
        if expected <= MAX_EVERYWHERE or not steps:
            steps.append(None)
    for bound in steps:
        if bound is None:
            condition = f'"{table}".search_vector @@ {tsquery}'
            window = queryset
        else:
            condition = f'ts_match_vq("{table}".search_vector, {tsquery})'
            window = queryset.filter(first_published_at__gte=bound)
        window = window.filter(RawSQL(condition, params, output_field=BooleanField()))
        matches_sql, matches_params = window.order_by().values("id", "first_published_at").query.sql_with_params()
        # MATERIALIZED: the plan that finds the matches is chosen apart from the ranking's.
        sql = f"""
            WITH matches AS MATERIALIZED ({matches_sql}),
            newest AS (SELECT id FROM matches ORDER BY first_published_at DESC NULLS LAST, id DESC LIMIT %s)
            SELECT t.id, ts_rank_cd(t.search_vector, {tsquery}, 1), t.first_published_at
            FROM {table} t WHERE t.id IN (SELECT id FROM newest)
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*matches_params, CANDIDATES, *params])
            rows = cursor.fetchall()
        if len(rows) >= CANDIDATES:
            break
    return rows


def _candidates_sqlite(queryset, terms):
    model = queryset.model
    table, fts = model._meta.db_table, f"{model._meta.db_table}_fts"
    match = terms.fts5()
    return list(
        queryset.filter(pk__in=RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [match]))
        .annotate(
            search_rank=RawSQL(
                f"(SELECT -{SQLITE_RANK[model]} FROM {fts} WHERE {fts} MATCH %s AND rowid = {table}.id)",
                [match],
                output_field=FloatField(),
            )
        )
        .order_by("-first_published_at", "-pk")
        .values_list("pk", "search_rank", "first_published_at")[:CANDIDATES]
    )


def candidates(querysets, terms):
    """The best matches of `terms` in each queryset (published articles or statements, filtered as
    the caller likes): a list of (pk, rank, published) per queryset, among its CANDIDATES newest
    matches; None when every word is too common to be indexed ("the", "and"). The one search
    both the search page and the API's `q` run."""
    if not terms:
        return [[] for _ in querysets]
    windows, searchable = _windows([qs.model for qs in querysets], terms)
    if not searchable:
        return None
    # A queryset already known to hold nothing (an unknown tag, actor or source) has no SQL.
    if connection.vendor == "postgresql":
        return [[] if qs.query.is_empty() else _candidates_postgresql(qs, terms, windows[qs.model]) for qs in querysets]
    return [[] if qs.query.is_empty() else _candidates_sqlite(qs, terms) for qs in querysets]


def search(queryset, terms):
    """`queryset` narrowed to its best matches for `terms` (Terms, or the reader's text), best first.

    Each item carries `search_rank`. Used by the API's `q`; an explicit ordering may follow.
    """
    if isinstance(terms, str):
        terms = parse(terms)
    (rows,) = candidates([queryset], terms) or [[]]
    if not rows:
        return queryset.none()
    ranks = Case(*(When(pk=pk, then=Value(rank)) for pk, rank, _ in rows), output_field=FloatField())
    return (
        queryset.filter(pk__in=[pk for pk, _, _ in rows])
        .annotate(search_rank=ranks)
        .order_by("-search_rank", "-first_published_at", "-pk")
    )


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


def _with_snippets(queryset, terms):
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


@dataclasses.dataclass
class Results:
    """One page of search results: `items` are (kind, object) pairs, each object with `snippet`."""

    items: list
    number: int
    has_next: bool
    searchable: bool = True
    previous_url: str = ""
    next_url: str = ""

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def first(self):
        return (self.number - 1) * PAGE_SIZE + 1

    @property
    def last(self):
        return self.first + len(self.items) - 1


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def search_page(terms, *, page=1, kind="", tag="", actor="", after=None, before=None):
    """A page of published articles and statements matching `terms`, best first; filtered by kind
    ("article" or "statement"), a tag's slug, an actor's slug, and a first publication date range."""
    querysets = []
    for name, model in KINDS.items():
        if kind and kind != name:
            continue
        queryset = model.objects.published()
        if tag:
            queryset = queryset.filter(tags__slug=tag)
        if actor:
            speaker = Actor.objects.filter(slug=actor).first()
            if speaker is None:
                queryset = queryset.none()
            else:
                queryset = queryset.involving(speaker) if model is Article else queryset.filter(actor=speaker)
        # Whole days in the site's time zone, compared with the stored times so the index serves.
        if after:
            queryset = queryset.filter(first_published_at__gte=_start_of(after))
        if before:
            queryset = queryset.filter(first_published_at__lt=_start_of(before + datetime.timedelta(days=1)))
        querysets.append(queryset)
    found = candidates(querysets, terms)
    if found is None:
        return Results(items=[], number=1, has_next=False, searchable=False)
    rows = sorted(
        (
            (rank, published or datetime.datetime.min.replace(tzinfo=datetime.UTC), qs.model, pk)
            for qs, kind_rows in zip(querysets, found, strict=True)
            for pk, rank, published in kind_rows
        ),
        key=lambda row: (row[0], row[1], row[3]),
        reverse=True,
    )
    last_page = max(1, -(-len(rows) // PAGE_SIZE))
    number = min(max(1, page), last_page)
    shown = rows[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    objects = {}
    for model in (Article, Statement):
        ids = [pk for _, _, row_model, pk in shown if row_model is model]
        if ids:
            for item in _with_snippets(model.objects.filter(pk__in=ids).cards(), terms):
                item.snippet = marked_snippet(item.search_snippet)
                objects[model, item.pk] = item
    items = [(model._meta.model_name, objects[model, pk]) for _, _, model, pk in shown]
    return Results(items=items, number=number, has_next=len(rows) > number * PAGE_SIZE)


class SearchField(forms.CharField):
    """The reader's words, parsed into Terms; a search too long to run is a validation error."""

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        try:
            return parse(text)
        except SearchError as error:
            raise forms.ValidationError(str(error), code="too_long") from None


class SearchForm(forms.Form):
    """What the search page reads from its query string."""

    q = SearchField(required=False, label="Words")
    kind = forms.ChoiceField(
        required=False, choices=[("", "Reports and statements"), ("article", "Reports"), ("statement", "Statements")]
    )
    tag = forms.SlugField(required=False, allow_unicode=True)
    actor = forms.SlugField(required=False, allow_unicode=True)
    after = forms.DateField(required=False, label="From")
    before = forms.DateField(required=False, label="To")
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def results(self):
        """The page of results the form asks for, or None when it asks for nothing or is invalid."""
        if not self.is_valid() or not self.cleaned_data["q"]:
            return None
        data = self.cleaned_data
        results = search_page(
            data["q"],
            page=data["page"] or 1,
            kind=data["kind"],
            tag=data["tag"],
            actor=data["actor"],
            after=data["after"],
            before=data["before"],
        )
        kept = {name: self.data[name] for name in self.fields if name != "page" and self.data.get(name)}
        if results.has_previous:
            results.previous_url = "?" + urlencode({**kept, "page": results.number - 1})
        if results.has_next:
            results.next_url = "?" + urlencode({**kept, "page": results.number + 1})
        return results
