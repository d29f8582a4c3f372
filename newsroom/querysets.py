"""What readers may see, defined once. Every public surface starts from these methods."""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Value
from django.utils import timezone


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    UNPUBLISHED = "unpublished", "Unpublished"


class PublishableQuerySet(models.QuerySet):
    def published(self, at=None):
        """Items a reader, the API, feeds and search may see: published, live and not expired.

        Compared with the clock on every query, so a scheduled item goes live and an embargoed
        one expires exactly on time with no worker running.
        """
        now = at or timezone.now()
        return self.filter(
            Q(go_live_at__isnull=True) | Q(go_live_at__lte=now),
            Q(expires_at__isnull=True) | Q(expires_at__gt=now),
            status=Status.PUBLISHED,
        )

    def scheduled(self, at=None):
        """Published by an editor, waiting for their go-live time."""
        return self.filter(status=Status.PUBLISHED, go_live_at__gt=at or timezone.now())

    def expired(self, at=None):
        """Published, but past their expiry: readers no longer see them."""
        return self.filter(status=Status.PUBLISHED, expires_at__lte=at or timezone.now())

    def drafts(self):
        """Items still being written."""
        return self.filter(status=Status.DRAFT)

    def in_review(self):
        """Items submitted and waiting for an editor."""
        return self.filter(status=Status.IN_REVIEW)

    def visible_to(self, user):
        """Everything for staff (who preview), published items for everybody else."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()


class ArticleQuerySet(PublishableQuerySet):
    def involving(self, actor_slug):
        """Articles that mention the actor or quote one of their statements."""
        return self.filter(Q(actors__slug=actor_slug) | Q(citations__statement__actor__slug=actor_slug)).distinct()

    def drawing_on(self, source_slug):
        """Articles the source published or that draw on it."""
        return self.filter(Q(publisher__slug=source_slug) | Q(sources__slug=source_slug)).distinct()


class ActorQuerySet(models.QuerySet):
    def public(self):
        """Actors a reader may see: those named in published content or heading an organisation that is."""
        Article, Statement = _models().Article, _models().Statement
        has_statement = Exists(Statement.objects.published().filter(actor=OuterRef("pk")))
        in_article = Exists(Article.objects.published().filter(actors=OuterRef("pk")))
        member_public = Exists(
            Statement.objects.published().filter(actor__affiliation=OuterRef("pk"))
        ) | Exists(Article.objects.published().filter(actors__affiliation=OuterRef("pk")))
        return self.filter(has_statement | in_article | member_public)


class SourceQuerySet(models.QuerySet):
    def public(self):
        """Sources a reader may see: those published content draws on."""
        Article, Statement = _models().Article, _models().Statement
        return self.filter(
            Exists(Article.objects.published().filter(Q(publisher=OuterRef("pk")) | Q(sources=OuterRef("pk"))))
            | Exists(Statement.objects.published().filter(source=OuterRef("pk")))
        )


def published_tags():
    """Tags with `count`, the number of published articles and statements carrying each; unused tags left out."""
    from taggit.models import Tag

    Article, Statement = _models().Article, _models().Statement

    def carried_by(model):
        return Q(
            taggit_taggeditem_items__content_type__app_label="newsroom",
            taggit_taggeditem_items__content_type__model=model._meta.model_name,
            taggit_taggeditem_items__object_id__in=model.objects.published().values("pk"),
        )

    published = carried_by(Article) | carried_by(Statement)
    return Tag.objects.annotate(count=Count("taggit_taggeditem_items", filter=published)).filter(count__gt=0)


def _models():
    # querysets.py is imported by models.py; the models are looked up when a query is built.
    from newsroom import models

    return models


def published_citations():
    """Citations whose statement readers may see, with what a quotation needs to show its speaker."""
    return _models().Citation.objects.filter(statement__in=_models().Statement.objects.published()).select_related(
        "statement__actor__affiliation"
    )


def published_quotations():
    """Citations in published articles: where readers find a statement quoted, and in what words."""
    return _models().Citation.objects.filter(article__in=_models().Article.objects.published()).select_related(
        "article"
    )


def article_cards(queryset):
    """Articles as list cards show them: publisher and tags fetched in a fixed number of queries."""
    return queryset.select_related("publisher", "card_photo").prefetch_related("tags")


def statement_cards(queryset):
    return queryset.select_related("actor__affiliation", "source").prefetch_related("tags")


def mixed_stream(articles, statements):
    """Articles and statements in one list, newest publication first, as (kind, pk) rows to paginate."""
    # The parts of a UNION may not carry their own ORDER BY, so the models' default ordering goes.
    rows = (
        articles.order_by()
        .values_list(Value("article"), "pk", "first_published_at")
        .union(statements.order_by().values_list(Value("statement"), "pk", "first_published_at"), all=True)
    )
    return rows.order_by("-first_published_at", "-pk")


def fill_stream(rows):
    """Swap a page of (kind, pk) rows for the objects themselves, keeping the order."""
    article_ids = [pk for kind, pk, _ in rows if kind == "article"]
    statement_ids = [pk for kind, pk, _ in rows if kind == "statement"]
    found = {("article", a.pk): a for a in article_cards(_models().Article.objects.filter(pk__in=article_ids))}
    found |= {("statement", s.pk): s for s in statement_cards(_models().Statement.objects.filter(pk__in=statement_ids))}
    return [(kind, found[(kind, pk)]) for kind, pk, _ in rows]
