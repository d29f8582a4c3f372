"""The search page's results: a page of articles and statements, best first."""

import dataclasses
import datetime

from django.db import connection
from django.utils import timezone

from newsroom.content.compiled import Compiled, together
from newsroom.content.models import Actor, Article, Statement
from newsroom.reading import cards
from newsroom.reading.search.backends import every_live
from newsroom.reading.search.candidates import candidates
from newsroom.reading.search.snippets import marked_snippet, with_snippets

PAGE_SIZE = 20
KINDS = {"article": Article, "statement": Statement}


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
    querysets, at = [], timezone.now()
    for name, model in KINDS.items():
        if kind and kind != name:
            continue
        # Unfiltered, every live item: its windows' walks are compiled once (backends.every_live).
        queryset = every_live(model, at) if not (tag or actor or after or before) else model.objects.live(at)
        if tag:
            queryset = queryset.filter(tags__slug=tag)
        if actor:
            speaker = Actor.objects.filter(slug=actor).first()
            if speaker is None:
                queryset = queryset.none()
            else:
                # By key: a search's reading of its matches depends on the planner's estimate of them.
                found = queryset.involving if model is Article else queryset.spoken_by
                queryset = found(speaker, by_key=True)
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
    for (model, _), found_cards in cards_with_snippets(
        {model: [pk for _, _, row_model, pk in shown if row_model is model] for model in (Article, Statement)}, terms
    ).items():
        for card in found_cards:
            objects[model, card.pk] = card
    items = [(model._meta.model_name, objects[model, pk]) for _, _, model, pk in shown]
    return Results(items=items, number=number, has_next=len(rows) > number * PAGE_SIZE)


def cards_with_snippets(ids, terms):
    """{(model, ids): list cards} of the items `ids` of each model ({model: ids}, the models without ids left
    out), read as rows (newsroom.reading.cards.Card: no model instance unless a result must be rendered), each
    with its `snippet`: the items with their snippets, their tags, a statement's other speakers, each query
    compiled once per shape (newsroom.content.compiled) and all sent in one round trip (compiled.together).

    Instances of 20 results with their relations were a quarter of a search page's time at 100,000 articles,
    and each result's HTML is kept (fragments); then the ORM's building and compiling of the snippets' query
    and the five round trips were a third of what was left."""
    wanted = [(model, tuple(pks)) for model, pks in ids.items() if pks]
    calls = []
    for model, pks in wanted:
        calls += [snippet_query(model, pks, terms), *cards.relation_queries(model, pks)]
    found, read = {}, iter(together(*calls)) if calls else iter(())
    for model, pks in wanted:
        rows = next(read)
        relations = [next(read) for _ in cards.relation_queries(model, pks)]
        kept = cards.from_rows(model, [row[:-1] for row in rows], relations)
        for card, row in zip(kept, rows, strict=True):
            card.snippet = marked_snippet(row[-1])
        found[model, pks] = kept
    return found


class _Words:
    """Terms as the snippets' query reads them, its words given as the compiled query's arguments."""

    def __init__(self, tsquery, words):
        self.sql, self.words = tsquery, words

    def tsquery(self):
        return self.sql, list(self.words)

    def fts5(self):
        return self.words[0]


_SNIPPETS = {}  # {(vendor, kind, tsquery's SQL, how many words): Compiled}
SNIPPET_SHAPES_KEPT = 1024


def snippet_query(model, ids, terms):
    """The items `ids` of `model` as COLUMNS of their list cards, then each one's snippet for `terms`: as
    (Compiled, arguments) for compiled.together. Compiled once per shape of the search (which kinds of terms,
    how many phrases), the reader's words its arguments."""
    kind = model._meta.model_name
    sql, words = terms.tsquery() if connection.vendor == "postgresql" else (None, [terms.fts5()])
    key = (connection.vendor, kind, sql, len(words))
    compiled = _SNIPPETS.get(key)
    if compiled is None:
        if len(_SNIPPETS) >= SNIPPET_SHAPES_KEPT:
            _SNIPPETS.clear()
        count, columns = len(words), cards.COLUMNS[kind]

        def build(ids, **words):
            found = _Words(sql, [words[f"w{i}"] for i in range(count)])
            return with_snippets(model.objects.filter(pk__in=ids), found).values_list(*columns, "search_snippet")

        compiled = _SNIPPETS.setdefault(key, Compiled(build))
    return compiled, {"ids": ids, **{f"w{i}": word for i, word in enumerate(words)}}
