"""The one search both the search page and the API's `q` run."""

from django.db import connection
from django.db.models import Case, FloatField, Value, When

from newsroom.reading.search.backends import postgresql_candidates, sqlite_candidates, windows
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
        return [[] if qs.query.is_empty() else postgresql_candidates(qs, terms, bounds[qs.model]) for qs in querysets]
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
    ranks = Case(*(When(pk=pk, then=Value(rank)) for pk, rank, _ in rows), output_field=FloatField())
    return (
        queryset.filter(pk__in=[pk for pk, _, _ in rows])
        .annotate(search_rank=ranks)
        .order_by("-search_rank", "-first_published_at", "-pk")
    )
