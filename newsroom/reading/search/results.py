"""The search page's results: a page of articles and statements, best first."""

import dataclasses
import datetime

from django.utils import timezone

from newsroom.content.models import Actor, Article, Statement
from newsroom.reading import cards
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
    querysets = []
    for name, model in KINDS.items():
        if kind and kind != name:
            continue
        queryset = model.objects.live()
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
    for model in (Article, Statement):
        ids = [pk for _, _, row_model, pk in shown if row_model is model]
        if ids:
            for card in cards_with_snippets(model, ids, terms):
                objects[model, card.pk] = card
    items = [(model._meta.model_name, objects[model, pk]) for _, _, model, pk in shown]
    return Results(items=items, number=number, has_next=len(rows) > number * PAGE_SIZE)


def cards_with_snippets(model, ids, terms):
    """The items `ids` of `model` as list cards read as rows (newsroom.reading.cards.Card: no model instance
    unless a result must be rendered), each with its `snippet`, in the queries `.cards()` took: the items with
    their snippets, their tags, a statement's other speakers. Instances of 20 results with their relations
    were a quarter of a search page's time at 100,000 articles, and each result's HTML is kept (fragments)."""
    kind = model._meta.model_name
    rows = list(
        with_snippets(model.objects.filter(pk__in=ids), terms).values_list(*cards.COLUMNS[kind], "search_snippet")
    )
    found = cards.from_rows(model, [row[:-1] for row in rows])
    for card, row in zip(found, rows, strict=True):
        card.snippet = marked_snippet(row[-1])
    return found
