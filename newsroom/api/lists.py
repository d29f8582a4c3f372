"""The API's list of articles, read by a query compiled once per process for each combination of its
common filters (newsroom.content.compiled), not built by django-filter and compiled by the ORM on every
request.

At 100,000 articles, building the page's queryset through the FilterSet and compiling it took a quarter of
a filtered list's time (2-4 ms of 15-17), more than running it. The combinations readers ask for most, the
whole list or one tag, one actor, one source (or several of them), on the first page or any page by
its cursor, are each one query of a fixed shape: the same queryset the FilterSet and the
pagination build (`ArticleQuerySet.tagged`, `involving`, `drawing_on`, `Order.rows`), built once with
stand-ins for its values. Every other request (`q`, `ordering`, dates, `incident`, several tags, an
unknown tag, actor or source, a query string the FilterSet refuses) goes the FilterSet's way, as before.
"""

import functools

from django.db import router
from django.utils import timezone
from taggit.models import Tag

from newsroom.api.filters import ArticleFilter, by_id, with_frequency
from newsroom.content.compiled import Columns, Compiled, split
from newsroom.content.models import Actor, Article, Source
from newsroom.content.querysets import frequent_actor
from newsroom.reading.pagination import NEWEST_FIRST, Order

# The filters a compiled list takes; any other parameter with a value sends the request the FilterSet's way.
HANDLED = {"tag", "actor", "source"}
PAGING = {"cursor", "page_size", "format"}

_ARTICLE, _PUBLISHER = Columns(Article), Columns(Source, "publisher__")
_ORDER = Order(Article, NEWEST_FIRST)


class CompiledList:
    """A list of articles the pagination reads by `rows()` (newsroom.api.pagination), as it reads a
    queryset's by `Order.rows`: the values of one combination of filters."""

    order = _ORDER

    def __init__(self, filters):
        self.filters = filters  # {"tag": id, "actor": (id, frequent), "source": id}, those given

    def rows(self, position, count, reverse=False):
        """Up to `count` articles past `position` (None: from the start), forward or in reverse, as
        Order.rows gives them from the FilterSet's queryset."""
        frequent = self.filters["actor"][1] if "actor" in self.filters else None
        shape = (
            "tag" in self.filters,
            None if frequent is None else "frequent" if frequent else "rare",
            "source" in self.filters,
            position is not None,
            count,
            reverse,
        )
        arguments = {"at": timezone.now()}
        if "tag" in self.filters:
            arguments["tag"] = self.filters["tag"]
        if "actor" in self.filters:
            arguments["actor"] = self.filters["actor"][0]
        if "source" in self.filters:
            arguments["source"] = self.filters["source"]
        if position is not None:
            arguments["moment"], arguments["pk"] = position
        db = router.db_for_read(Article)
        found = []
        for row in _page_query(*shape).rows(**arguments):
            own, publisher, _ = split(row, _ARTICLE, _PUBLISHER)
            article = _ARTICLE.build(db, own)
            article._state.fields_cache["publisher"] = _PUBLISHER.build(db, publisher)
            found.append(article)
        return found


def compiled_list(params):
    """The CompiledList for a list request whose query string (`params`) the FilterSet's form finds valid
    and that asks for one of the compiled combinations; else None."""
    given = {name for name, values in params.lists() if any(values)}
    if not given <= HANDLED | PAGING:
        return None
    form = _form_class()(data=params)
    if not form.is_valid():
        return None
    values = form.cleaned_data
    filters = {}
    tags = values.get("tag") or []
    if len(set(tags)) > 1:
        return None
    if tags:
        filters["tag"] = by_id(Tag, tags[0])
    if values.get("actor"):
        actor = with_frequency(values["actor"])
        filters["actor"] = None if actor is None else (actor.pk, frequent_actor(actor, mentions=True))
    if values.get("source"):
        filters["source"] = by_id(Source, values["source"])
    if None in filters.values():
        return None  # nothing carries it: the FilterSet answers the empty list
    return CompiledList(filters)


@functools.cache
def _form_class():
    """The form ArticleFilter validates a query string with (its fields, as a FilterSet makes them), made
    once: a FilterSet copies all its filters each time it is made."""
    return ArticleFilter().form.__class__


@functools.cache
def _page_query(tag, actor, source, positioned, count, reverse):
    """The compiled query of one combination: a tag or not, an actor ("frequent", "rare" or None: how
    `involving` finds their articles), a source or not, from a position or from the start, `count` rows,
    forward or in reverse."""
    frequent = actor == "frequent"

    def build(at, tag=None, actor=None, source=None, moment=None, pk=None):
        # As ArticleViewSet.get_queryset, then the FilterSet's filters in its order
        queryset = Article.objects.live(at).newest_first().select_related("publisher")
        if tag is not None:
            queryset = queryset.tagged(tag)
        if actor is not None:
            queryset = queryset.involving(_actor_standing_for(actor, frequent), by_key=False)
        if source is not None:
            queryset = queryset.drawing_on(source)
        parts = []
        position = (moment, pk) if positioned else None
        _ORDER.rows(queryset, position, count, reverse=reverse, read=lambda part: parts.append(part) or [])
        (part,) = parts  # (first_published_at is never NULL on a live article: one part)
        # The page's ids first, then their rows by key: the walk down the newest-first index then reads the
        # index alone (go-live and expiry are in it), where fetching every column of each row it passes
        # read the table for the articles scheduled for later at its head only to drop them (546 rows for
        # 21 at 100,000 articles: 0.62 ms; 0.13 ms from the index, bench/results/2026-12-06-perf7.md).
        page = Article.objects.filter(pk__in=part.values("pk")).order_by(*part.query.order_by)
        return page.values_list(*_ARTICLE.paths, *_PUBLISHER.paths)

    # Planned with its values where a tag, an actor or a source decides the best plan (compiled.Compiled).
    return Compiled(build, prepare=not (tag or actor or source))


def _actor_standing_for(pk, frequent):
    """An Actor with id `pk` and counts that say it is frequent or not (as `with_frequency` gives them)."""
    actor = Actor.from_db(router.db_for_read(Actor), ["id"], [pk])
    actor.statements_counted = actor.joint_counted = 0
    actor.mentions_counted = 10**9 if frequent else 0
    return actor
