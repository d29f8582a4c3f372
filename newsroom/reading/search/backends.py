"""The database's part of a search: the newest matches of each kind and their rank, from PostgreSQL's
GIN index (window by window) or SQLite's FTS5 tables."""

import datetime
import hashlib
import json
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, FloatField, Q, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone

from newsroom.content.compiled import Compiled
from newsroom.content.models import Article, Statement
from newsroom.content.states import Status

CANDIDATES = 100
# How many of the newest published items of a kind the first windows hold: a common word finds
# CANDIDATES matches in the first, a rarer one in the second, the rarest in the whole table.
WINDOWS = (8 * CANDIDATES, 64 * CANDIDATES)
# Past the windows, a search reads every match in the table: not when the planner expects more
# than this many (words common together but seldom side by side, as a phrase of common words).
MAX_EVERYWHERE = 20_000
# How many matches a window must be expected to hold, in CANDIDATES: twice as many for the planner's
# estimate (often wrong by a factor of seven for two words: 1,827 expected, 12,676 found), half as
# many again for a count of the matches (KNOWN_MARGIN; see known_matches).
ESTIMATED_MARGIN, KNOWN_MARGIN = 2.0, 1.5
SQLITE_RANK = {  # bm25 weights per FTS5 column, as the PostgreSQL weights A, B, C, D
    Article: "bm25(newsroom_article_fts, 10.0, 4.0, 1.0, 0.5)",
    Statement: "bm25(newsroom_statement_fts, 10.0, 4.0, 1.0)",
}


class Windows(list):
    """One kind's WINDOWS as (bound, rows, dated), newest first, counted from the newest bound of the
    histogram; and `sized(rows)`, the window counted back from now that holds `rows` items."""

    def __init__(self, fixed=(), bounds=(), last=0, per_bucket=1, dated=0):
        super().__init__(fixed)
        self.bounds, self.last, self.per_bucket, self.dated = bounds, last, per_bucket, dated

    def sized(self, rows):
        """The newest `rows` items before now (in whole buckets), or None when that is the whole table.
        Counted from now, not from the newest bound: items scheduled to go live later are at the top
        of the histogram (the newest 928 statements of the 100k corpus, where a window of WINDOWS[0]
        held none a reader may see)."""
        buckets = max(1, -(-int(rows) // self.per_bucket))
        if self.last - buckets <= 0:
            return None
        return (_time(self.bounds[self.last - buckets]), buckets * self.per_bucket, self.dated)


def windows(models, terms, now=None):
    """For each kind, the publication times that bound WINDOWS, newest first, each with how many
    items it holds of how many with a date (none where the statistics are missing or the table is
    small), as Windows;
    and whether the query keeps any word (it does not when every word is too common to be indexed).

    The times come from the planner's statistics (an equal-count histogram of first_published_at
    that ANALYZE keeps), not from a walk down an index: close enough, and free. They are read once per
    STATISTICS_SECONDS in a process (`table_statistics`), and whether the words are indexed once per
    words (`_indexed`): the query that read both was a round trip of every search and every `q`.
    """
    if connection.vendor != "postgresql":
        return {model: Windows() for model in models}, True
    now = now or datetime.datetime.now(datetime.UTC)
    tsquery, params = terms.tsquery()
    stats = table_statistics([model._meta.db_table for model in models], tsquery, params)
    windows = {}
    for model in models:
        windows[model] = Windows()
        if model._meta.db_table not in stats:
            continue
        bounds, null_frac, reltuples = stats[model._meta.db_table]
        bounds = bounds.strip("{}").split(",")  # oldest first; read as times only where needed
        dated = reltuples * (1 - null_frac)
        per_bucket = max(1, int(dated / (len(bounds) - 1)))
        fixed = []
        for size in WINDOWS:
            buckets = -(-size // per_bucket)
            if buckets < len(bounds) - 1:
                fixed.append((_time(bounds[-1 - buckets]), buckets * per_bucket, dated))
        last = len(bounds) - 1  # the newest bound not after now
        while last > 0 and _time(bounds[last]) > now:
            last -= 1
        windows[model] = Windows(fixed, bounds, last, per_bucket, dated)
    return windows, _indexed(tsquery, tuple(params))


# The statistics change only when ANALYZE runs (autovacuum runs it after a tenth of a table changed): read once
# per STATISTICS_SECONDS in each process. They choose how a search reads its matches (the windows), and a
# search reads on past a window too short for it, so bounds a few minutes old cost at most another walk.
STATISTICS_SECONDS = 300
_statistics = {}  # {(database alias, table): (read at, by time.monotonic(); (bounds, null_frac, reltuples) or None)}


def table_statistics(tables, tsquery, params):
    """{table: (histogram bounds as text, null_frac, reltuples)} of first_published_at for those of `tables` that
    have statistics, as last read within STATISTICS_SECONDS. When they must be read, whether `tsquery` keeps
    any word is read in the same query (and kept: `_indexed`), as before they were kept."""
    moment, alias = time.monotonic(), connection.alias
    stale = [
        t
        for t in tables
        if moment - _statistics.get((alias, t), (-STATISTICS_SECONDS - 1, None))[0] > STATISTICS_SECONDS
    ]
    if stale:
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT numnode({tsquery}), s.tablename, s.histogram_bounds::text, s.null_frac, c.reltuples
                FROM (SELECT 1) AS one
                LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = ANY(%s)
                    AND s.attname = 'first_published_at'
                LEFT JOIN pg_class c
                    ON c.oid = (quote_ident(s.schemaname) || '.' || quote_ident(s.tablename))::regclass""",
                [*params, stale],
            )
            rows = cursor.fetchall()
        _remember_indexed(tsquery, tuple(params), rows[0][0] > 0)
        found = {table: (bounds, null_frac, reltuples) for _, table, bounds, null_frac, reltuples in rows if bounds}
        for table in stale:
            _statistics[alias, table] = (moment, found.get(table))
    kept = {table: _statistics.get((alias, table), (moment, None))[1] for table in tables}
    return {table: found for table, found in kept.items() if found}


def forget_statistics():
    """Read the statistics again at the next search (after an ANALYZE whose effect must show at once: tests)."""
    _statistics.clear()


# Whether a tsquery keeps any word (`numnode`: none when every word is too common to be indexed), per words:
# it depends on the words and the text search configuration alone. Kept for the process, the last few thousand.
_INDEXED = {}
INDEXED_KEPT = 4096


def _remember_indexed(tsquery, params, indexed):
    if len(_INDEXED) >= INDEXED_KEPT:
        _INDEXED.clear()
    _INDEXED[tsquery, params] = indexed


def _indexed(tsquery, params):
    indexed = _INDEXED.get((tsquery, params))
    if indexed is None:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT numnode({tsquery})", list(params))
            indexed = cursor.fetchone()[0] > 0
        _remember_indexed(tsquery, params, indexed)
    return indexed


def _time(bound):
    return datetime.datetime.fromisoformat(bound.strip('"'))


def estimated_rows(queryset):
    """How many rows the planner expects `queryset` to find (from its statistics; nothing is run)."""
    sql, params = queryset.order_by().values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    return (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]


def known_matches(model, terms):
    """How many rows of `model`'s table match `terms`, whatever their state, up to MAX_EVERYWHERE + 1:
    counted once and kept for NEWSROOM_SEARCH_COUNT_SECONDS. At least as many as any queryset of
    the kind finds, so a window expected to hold enough matches by it may hold too few for a
    filtered one; the search then reads on (postgresql_candidates), so it only chooses a plan and
    never changes a result, even when old."""
    if settings.NEWSROOM_SEARCH_COUNT_SECONDS <= 0:
        return None
    return _counted(model, terms, cache.get(_count_key(model, terms)))


def known_matches_of(models, terms):
    """known_matches of each of `models`, their kept counts read in one call to the cache (one model:
    known_matches itself)."""
    if len(models) == 1 or settings.NEWSROOM_SEARCH_COUNT_SECONDS <= 0:
        return [known_matches(model, terms) for model in models]
    keys = [_count_key(model, terms) for model in models]
    kept = cache.get_many(keys)
    return [_counted(model, terms, kept.get(key)) for model, key in zip(models, keys, strict=True)]


def _count_key(model, terms):
    tsquery, params = terms.tsquery()
    digest = hashlib.sha256(json.dumps([model._meta.db_table, tsquery, params]).encode()).hexdigest()
    return f"newsroom:search-count:{digest}"


def _counted(model, terms, count):
    """The count kept (`count`), or counted now and kept."""
    table = model._meta.db_table
    tsquery, params = terms.tsquery()
    if count is None:
        key = _count_key(model, terms)
        with connection.cursor() as cursor:
            cursor.execute(
                f'SELECT count(*) FROM (SELECT 1 FROM "{table}" WHERE search_vector @@ {tsquery} LIMIT %s) AS found',
                [*params, MAX_EVERYWHERE + 1],
            )
            count = cursor.fetchone()[0]
        cache.set(key, count, settings.NEWSROOM_SEARCH_COUNT_SECONDS)
    return count


_UNREAD = object()


def postgresql_candidates_of(querysets, terms, bounds):
    """postgresql_candidates of each of `querysets` (none known to hold nothing), `bounds` each one's Windows: a
    list of (pk, rank, published) each, as it gives them, with the kinds' first walks in one round trip (a kind
    without windows is read from the whole table in it).

    Where a count of a kind's matches is kept (known_matches), its window sized by the count is walked first,
    before anything else is asked of the database, and every kind's in the same round trip: a window that holds
    CANDIDATES matches holds the newest CANDIDATES of the kind whichever window it is (every match outside it is
    older), so when it does, as for the words readers search most, that is the search's answer, and the
    planner's estimate (an EXPLAIN a kind, which only chooses windows) is not asked for. When it holds fewer,
    the kind's search goes on as postgresql_candidates reads it, the window's rows kept and not read again."""
    first, walks, final = {}, [], set()
    windowed = [at for at in range(len(querysets)) if bounds[at]]
    counts = {}
    if windowed and settings.NEWSROOM_SEARCH_COUNT_SECONDS > 0:
        counts = dict(zip(windowed, known_matches_of([querysets[at].model for at in windowed], terms), strict=True))
    for at, queryset in enumerate(querysets):
        windows = bounds[at]
        if not windows:  # no statistics, or a small table: every match, at once
            walks.append((at, _step(queryset, terms, None)))
            final.add(at)
            continue
        if at not in counts:
            continue
        known = counts[at]
        sized = windows.sized(KNOWN_MARGIN * CANDIDATES * windows.dated / known) if known else None
        first[at] = (known, sized[0] if sized and known >= sized[1] else None)
        if first[at][1] is not None:
            walks.append((at, _step(queryset, terms, first[at][1])))
    walked = dict(zip([at for at, _ in walks], _rows_together([walk for _, walk in walks]), strict=True))
    found = []
    for at, queryset in enumerate(querysets):
        if at in final or (at in walked and len(walked[at]) >= CANDIDATES):
            found.append(walked[at])
            continue
        known, bound = first.get(at, (_UNREAD, None))
        rows = {bound: walked[at]} if at in walked else {}
        found.append(postgresql_candidates(queryset, terms, bounds[at], known=known, walked=rows))
    return found


def postgresql_candidates(queryset, terms, bounds, known=_UNREAD, walked=None):
    """(pk, rank, published) of the CANDIDATES newest matches in `queryset`, read window by window.

    Within a window of newest items each row's vector is checked as the date index reads it
    (`ts_match_vq`, the function behind `@@`, which the GIN index does not serve): for a common
    word the GIN index would list most of the table first. Past the windows, `@@` and the GIN
    index find the rarer words' matches wherever they are.

    `known`: the count of matches where the caller read it already; `walked`: {bound: rows} of windows the
    caller walked already (postgresql_candidates_of), not read again.
    """
    tsquery, params = terms.tsquery()
    steps = [None]
    if bounds:
        # A window is walked row by row: worth it only where enough matches are expected in it, and
        # more in the whole table than the walk reads (the GIN index would list them all, and each
        # costs a visit to its row, as each row of the walk does).
        def worth_walking(expected, margin):
            return [
                bound
                for bound, rows, dated in bounds
                if expected * rows / dated >= margin * CANDIDATES and expected >= rows
            ]

        table = queryset.model._meta.db_table
        everywhere = queryset.filter(
            RawSQL(f'"{table}".search_vector @@ {tsquery}', params, output_field=BooleanField())
        )
        expected = estimated_rows(everywhere)
        steps = worth_walking(expected, ESTIMATED_MARGIN)
        # Past the windows the whole table is read, unless the planner expects more matches than
        # that should read and a window is expected to hold enough (as a phrase of common words),
        # and no count says there are fewer.
        if known is _UNREAD:
            known = known_matches(queryset.model, terms)
        read_on = expected <= MAX_EVERYWHERE or not steps or (known is not None and known <= MAX_EVERYWHERE)
        if known is not None:
            # A count, not a guess: the window counted back from now that should hold KNOWN_MARGIN
            # times the matches needed by it, when that is less than the GIN index would list; then
            # the largest the estimate chose, so that the search ends in no smaller window than it
            # did by the estimate alone (and reads on past it where it did).
            sized = bounds.sized(KNOWN_MARGIN * CANDIDATES * bounds.dated / known) if known else None
            walked_now = {window[0] for window in (sized,) if window and known >= window[1]} | set(steps[-1:])
            steps = sorted(walked_now, reverse=True)  # the newest bound first: the smallest window
        if read_on or not steps:
            steps.append(None)
    walked = walked or {}
    for bound in steps:
        rows = walked[bound] if bound in walked else _rows_together([_step(queryset, terms, bound)])[0]
        if len(rows) >= CANDIDATES:
            break
    return rows


def _step(queryset, terms, bound):
    """The SQL and parameters of one step of a search: the CANDIDATES newest matches in the window of items
    first published since `bound` (None: in the whole table), each with its rank and publication time."""
    table = queryset.model._meta.db_table
    tsquery, params = terms.tsquery()
    every_live_at = getattr(queryset, "every_live_at", None)
    if bound is None:
        matching = RawSQL(f'"{table}".search_vector @@ {tsquery}', params, output_field=BooleanField())
        matches = queryset.filter(matching).order_by().values("id", "first_published_at")
        matches_sql, matches_params = matches.query.sql_with_params()
    elif every_live_at is not None:
        matches_sql, matches_params = _window(queryset.model, tsquery, len(params)).sql(
            at=every_live_at, bound=bound, **{f"w{i}": word for i, word in enumerate(params)}
        )
    else:
        # The newest item gone live by now (queryset's "live" was read before now): no item of the window is newer.
        matches = _window_matches(queryset, timezone.now(), bound, tsquery, params).values("id", "first_published_at")
        matches_sql, matches_params = matches.query.sql_with_params()
    if bound is None:
        # MATERIALIZED: the plan that finds the matches (the GIN index) is chosen apart from the ranking's.
        newest = f"""matches AS MATERIALIZED ({matches_sql}),
        newest AS (SELECT id FROM matches ORDER BY first_published_at DESC NULLS LAST, id DESC LIMIT %s)"""
    else:
        # A window's walk down the newest-first index stops at the CANDIDATES-th match, instead of checking
        # every row of the window and sorting them. Its rows all have a date (>= the bound), so this order
        # is the one above, and the index's own (first_published_at DESC, id DESC).
        order = f'"{table}"."first_published_at" DESC, "{table}"."id" DESC'
        newest = f"newest AS ({matches_sql} ORDER BY {order} LIMIT %s)"
    sql = f"""
        WITH {newest}
        SELECT t.id, ts_rank_cd(t.search_vector, {tsquery}, 1), t.first_published_at
        FROM {table} t WHERE t.id IN (SELECT id FROM newest)
    """
    return sql, [*matches_params, CANDIDATES, *params]


def every_live(model, at):
    """Every item of `model` live at `at`, as a search of it compiles its windows' walks once per shape (`_window`):
    `every_live_at` says so, and is lost with any filter added (a clone), which is then built by the ORM."""
    queryset = model.objects.live(at)
    queryset.every_live_at = at
    return queryset


_WINDOWS = {}  # {(vendor, table, tsquery's SQL, how many words): Compiled}
WINDOW_SHAPES_KEPT = 1024


def _window(model, tsquery, count):
    """The matches of a window of every live item of `model` (`every_live`), as `_step` builds them with the ORM:
    the query's SQL compiled once per shape of the search (the tsquery's SQL, how many words), the moment, the
    window's bound and the words its arguments. Not prepared: each walk is planned for its own values."""
    key = (connection.vendor, model._meta.db_table, tsquery, count)
    compiled = _WINDOWS.get(key)
    if compiled is None:
        if len(_WINDOWS) >= WINDOW_SHAPES_KEPT:
            _WINDOWS.clear()

        def build(at, bound, **words):
            words = [words[f"w{i}"] for i in range(count)]
            return _window_matches(model.objects.live(at), at, bound, tsquery, words).values_list(
                "id", "first_published_at"
            )

        compiled = _WINDOWS.setdefault(key, Compiled(build, prepare=False))
    return compiled


def _window_matches(queryset, at, bound, tsquery, words):
    """The items of `queryset` first published from `bound` up to its newest item gone live by `at` that match."""
    table = queryset.model._meta.db_table
    matching = RawSQL(f'ts_match_vq("{table}".search_vector, {tsquery})', words, output_field=BooleanField())
    window = queryset.filter(first_published_at__gte=bound, first_published_at__lte=_newest_of(queryset.model, at))
    return window.filter(matching).order_by()


def _newest_of(model, at):
    """The first publication time of the newest published item of `model` gone live by `at` (NULL when none has), as
    a subquery. A window's walk down the newest-first index starts there, not at the top of the index, where the
    items scheduled for later sit (their first publication is their go-live time) and where it visited each one in
    the table before its first match (2,495 statements and 525 articles of the 100k corpus). The subquery reads them
    from the index alone (its INCLUDE go_live_at). An item live at a moment up to `at` has gone live by `at`, so no
    item of a queryset whose "live" was read then is newer: the walk finds the same rows. Not the queryset's own
    newest item: with a tag's join, the planner read every item of the tag a second time for it."""
    gone_live = Q(go_live_at__isnull=True) | Q(go_live_at__lte=at)
    newest = model.objects.filter(gone_live, status=Status.PUBLISHED, first_published_at__isnull=False)
    return Subquery(newest.order_by("-first_published_at", "-pk").values("first_published_at")[:1])


def _rows_together(steps):
    """The rows of each of `steps` ((SQL, parameters)), all sent in one round trip."""
    if not steps:
        return []
    with connection.cursor() as cursor:
        cursor.execute("; ".join(sql for sql, _ in steps), [param for _, params in steps for param in params])
        found = [cursor.fetchall()]
        while len(found) < len(steps):
            cursor.nextset()
            found.append(cursor.fetchall())
    return found


def sqlite_candidates(queryset, terms):
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
