"""What readers may see, defined once. Every reading surface starts from these rules.

Two words, kept apart: an item is *published* when an editor took the Publish step (its `Status`),
and *live* when readers see it now: published, past its go-live time, not yet expired. `live_q()`
is the one spelling of "live now": `live()`, `with_state()`, the checks in the workflow and the
public lists all reuse it. Models are looked up through the app registry when a query is built,
so this module needs no other model module.
"""

import datetime
import functools
import time
from collections import defaultdict

from django.apps import apps
from django.db import connection, models, router
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.db.models.query import ModelIterable
from django.utils import timezone

from newsroom.content.compiled import Columns, Compiled, split
from newsroom.content.states import State, Status
from newsroom.core.permissions import permission


def _model(name):
    return apps.get_model("newsroom", name)


EARLIEST = datetime.datetime(1, 1, 2, tzinfo=datetime.UTC)


def live_q(at=None, prefix=""):
    """Live at `at` (default: now): published, past its go-live time and not yet expired.

    Compared with the clock in every query, so a scheduled item goes live and an embargoed one
    expires exactly on time with no worker running. `prefix` reaches a related item
    (`"statement__"`).
    """
    now = at or timezone.now()
    return Q(
        Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now}),
        Q(**{f"{prefix}expires_at__isnull": True}) | Q(**{f"{prefix}expires_at__gt": now}),
        **{f"{prefix}status": Status.PUBLISHED},
    )


def scheduled_q(at=None):
    """Published by an editor, waiting for its go-live time."""
    return Q(status=Status.PUBLISHED, go_live_at__gt=at or timezone.now())


def expired_q(at=None):
    """Published, but past its expiry: readers no longer see it."""
    return Q(status=Status.PUBLISHED, expires_at__lte=at or timezone.now())


def hold_prefetched(item, name, model, found):
    """Give `item` the objects of its relation `name` as prefetch_related would, without its cost:
    Django's prefetch (and taggit's) builds a filtered, ordered queryset for each item only to drop
    it for the rows already fetched (a third of an actor page's time, most of an API list's).
    `item.<name>.all()` returns a plain queryset of `model` whose results are already there."""
    held = model._base_manager.all()
    held._result_cache, held._prefetch_done = found, True
    if not hasattr(item, "_prefetched_objects_cache"):
        item._prefetched_objects_cache = {}
    item._prefetched_objects_cache[name] = held


def by_owner(rows, owner, value=lambda row: row):
    """{owner(row): [value(row), …]} for `rows`, each owner's in the rows' order."""
    found = defaultdict(list)
    for row in rows:
        found[owner(row)].append(value(row))
    return found


def belonging(rows, field, item):
    """Each of `rows` knows `item` as its `field` without a query, as after prefetch_related."""
    for row in rows:
        row._state.fields_cache[field] = item
    return rows


_TAG_ROWS = Compiled(
    lambda ids, kind: (
        apps.get_model("taggit", "TaggedItem")
        .objects.filter(content_type=kind, object_id__in=ids)
        .order_by("pk")
        .values_list("object_id", "tag_id", "tag__name", "tag__slug")
    )
)


def tag_rows(model, ids):
    """(object id, tag id, name, slug) of the tags the items of `model` with these ids (at least one)
    carry, each item's in the order they were added: one query, compiled once (newsroom.content.compiled)."""
    compiled, arguments = tag_query(model, ids)
    return compiled.rows(**arguments)


def tag_query(model, ids):
    """The query of `tag_rows` as (Compiled, arguments), to run together with others (compiled.together)."""
    kind = apps.get_model("contenttypes", "ContentType").objects.get_for_model(model).pk
    return _TAG_ROWS, {"ids": ids, "kind": kind}


def fill_tags(items):
    """Every item's tags (`item.tags.all()`, in the order they were added) from one query."""
    if not items:
        return
    Tag = apps.get_model("taggit", "Tag")
    rows = tag_rows(type(items[0]), {item.pk for item in items})
    tags, carried = {}, defaultdict(list)
    for object_id, pk, name, slug in rows:
        if pk not in tags:
            tags[pk] = Tag(pk=pk, name=name, slug=slug)
        carried[object_id].append(tags[pk])
    for item in items:
        hold_prefetched(item, "tags", Tag, carried.get(item.pk, []))


def _speaker_columns(path):
    """An actor and its organisation reached through `path`, as select_related("…actor__affiliation")."""
    Actor = _model("Actor")
    return Columns(Actor, path), Columns(Actor, f"{path}affiliation__")


def _speaker(db, actor, organisation, values):
    found, affiliation = actor.build(db, values[0]), organisation.build(db, values[1])
    found._state.fields_cache["affiliation"] = affiliation
    return found


# The queries that give a page's items their relations, built and compiled once per process
# (newsroom.content.compiled), their instances built from every column as select_related builds them:
# building and compiling them cost an article's page more than running them.


@functools.cache
def _relation_queries():
    Caption, Correction, Citation = _model("Caption"), _model("Correction"), _model("Citation")
    speaker = _speaker_columns("actor__")
    citation = (Columns(Citation), Columns(_model("Statement"), "statement__"), *_speaker_columns("statement__actor__"))
    caption = (Columns(Caption), Columns(_model("Photo"), "photo__"))
    source = Columns(_model("Source"), "source__")
    quotation = (
        Columns(Citation),
        Columns(_model("Article"), "article__"),
        Columns(_model("Source"), "article__publisher__"),
    )
    return {
        "statement corrections": (
            (Columns(Correction),),
            Compiled(lambda ids: Correction.objects.filter(statement__in=ids).values_list(*Columns(Correction).paths)),
        ),
        "quotations": (
            quotation,
            Compiled(
                lambda ids, at: (
                    citations_in_live_articles(at)
                    .filter(statement__in=ids)
                    .values_list(*(p for c in quotation for p in c.paths))
                )
            ),
        ),
        "speakers": (
            speaker,
            Compiled(
                lambda ids: (
                    _model("StatementSpeaker")
                    .objects.filter(statement__in=ids)
                    .order_by("statement", "order", "pk")
                    .values_list("statement_id", *(p for c in speaker for p in c.paths))
                )
            ),
        ),
        "captions": (
            caption,
            Compiled(
                lambda ids: Caption.objects.filter(article__in=ids).values_list(*(p for c in caption for p in c.paths))
            ),
        ),
        "corrections": (
            (Columns(Correction),),
            Compiled(lambda ids: Correction.objects.filter(article__in=ids).values_list(*Columns(Correction).paths)),
        ),
        "sources": (
            (source,),
            Compiled(
                lambda ids: (
                    _model("ArticleSource")
                    .objects.filter(article__in=ids)
                    .order_by("source__name", "pk")
                    .values_list("article_id", *source.paths)
                )
            ),
        ),
        "actors": (
            speaker,
            Compiled(
                lambda ids: (
                    _model("ArticleActor")
                    .objects.filter(article__in=ids)
                    .order_by("actor__name", "pk")
                    .values_list("article_id", *(p for c in speaker for p in c.paths))
                )
            ),
        ),
        "citations": (
            citation,
            Compiled(
                lambda ids, at: (
                    citations_of_live_statements(at)
                    .filter(article__in=ids)
                    .values_list(*(p for c in citation for p in c.paths))
                )
            ),
        ),
    }


def fill_speakers(statements):
    """Every statement's co-speakers (`statement.co_speakers.all()`, in order, with their
    organisations), from one query, so that `speakers` costs none."""
    statements = [s for s in statements if s is not None]
    if not statements:
        return
    (actor, organisation), query = _relation_queries()["speakers"]
    db = router.db_for_read(_model("Actor"))
    others = defaultdict(list)
    for statement_id, *values in query.rows(ids={s.pk for s in statements}):
        others[statement_id].append(_speaker(db, actor, organisation, split(values, actor, organisation)))
    for statement in statements:
        hold_prefetched(statement, "co_speakers", _model("Actor"), others.get(statement.pk, []))


def fill_article_page(articles):
    """What an article's page and API record show besides its own row and tags, one query each:
    captions with their photos, corrections, sources and actors by name, and as `live_citations`
    the citations of statements readers may see."""
    if not articles:
        return
    ids = {article.pk for article in articles}
    queries, db = _relation_queries(), router.db_for_read(_model("Article"))
    Caption, Correction = _model("Caption"), _model("Correction")
    captions, corrections, sources, actors, citations = (defaultdict(list) for _ in range(5))
    (caption, photo), query = queries["captions"]
    for values in query.rows(ids=ids):
        own, photo_values, _ = split(values, caption, photo)
        found = caption.build(db, own)
        found._state.fields_cache["photo"] = photo.build(db, photo_values)
        captions[found.article_id].append(found)
    (correction,), query = queries["corrections"]
    for values in query.rows(ids=ids):
        found = correction.build(db, values)
        corrections[found.article_id].append(found)
    (source,), query = queries["sources"]
    for article_id, *values in query.rows(ids=ids):
        sources[article_id].append(source.build(db, values))
    (actor, organisation), query = queries["actors"]
    for article_id, *values in query.rows(ids=ids):
        actors[article_id].append(_speaker(db, actor, organisation, split(values, actor, organisation)))
    (citation, statement, speaker, speaker_organisation), query = queries["citations"]
    for values in query.rows(ids=ids, at=timezone.now()):
        found_citation, found_statement, *speaker_values, _ = split(
            values, citation, statement, speaker, speaker_organisation
        )
        found, said = citation.build(db, found_citation), statement.build(db, found_statement)
        said._state.fields_cache["actor"] = _speaker(db, speaker, speaker_organisation, speaker_values)
        found._state.fields_cache["statement"] = said
        citations[found.article_id].append(found)
    for article in articles:
        hold_prefetched(article, "captions", Caption, belonging(captions.get(article.pk, []), "article", article))
        hold_prefetched(
            article, "corrections", Correction, belonging(corrections.get(article.pk, []), "article", article)
        )
        hold_prefetched(article, "sources", _model("Source"), sources.get(article.pk, []))
        hold_prefetched(article, "actors", _model("Actor"), actors.get(article.pk, []))
        article.live_citations = belonging(citations.get(article.pk, []), "article", article)
    fill_speakers([c.statement for found in citations.values() for c in found])


def fill_statement_page(statements):
    """What a statement's page and API record show besides its own row and tags: its corrections,
    and as `live_citations` the citations in live articles, with each article's publisher."""
    if not statements:
        return
    ids = {statement.pk for statement in statements}
    queries, db = _relation_queries(), router.db_for_read(_model("Statement"))
    Correction = _model("Correction")
    (correction,), query = queries["statement corrections"]
    corrections = by_owner((correction.build(db, values) for values in query.rows(ids=ids)), lambda c: c.statement_id)
    (citation, article, publisher), query = queries["quotations"]
    citations = defaultdict(list)
    for values in query.rows(ids=ids, at=timezone.now()):
        own, article_values, publisher_values, _ = split(values, citation, article, publisher)
        found, quoting = citation.build(db, own), article.build(db, article_values)
        quoting._state.fields_cache["publisher"] = publisher.build(db, publisher_values)
        found._state.fields_cache["article"] = quoting
        citations[found.statement_id].append(found)
    for statement in statements:
        hold_prefetched(
            statement, "corrections", Correction, belonging(corrections.get(statement.pk, []), "statement", statement)
        )
        statement.live_citations = belonging(citations.get(statement.pk, []), "statement", statement)


# From how many statements (their own and joint ones; for their articles, mentions too) an actor's
# items are found by walking a list's index rather than fetched by key (`frequent_actor`). Measured
# at 100,000 articles (500,000 statements, 5,000 actors of Zipf-like frequency): both ways cost
# 5-20 ms between 2,000 and 3,000; the walk grows as the actor gets rarer (0.4-0.6 s for one with 22
# statements), the fetch as they get more frequent (0.25-0.4 s for the most quoted, with 55,000).
FREQUENT_ACTOR = 2_500


def _actor_ways(actor, mentions):
    """{name: a queryset of the rows that make an actor frequent}, for the actor (an Actor, its id, or
    OuterRef("pk")): their statements, the joint ones they are a speaker of, and with `mentions` the
    articles mentioning them."""
    ways = {
        "statements_counted": _model("Statement").objects.filter(actor=actor).values("pk"),
        "joint_counted": _model("StatementSpeaker").objects.filter(actor=actor).values("statement"),
    }
    if mentions:
        ways["mentions_counted"] = _model("ArticleActor").objects.filter(actor=actor).values("article")
    return {name: way.order_by() for name, way in ways.items()}


def frequent_actor(actor, *, mentions):
    """Whether the actor (an Actor or its id) has FREQUENT_ACTOR statements, joint ones included, and,
    with `mentions`, mentions in articles. Read from the counts `ActorQuerySet.with_frequency` gave the
    actor when it has them; otherwise one count that stops there, from indexes alone."""
    names = ("statements_counted", "joint_counted", *(("mentions_counted",) if mentions else ()))
    if all(hasattr(actor, name) for name in names):
        return sum(getattr(actor, name) for name in names) >= FREQUENT_ACTOR
    first, *rest = _actor_ways(actor, mentions).values()
    return first.union(*rest, all=True)[:FREQUENT_ACTOR].count() >= FREQUENT_ACTOR


def speaking_way(actor):
    """How `StatementQuerySet.spoken_by` finds the statements of the actor (an Actor or its id): "own" for
    an actor known to speak in no joint statement, else "frequent" or "rare" (`frequent_actor`)."""
    if getattr(actor, "joint_counted", None) == 0:
        return "own"
    return "frequent" if frequent_actor(actor, mentions=False) else "rare"


def standing_for(pk, way):
    """An Actor with id `pk` whose counts make `spoken_by` find their statements `way` (`speaking_way`):
    what a query compiled once for each way is built with (newsroom.content.compiled)."""
    actor = _model("Actor").from_db(router.db_for_read(_model("Actor")), ["id"], [pk])
    actor.joint_counted = 0 if way == "own" else 1
    actor.statements_counted = FREQUENT_ACTOR if way == "frequent" else 0
    return actor


class CappedCount(models.Subquery):
    """How many rows a subquery has, counted up to FREQUENT_ACTOR (a LIMIT inside the count)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS capped)"
    output_field = models.IntegerField()

    def __init__(self, queryset, **extra):
        super().__init__(queryset[:FREQUENT_ACTOR], **extra)


class PublishableQuerySet(models.QuerySet):
    _fills = ()  # functions that give the fetched items their relations (fill_tags, …), one query each

    def filled(self, *fills):
        """The items, once fetched, given their relations by `fills` (each `fill(items)`)."""
        clone = self._chain()
        clone._fills = (*self._fills, *(fill for fill in fills if fill not in self._fills))
        return clone

    def with_tags(self):
        """Each item with its tags, fetched in one query when the items are (fill_tags)."""
        return self.filled(fill_tags)

    def _clone(self):
        clone = super()._clone()
        clone._fills = self._fills
        return clone

    def _fetch_all(self):
        fetched = self._result_cache is not None
        super()._fetch_all()
        if self._fills and not fetched and self._iterable_class is ModelIterable:
            for fill in self._fills:
                fill(self._result_cache)

    def live(self, at=None):
        """Items a reader, the API, feeds and search may see: live at `at` (default: now)."""
        return self.filter(live_q(at))

    def not_live(self, at=None):
        """Everything readers may not see: drafts, items in review, scheduled, expired, unpublished."""
        return self.exclude(live_q(at))

    def scheduled(self, at=None):
        return self.filter(scheduled_q(at))

    def expired(self, at=None):
        return self.filter(expired_q(at))

    def newest_first(self):
        """Newest publication first: the order of lists and streams (an index walks it)."""
        return self.order_by("-first_published_at", "-pk")

    def drafts(self):
        """Items still being written."""
        return self.filter(status=Status.DRAFT)

    def in_review(self):
        """Items submitted and waiting for an editor."""
        return self.filter(status=Status.IN_REVIEW)

    def with_state(self, at=None):
        """Each item annotated with `state` (a `State`): the staff banner, the admin and the
        workflow read it instead of working the state out from the raw fields."""
        now = at or timezone.now()
        return self.annotate(
            state=Case(
                When(status=Status.DRAFT, then=Value(State.DRAFT)),
                When(status=Status.IN_REVIEW, then=Value(State.IN_REVIEW)),
                When(status=Status.UNPUBLISHED, then=Value(State.UNPUBLISHED)),
                When(live_q(now), then=Value(State.LIVE)),
                When(scheduled_q(now), then=Value(State.SCHEDULED)),
                default=Value(State.EXPIRED),
                output_field=models.CharField(),
            )
        )

    def tagged(self, tag):
        """Items carrying `tag` (a Tag or its id, looked up first: with the id known, the planner
        knows how common it is): a correlated EXISTS, so a newest-first page of a common tag walks the
        published index and stops as soon as it has enough."""
        TaggedItem = apps.get_model("taggit", "TaggedItem")
        ContentType = apps.get_model("contenttypes", "ContentType")
        return self.filter(
            Exists(
                TaggedItem.objects.filter(
                    content_type=ContentType.objects.get_for_model(self.model), object_id=OuterRef("pk"), tag=tag
                )
            )
        )

    def visible_to(self, user):
        """Everything for staff who may view this kind of item in the admin (they preview at
        public addresses), live items for everybody else, staff without a role included."""
        if user.is_authenticated and user.is_staff and user.has_perm(permission(self.model, "view")):
            return self.all()
        return self.live()


class ArticleQuerySet(PublishableQuerySet):
    def involving(self, actor, *, by_key=False):
        """Articles that mention the actor (an Actor or its id) or quote one of their statements
        (alone or as one of the speakers of a joint one).

        Found in one of two ways, as the actor is rare or frequent (`frequent_actor`). A rare actor's
        articles are fetched by key: each way in is a subquery of article ids read from an index
        alone, the three in one UNION ALL, not a join (a join would multiply rows, need DISTINCT,
        and stop a newest-first page from walking its index); one IN over them, not INs ORed, so
        that the planner knows how many articles it is. A frequent actor is in so much of the
        archive that building that set costs more than the page: the 55,000 statements of the
        most quoted actor of the 100,000-article corpus are cited 33,000 times (0.25-1.5 s to hash).
        Their page walks the list's index instead, checking each article by three index look-ups,
        and stops when it is full (a millisecond or two).

        A search asks for the fetch by key (`by_key`) whatever the actor: it reads the matches of its
        words where the planner expects few enough, and the planner's guess for the walk's EXISTS is
        far off (newsroom.reading.search.backends), which would change what a search finds."""
        if not by_key and frequent_actor(actor, mentions=True):
            ArticleActor, Citation = _model("ArticleActor"), _model("Citation")
            # Each link to the row is repeated as `>=` (as in _sharing): PostgreSQL could otherwise
            # turn the EXISTS into a hash of every matching row, which is the set this avoids.
            row = {"article": OuterRef("pk"), "article__gte": OuterRef("pk")}
            return self.filter(
                Q(Exists(ArticleActor.objects.filter(actor=actor, **row)))
                | Q(Exists(Citation.objects.filter(statement__actor=actor, **row)))
                | Q(Exists(Citation.objects.filter(statement__speaker_rows__actor=actor, **row)))
            )
        mentioning = _model("ArticleActor").objects.filter(actor=actor).values("article").order_by()
        quoting = _model("Citation").objects.filter(statement__actor=actor).values("article").order_by()
        joint = _model("Citation").objects.filter(statement__speaker_rows__actor=actor).values("article").order_by()
        return self.filter(pk__in=mentioning.union(quoting, joint, all=True))

    def drawing_on(self, source):
        """Articles the source (a Source or its id) published or that draw on it (as `involving`)."""
        drawing = _model("ArticleSource").objects.filter(source=source).values("article")
        return self.filter(Q(publisher=source) | Q(pk__in=drawing))

    def cards(self):
        """As list cards show them: publisher, card photo and tags fetched in a fixed number of queries."""
        return self.select_related("publisher", "card_photo").with_tags()

    def for_page(self):
        """Everything an article's page and its API record show, in a fixed number of queries.

        Only the statements readers may see are among its citations.
        """
        return self.with_state().select_related("publisher", "card_photo").filled(fill_tags, fill_article_page)

    def related_to(self, article, limit=4):
        """Other live articles sharing a tag or a mentioned actor with `article`, newest first: a list.

        Never read from every article sharing a common tag (tens of thousands), but in two bounded
        steps: the newest live articles, walked down their index and each checked for a shared tag
        or actor, stopping at `limit` found or after RELATED_WINDOW; only when fewer were found,
        the `limit` newest older ones of each tag and actor (a short index range each, in one
        UNION), of which the newest complete the answer. Each step is exact: every newer article
        was looked at.
        """
        tags = [tag.pk for tag in article.tags.all()]
        actors = [actor.pk for actor in article.actors.all()]
        if not (tags or actors):
            return []
        now, edge = timezone.now(), self._related_edge()
        related = _newest_sharing(article.pk, edge, tags, actors, limit, now)
        if len(related) == limit or edge == EARLIEST:  # found, or the first step read every live article
            return related
        others = self.live(now).exclude(pk=article.pk).newest_first().only(*_RELATED_FIELDS[1:])
        older = others.filter(first_published_at__lt=edge)
        if connection.features.supports_slicing_ordering_in_compound:
            ArticleActor = _model("ArticleActor")
            parts = [older.tagged(tag) for tag in tags] + [
                older.filter(Exists(ArticleActor.objects.filter(article=OuterRef("pk"), actor=actor)))
                for actor in actors
            ]
            parts = [part.values("pk")[:limit] for part in parts]
            older = older.filter(pk__in=parts[0].union(*parts[1:]))
        else:  # SQLite cannot limit the parts of a UNION (and holds small archives)
            older = older.filter(self._sharing(tags, actors))
        return related + list(older[: limit - len(related)])

    # How many of the newest live articles related_to reads first: enough that an article carrying a
    # tag or actor of even modest use finds its related reports among them.
    RELATED_WINDOW = 500
    # The window's edge is kept this long in each process. Any edge gives the exact answer (the two
    # steps split the archive there); a stale one only makes the first step walk a little further.
    RELATED_EDGE_SECONDS = 300
    _edge = (None, 0.0)

    def _related_edge(self):
        """The publication time of the RELATED_WINDOW-th newest live article (the earliest time there
        is, when there are fewer), as a constant: the planner then expects a short walk and checks
        each row's tags and actors by index, rather than hashing every article sharing a common tag."""
        edge, found_at = ArticleQuerySet._edge
        if edge is None or time.monotonic() - found_at > self.RELATED_EDGE_SECONDS:
            newest = self.model.objects.live().newest_first().values_list("first_published_at", flat=True)
            edge = next(iter(newest[self.RELATED_WINDOW - 1 : self.RELATED_WINDOW]), EARLIEST)
            ArticleQuerySet._edge = (edge, time.monotonic())
        return edge

    @staticmethod
    def _sharing(tags, actors):
        """Articles carrying one of the tags or mentioning one of the actors (ids): checked row by row."""
        TaggedItem = apps.get_model("taggit", "TaggedItem")
        ContentType = apps.get_model("contenttypes", "ContentType")
        # Each condition repeats its link to the row as `>=`: PostgreSQL cannot then turn it into a
        # hash of every item carrying the tags (it would, for a window it expects hundreds of rows
        # long, though the walk mostly stops after a few).
        tagged = TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(_model("Article")),
            object_id=OuterRef("pk"),
            object_id__gte=OuterRef("pk"),
            tag__in=tags,
        )
        mentioning = _model("ArticleActor").objects.filter(
            article=OuterRef("pk"), article__gte=OuterRef("pk"), actor__in=actors
        )
        return Q(Exists(tagged)) | Q(Exists(mentioning))


# What a related report shows (a link, its headline and date); the other fields deferred, as only() defers them.
_RELATED_FIELDS = ("id", "slug", "headline", "first_published_at")


@functools.cache
def _related_columns():
    return Columns(_model("Article"), names=_RELATED_FIELDS)


@functools.cache
def _newest_sharing_query(tagged, mentioning, limit):
    """related_to's first step compiled once per process for articles with tags, actors or both
    (newsroom.content.compiled): built and compiled by the ORM it cost an article page 2 ms, more than
    running it. Planned with its values, not prepared: the window's edge is a constant to the planner."""

    def build(at, article, edge, tags=(), actors=()):
        others = _model("Article").objects.live(at).exclude(pk=article).newest_first()
        sharing = ArticleQuerySet._sharing(tags, actors)
        return (
            others.filter(first_published_at__gte=edge).filter(sharing).values_list(*_related_columns().paths)[:limit]
        )

    return Compiled(build, prepare=False)


def _newest_sharing(article, edge, tags, actors, limit, at):
    """The `limit` newest live articles from `edge` on sharing one of the tags or actors (ids) with `article`
    (an id), but it: as `live().exclude(pk=article).newest_first()` gives them, filtered by `_sharing`."""
    arguments = {"at": at, "article": article, "edge": edge}
    arguments |= {"tags": tags} if tags else {}
    arguments |= {"actors": actors} if actors else {}
    db = router.db_for_read(_model("Article"))
    rows = _newest_sharing_query(bool(tags), bool(actors), limit).rows(**arguments)
    return [_related_columns().build(db, row) for row in rows]


class StatementQuerySet(PublishableQuerySet):
    def cards(self):
        return self.select_related("actor__affiliation", "source").with_tags().with_speakers()

    def with_speakers(self):
        """Each statement with all its speakers, the co-speakers fetched in one query (fill_speakers)."""
        return self.filled(fill_speakers)

    def spoken_by(self, actor, *, by_key=False):
        """Statements the actor (an Actor or its id) made, alone or as one of the speakers of a joint one.

        As `ArticleQuerySet.involving`: a rare actor's by key, one IN over the two ways, each read
        from an index alone; a frequent actor's by walking the list's index, each statement
        checked as it comes (the IN would fetch and sort all 55,000 of the most quoted actor's).
        A search asks for the fetch by key (`by_key`), as `involving` says.

        An actor known to speak in no joint statement (`joint_counted` of `ActorQuerySet.with_frequency`
        is 0) has only their own: one range of `statement_actor_made`, newest first, instead of a walk of
        every actor's statements checking each (the most quoted actor's page read 1,949 rows for 21)."""
        StatementSpeaker = _model("StatementSpeaker")
        way = "by key" if by_key else speaking_way(actor)
        if way == "own":
            return self.filter(actor=actor)
        if way == "frequent":
            row = {"statement": OuterRef("pk"), "statement__gte": OuterRef("pk")}  # `>=`: see involving
            return self.filter(Q(actor=actor) | Q(Exists(StatementSpeaker.objects.filter(actor=actor, **row))))
        first = self.model.objects.filter(actor=actor).values("pk").order_by()
        joint = StatementSpeaker.objects.filter(actor=actor).values("statement").order_by()
        return self.filter(pk__in=first.union(joint, all=True))

    def newest_made(self):
        """Newest first by the date the words were said, then by publication."""
        return self.order_by("-made_on", "-first_published_at", "-pk")

    def for_page(self):
        """Everything a statement's page and its API record show, in a fixed number of queries.

        Only the live articles that quote it are among its citations.
        """
        return (
            self.with_state()
            .select_related("actor__affiliation", "source")
            .filled(fill_tags, fill_speakers, fill_statement_page)
        )


class ActorQuerySet(models.QuerySet):
    def with_frequency(self):
        """Each actor with the counts `frequent_actor` reads (their statements, joint ones, mentions,
        each up to FREQUENT_ACTOR), in the query that fetches them: a page or filter about one actor
        then needs no query of its own to choose how to find their items."""
        return self.annotate(
            **{name: CappedCount(way) for name, way in _actor_ways(OuterRef("pk"), mentions=True).items()}
        )

    def public(self, at=None):
        """Actors a reader may see (at `at`, default now): those named in live content (a speaker of a
        joint statement, a live page's actors too) or heading an organisation that is. An unnamed source
        has no page: it is shown where it spoke."""
        Article, Statement = _model("Article"), _model("Statement")
        has_statement = Exists(Statement.objects.live(at).filter(actor=OuterRef("pk")))
        joint = Exists(
            _model("StatementSpeaker").objects.filter(actor=OuterRef("pk"), statement__in=Statement.objects.live(at))
        )
        in_article = Exists(Article.objects.live(at).filter(actors=OuterRef("pk")))
        member_public = Exists(Statement.objects.live(at).filter(actor__affiliation=OuterRef("pk"))) | Exists(
            Article.objects.live(at).filter(actors__affiliation=OuterRef("pk"))
        )
        covered = Exists(_model("LivePage").objects.live(at).filter(actors=OuterRef("pk")))
        return self.filter(has_statement | joint | in_article | member_public | covered).filter(unnamed=False)


@functools.cache
def _actor_page_queries():
    Actor, ActorAlias = _model("Actor"), _model("ActorAlias")
    actor, organisation, alias = Columns(Actor), Columns(Actor, "affiliation__"), Columns(ActorAlias)
    counted = tuple(_actor_ways(OuterRef("pk"), mentions=True))
    found = Compiled(
        lambda slug, at: (
            Actor.objects.public(at)
            .with_frequency()
            .filter(slug=slug)
            .order_by()
            .values_list(*actor.paths, *organisation.paths, *counted)
        )
    )
    aliases = Compiled(lambda ids: ActorAlias.objects.filter(actor__in=ids).values_list(*alias.paths))
    members = Compiled(
        lambda ids, at: Actor.objects.public(at).filter(affiliation__in=ids).order_by("name").values_list(*actor.paths)
    )
    return (actor, organisation, alias, counted), found, aliases, members


def actor_page(slug):
    """The public actor with this slug as their page shows them, or None: with their organisation,
    aliases, public members by name and the counts `frequent_actor` reads (`with_frequency`), in three
    queries built and compiled once per process (newsroom.content.compiled), as select_related and
    prefetch_related would fetch them."""
    (actor, organisation, alias, counted), found, aliases, members = _actor_page_queries()
    now, db = timezone.now(), router.db_for_read(_model("Actor"))
    rows = found.rows(slug=slug, at=now)
    if len(rows) != 1:
        return None
    own, organisation_values, counts = split(rows[0], actor, organisation)
    page = actor.build(db, own)
    page._state.fields_cache["affiliation"] = organisation.build(db, organisation_values)
    page.__dict__.update(zip(counted, counts, strict=True))
    hold_prefetched(page, "aliases", alias.model, [alias.build(db, values) for values in aliases.rows(ids=[page.pk])])
    public_members = [actor.build(db, values) for values in members.rows(ids=[page.pk], at=now)]
    hold_prefetched(page, "members", actor.model, belonging(public_members, "affiliation", page))
    return page


class SourceQuerySet(models.QuerySet):
    def public(self, at=None):
        """Sources a reader may see: those live content draws on (at `at`, default now)."""
        Article, Statement = _model("Article"), _model("Statement")
        drawn_on = _model("ArticleSource").objects.filter(source=OuterRef("pk"), article__in=Article.objects.live(at))
        return self.filter(
            Exists(Article.objects.live(at).filter(publisher=OuterRef("pk")))
            | Exists(drawn_on)
            | Exists(Statement.objects.live(at).filter(source=OuterRef("pk")))
        )


@functools.cache
def _source_page_query():
    source = Columns(_model("Source"))
    return source, Compiled(
        lambda slug, at: source.model.objects.public(at).filter(slug=slug).values_list(*source.paths)
    )


def source_page(slug):
    """The public source with this slug, or None: `Source.objects.public().filter(slug=slug)` by a query
    compiled once per process (newsroom.content.compiled), as actor_page reads an actor."""
    source, query = _source_page_query()
    rows = query.rows(slug=slug, at=timezone.now())
    return source.build(router.db_for_read(source.model), rows[0]) if len(rows) == 1 else None


def citations_of_live_statements(at=None):
    """Citations whose statement readers may see (at `at`, default now), with what a quotation needs
    to show its speaker."""
    return (
        _model("Citation")
        .objects.filter(live_q(at, prefix="statement__"))
        .select_related("statement__actor__affiliation")
    )


def citations_in_live_articles(at=None):
    """Citations in live articles (at `at`, default now): where readers find a statement quoted, and in
    what words."""
    return _model("Citation").objects.filter(live_q(at, prefix="article__")).select_related("article")
