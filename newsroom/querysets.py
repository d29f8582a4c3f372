"""What readers may see, defined once. Every reading surface starts from these rules.

`published_q()` is the one spelling of "live now": `published()`, `with_state()`, the checks in
the workflow and the public lists all reuse it. Models are looked up through the app registry
when a query is built, so this module imports no other module of the app.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache
from django.db import connection, models
from django.db.models import Case, Count, Exists, OuterRef, Prefetch, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime


class Status(models.TextChoices):
    """What the workflow sets (newsroom.workflow is the only writer)."""

    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    UNPUBLISHED = "unpublished", "Unpublished"


class State(models.TextChoices):
    """What an item is now, for readers and staff alike: the status read against the clock."""

    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    SCHEDULED = "scheduled", "Scheduled"
    LIVE = "live", "Live"
    EXPIRED = "expired", "Expired"
    UNPUBLISHED = "unpublished", "Unpublished"


def _model(name):
    return apps.get_model("newsroom", name)


def published_q(at=None, prefix=""):
    """Published, past its go-live time and not yet expired, at `at` (default: now).

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


class PublishableQuerySet(models.QuerySet):
    def published(self, at=None):
        """Items a reader, the API, feeds and search may see: live at `at` (default: now)."""
        return self.filter(published_q(at))

    def not_live(self, at=None):
        """Everything readers may not see: drafts, items in review, scheduled, expired, unpublished."""
        return self.exclude(published_q(at))

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
                When(published_q(now), then=Value(State.LIVE)),
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
        opts = self.model._meta
        if user.is_authenticated and user.is_staff and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self.all()
        return self.published()


class ArticleQuerySet(PublishableQuerySet):
    def involving(self, actor):
        """Articles that mention the actor (an Actor or its id) or quote one of their statements.

        Each way is a subquery of article ids read from an index alone and hashed once, not a
        join: a join would multiply rows, need DISTINCT, and stop a newest-first page from walking
        its index. Given the actor itself, not its slug, the planner sees a constant."""
        mentioning = _model("ArticleActor").objects.filter(actor=actor).values("article")
        quoting = _model("Citation").objects.filter(statement__actor=actor).values("article")
        return self.filter(Q(pk__in=mentioning) | Q(pk__in=quoting))

    def drawing_on(self, source):
        """Articles the source (a Source or its id) published or that draw on it (as `involving`)."""
        drawing = _model("ArticleSource").objects.filter(source=source).values("article")
        return self.filter(Q(publisher=source) | Q(pk__in=drawing))

    def cards(self):
        """As list cards show them: publisher, card photo and tags fetched in a fixed number of queries."""
        return self.select_related("publisher", "card_photo").prefetch_related("tags")

    def for_page(self):
        """Everything an article's page and its API record show, in a fixed number of queries.

        Only the statements readers may see are among its citations.
        """
        return (
            self.with_state()
            .select_related("publisher", "card_photo")
            .prefetch_related(
                "tags",
                "captions__photo",
                "corrections",
                Prefetch("citations", queryset=published_citations(), to_attr="published_citations"),
                Prefetch("sources", queryset=_model("Source").objects.order_by("name")),
                Prefetch("actors", queryset=_model("Actor").objects.select_related("affiliation").order_by("name")),
            )
        )

    def related_to(self, article, limit=4):
        """Other live articles sharing a tag or a mentioned actor with `article`, newest first."""
        TaggedItem = apps.get_model("taggit", "TaggedItem")
        tagged_alike = TaggedItem.objects.filter(
            content_type__app_label="newsroom",
            content_type__model="article",
            tag__in=[t.pk for t in article.tags.all()],
        ).values("object_id")
        mentioning_alike = (
            _model("ArticleActor").objects.filter(actor__in=[a.pk for a in article.actors.all()]).values("article")
        )
        return (
            self.published()
            .exclude(pk=article.pk)
            .filter(Q(pk__in=tagged_alike) | Q(pk__in=mentioning_alike))
            .select_related("publisher")[:limit]
        )


class StatementQuerySet(PublishableQuerySet):
    def cards(self):
        return self.select_related("actor__affiliation", "source").prefetch_related("tags")

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
            .prefetch_related(
                "tags",
                "corrections",
                Prefetch(
                    "citations",
                    queryset=published_quotations().select_related("article__publisher"),
                    to_attr="published_citations",
                ),
            )
        )


class ActorQuerySet(models.QuerySet):
    def public(self):
        """Actors a reader may see: those named in live content or heading an organisation that is."""
        Article, Statement = _model("Article"), _model("Statement")
        has_statement = Exists(Statement.objects.published().filter(actor=OuterRef("pk")))
        in_article = Exists(Article.objects.published().filter(actors=OuterRef("pk")))
        member_public = Exists(Statement.objects.published().filter(actor__affiliation=OuterRef("pk"))) | Exists(
            Article.objects.published().filter(actors__affiliation=OuterRef("pk"))
        )
        return self.filter(has_statement | in_article | member_public)


class SourceQuerySet(models.QuerySet):
    def public(self):
        """Sources a reader may see: those live content draws on."""
        Article, Statement = _model("Article"), _model("Statement")
        drawn_on = _model("ArticleSource").objects.filter(
            source=OuterRef("pk"), article__in=Article.objects.published()
        )
        return self.filter(
            Exists(Article.objects.published().filter(publisher=OuterRef("pk")))
            | Exists(drawn_on)
            | Exists(Statement.objects.published().filter(source=OuterRef("pk")))
        )


def live_tags():
    """Tags carried by at least one live article or statement: what tag pages and tag feeds look
    a slug up in, so a tag carried only by drafts does not exist for readers. Each tag stops at
    its first live item, so a look-up by slug stays cheap however large the archive."""
    Tag, TaggedItem = apps.get_model("taggit", "Tag"), apps.get_model("taggit", "TaggedItem")

    ContentType = apps.get_model("contenttypes", "ContentType")

    def carried_by(model):
        return Exists(
            TaggedItem.objects.filter(tag=OuterRef("pk"), content_type=ContentType.objects.get_for_model(model)).filter(
                Exists(model.objects.published().filter(pk=OuterRef("object_id")))
            )
        )

    return Tag.objects.filter(carried_by(_model("Article")) | carried_by(_model("Statement")))


# How long tag counts are kept at most; any public change makes new ones sooner (their cache key
# is the moment of the last public change).
TAG_COUNTS_SECONDS = 300


@dataclass(frozen=True)
class TagCount:
    """A live tag and the number of live articles and statements carrying it."""

    pk: int
    name: str
    slug: str
    count: int
    url: str  # its page, worked out once with the counts rather than for each reader


def published_tag_counts():
    """Every live tag as a TagCount, most used first (then by name): counted once per public change.

    Counting over every tagged item is the one costly query of the home, tag index and tag API
    pages, so the answer is cached under the moment of the last public change: a publication, an
    unpublication, a tag change or edit of a live item, a scheduled go-live or an expiry by the
    clock gives a new key (no worker needed), and nothing older than TAG_COUNTS_SECONDS is ever
    served.
    """
    changed = last_public_change()
    key = f"newsroom:tag-counts:{changed.timestamp() if changed else 0}"
    counts = cache.get(key)
    if counts is None:
        counts = _count_tags()
        cache.set(key, counts, TAG_COUNTS_SECONDS)
    return counts


def _count_tags():
    # One GROUP BY per kind over the tagged items of live items (a hash semi-join), then summed.
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    counts = {}
    for model in (_model("Article"), _model("Statement")):
        rows = (
            TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model))
            .filter(Exists(model.objects.published().filter(pk=OuterRef("object_id"))))
            .values_list("tag")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for tag_id, n in rows:
            counts[tag_id] = counts.get(tag_id, 0) + n
    names = apps.get_model("taggit", "Tag").objects.filter(pk__in=list(counts)).values_list("pk", "name", "slug")
    tags = [
        TagCount(pk, name, slug, counts[pk], reverse("newsroom:tag_detail", kwargs={"slugs": slug}))
        for pk, name, slug in names
    ]
    return tuple(sorted(tags, key=lambda tag: (-tag.count, tag.name)))


def tags_with_counts(limit=None):
    """Live tags with their counts, most used first (the `limit` most used): no query once they
    are counted."""
    counts = published_tag_counts()
    return list(counts[:limit] if limit else counts)


def published_citations():
    """Citations whose statement readers may see, with what a quotation needs to show its speaker."""
    return (
        _model("Citation")
        .objects.filter(published_q(prefix="statement__"))
        .select_related("statement__actor__affiliation")
    )


def published_quotations():
    """Citations in live articles: where readers find a statement quoted, and in what words."""
    return _model("Citation").objects.filter(published_q(prefix="article__")).select_related("article")


def last_public_change(at=None):
    """When what readers may see last changed, or None: the `Last-Modified` of the API and the
    feeds.

    Counts edits and corrections of live items, items going live or expiring (by the clock, so
    no worker is needed), unpublishing, and actors and sources; never work on drafts, which
    would tell the outside world when editorial work happens. Each part is an indexed look-up of
    one newest row, never an aggregate over a table, and all of them go in one query.
    """
    now = at or timezone.now()
    sql, params = _change_query()
    marker = connection.ops.adapt_datetimefield_value(_MOMENT)
    params = [
        connection.ops.adapt_datetimefield_value(now) if param in (_MOMENT, marker) else param for param in params
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        moment = cursor.fetchone()[0]
    if isinstance(moment, str):  # SQLite keeps date-times as text in UTC
        moment = parse_datetime(moment).replace(tzinfo=datetime.UTC)
    return moment


# The moment the query of last_public_change is written for, swapped for the real one on each call:
# building and compiling nine querysets cost more than running them, on every page.
_MOMENT = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)
_CHANGE_QUERIES = {}


def _change_query():
    """The SQL of last_public_change and its parameters, with _MOMENT for "now"; compiled once per
    database vendor."""
    if connection.vendor not in _CHANGE_QUERIES:
        now = _MOMENT
        parts = []
        for model in (_model("Article"), _model("Statement")):
            parts.append((model.objects.published(now), "updated_at"))
            parts.append((model.objects.filter(status=Status.PUBLISHED, go_live_at__lte=now), "go_live_at"))
            parts.append((model.objects.filter(first_published_at__isnull=False, expires_at__lte=now), "expires_at"))
        parts.append(
            (_model("WorkflowLogEntry").objects.filter(transition="unpublish", created_at__lte=now), "created_at")
        )
        parts.append((_model("Actor").objects.all(), "updated_at"))
        parts.append((_model("Source").objects.all(), "updated_at"))
        compiled = [
            queryset.order_by(f"-{field}").values(field)[:1].query.sql_with_params() for queryset, field in parts
        ]
        # The ORM has no SELECT without a table, so the newest rows are combined in SQL of our own.
        sql = "SELECT MAX(moment) FROM ({}) AS moments".format(
            " UNION ALL ".join(f"SELECT ({part_sql}) AS moment" for part_sql, _ in compiled)
        )
        _CHANGE_QUERIES[connection.vendor] = (sql, [param for _, params in compiled for param in params])
    return _CHANGE_QUERIES[connection.vendor]


def fill(rows):
    """Swap (kind, pk, …) rows of a mixed stream (newsroom.pagination.newest) for the objects
    themselves, as cards, keeping the order."""
    rows = list(rows)
    article_ids = [row[1] for row in rows if row[0] == "article"]
    statement_ids = [row[1] for row in rows if row[0] == "statement"]
    found = {("article", a.pk): a for a in _model("Article").objects.filter(pk__in=article_ids).cards()}
    found |= {("statement", s.pk): s for s in _model("Statement").objects.filter(pk__in=statement_ids).cards()}
    return [(row[0], found[(row[0], row[1])]) for row in rows]
