"""The one search both the search page and the API's `q` run."""

from django.db import connection
from django.db.models import BooleanField, Case, FloatField, Value, When
from django.db.models.expressions import RawSQL

from newsroom.reading.search.backends import postgresql_candidates_of, sqlite_candidates, windows
from newsroom.reading.search.terms import parse


def candidates(querysets, terms):
    """The best matches of `terms` in each queryset (published articles or statements, filtered as
    the caller likes): a list of (pk, rank, published) per queryset, among its CANDIDATES newest
    matches; None when every word is too common to be indexed ("the", "and"). The one search
    both the search page and the API's `q` run."""
    if not terms:
        return [[] for _ in querysets]
    bounds, searchable = windows([qs.model for qs in querysets], terms)
    if not searchable:
        return None
    # A queryset already known to hold nothing (an unknown tag, actor or source) has no SQL.
    if connection.vendor == "postgresql":
        searched = [qs for qs in querysets if not qs.query.is_empty()]
        found = iter(postgresql_candidates_of(searched, terms, [bounds[qs.model] for qs in searched]))
        return [[] if qs.query.is_empty() else next(found) for qs in querysets]
    return [[] if qs.query.is_empty() else sqlite_candidates(qs, terms) for qs in querysets]


def search(queryset, terms):
    """`queryset` narrowed to its best matches for `terms` (Terms, or the reader's text), best first.

    Each item carries `search_rank`. Used by the API's `q`; an explicit ordering may follow.
    """
    if isinstance(terms, str):
        terms = parse(terms)
    (rows,) = candidates([queryset], terms) or [[]]
    if not rows:
        return queryset.none()
    ids, ranks = [pk for pk, _, _ in rows], [rank for _, rank, _ in rows]
    if connection.vendor == "postgresql":
        # The ids and their ranks as two arrays, each one parameter: a CASE of a hundred WHENs and an IN of a
        # hundred ids were built, resolved and compiled by the ORM on every request (about a third of an API
        # list's time at 100,000 articles), for a query that runs in a millisecond either way.
        column = f'"{queryset.model._meta.db_table}"."id"'
        among = RawSQL(f"{column} = ANY(%s::bigint[])", [ids], output_field=BooleanField())
        rank = RawSQL(
            f"(%s::float8[])[array_position(%s::bigint[], {column})]", [ranks, ids], output_field=FloatField()
        )
        found = queryset.filter(among)
    else:
        rank = Case(*(When(pk=pk, then=Value(rank)) for pk, rank, _ in rows), output_field=FloatField())
        found = queryset.filter(pk__in=ids)
    return found.annotate(search_rank=rank).order_by("-search_rank", "-first_published_at", "-pk")
