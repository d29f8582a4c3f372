"""What readers may see, defined once. Every public surface starts from these methods."""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    UNPUBLISHED = "unpublished", "Unpublished"


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Items a reader, the API, feeds and search may see."""
        return self.filter(status=Status.PUBLISHED)

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


class ActorQuerySet(models.QuerySet):
    def public(self):
        """Actors a reader may see: those named in published content or heading an organisation that is."""
        from newsroom.models import Article, Statement

        has_statement = Exists(Statement.objects.published().filter(actor=OuterRef("pk")))
        in_article = Exists(Article.objects.published().filter(actors=OuterRef("pk")))
        member_public = Exists(
            Statement.objects.published().filter(actor__affiliation=OuterRef("pk"))
        ) | Exists(Article.objects.published().filter(actors__affiliation=OuterRef("pk")))
        return self.filter(has_statement | in_article | member_public)


class SourceQuerySet(models.QuerySet):
    def public(self):
        """Sources a reader may see: those published content draws on."""
        from newsroom.models import Article, Statement

        return self.filter(
            Exists(Article.objects.published().filter(Q(publisher=OuterRef("pk")) | Q(sources=OuterRef("pk"))))
            | Exists(Statement.objects.published().filter(source=OuterRef("pk")))
        )


def published_tags():
    """Tags with `count`, the number of published articles and statements carrying each; unused tags left out."""
    from taggit.models import Tag

    from newsroom.models import Article, Statement

    def carried_by(model):
        return Q(
            taggit_taggeditem_items__content_type__app_label="newsroom",
            taggit_taggeditem_items__content_type__model=model._meta.model_name,
            taggit_taggeditem_items__object_id__in=model.objects.published().values("pk"),
        )

    published = carried_by(Article) | carried_by(Statement)
    return Tag.objects.annotate(count=Count("taggit_taggeditem_items", filter=published)).filter(count__gt=0)
