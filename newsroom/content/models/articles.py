"""Articles: reports, with the sources they draw on, the actors they mention, their captions and
the statements they cite in their own wording."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from newsroom.content.body import parse_body
from newsroom.content.models.actors import Actor
from newsroom.content.models.constraints import not_blank
from newsroom.content.models.photos import Photo
from newsroom.content.models.publishable import Publishable, expiry_after_go_live, reading_indexes
from newsroom.content.models.sources import Source
from newsroom.content.models.statements import Statement
from newsroom.content.querysets import (
    ArticleQuerySet,
)
from newsroom.content.states import Status
from newsroom.core.limits import bounded_text
from newsroom.core.quoting import words_alone


class Article(Publishable):
    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    dek = bounded_text("article.dek", blank=True, help_text="The standfirst: a sentence or two under the headline.")
    dateline = models.CharField(
        max_length=100, blank=True, help_text="Place the report is filed from, e.g. STEPANAKERT."
    )
    byline = models.CharField(max_length=200, blank=True)
    body = bounded_text(
        "article.body",
        help_text="Paragraphs separated by a blank line. A line starting “## ” is a subhead; "
        "paragraphs starting “> ” are a block quotation. No HTML: everything is shown as written.",
    )
    publisher = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="published_articles"
    )
    original_url = models.URLField("original URL", blank=True, help_text="Where the publisher printed it first.")
    original_published_on = models.DateField(
        "first published on",
        null=True,
        blank=True,
        help_text="When the publisher printed it first (ingest keeps the date it was given).",
    )
    sources = models.ManyToManyField(
        Source,
        through="ArticleSource",
        blank=True,
        related_name="articles",
        help_text="Outlets and agencies it draws on.",
    )
    actors = models.ManyToManyField(
        Actor, through="ArticleActor", blank=True, related_name="articles", help_text="Actors it mentions."
    )
    statements = models.ManyToManyField("Statement", through="Citation", blank=True, related_name="articles")
    card_photo = models.ForeignKey(
        Photo,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Shown on list cards and when the report is shared "
        "(where it is empty, a shared link shows the first captioned photo).",
    )
    tags = TaggableManager(blank=True)
    history = HistoricalRecords()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        indexes = [
            models.Index(fields=["status", "-first_published_at"], name="article_status_published"),
            *reading_indexes("article"),
            models.Index(
                fields=["headline", "id"], condition=Q(status=Status.PUBLISHED), name="article_published_headline"
            ),
        ]
        # The search index is a column the database keeps and Django never reads: see
        # migration 0016_search_index and newsroom/search.py.
        constraints = [not_blank("headline", "article"), not_blank("slug", "article"), expiry_after_go_live("article")]
        permissions = [("publish_article", "Can publish, return and unpublish articles")]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("newsroom:article_detail", kwargs={"slug": self.slug})

    @property
    def body_blocks(self):
        return parse_body(self.body)


class ArticleSource(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    # PROTECT: deleting a source that coverage draws on is refused, never cascaded.
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "source"], name="articlesource_unique")]
        # The articles drawing on a source, from the index alone (ArticleQuerySet.drawing_on).
        indexes = [models.Index(fields=["source", "article"], name="articlesource_by_source")]

    def __str__(self):
        return f"{self.article} draws on {self.source}"


class ArticleActor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "actor"], name="articleactor_unique")]
        # The articles mentioning an actor, from the index alone (ArticleQuerySet.involving).
        indexes = [models.Index(fields=["actor", "article"], name="articleactor_by_actor")]

    def __str__(self):
        return f"{self.article} mentions {self.actor}"


class Caption(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="captions")
    # PROTECT: a photo in use is not deleted from under a report.
    photo = models.ForeignKey(
        Photo,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="captions",
        help_text="Leave empty for a caption printed without its photo.",
    )
    text = bounded_text("caption.text")
    credit = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="How many body blocks stand before the photo: 0 puts it above the text."
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [not_blank("text", "caption")]

    def __str__(self):
        return Truncator(self.text).words(10)


class Citation(models.Model):
    """A statement as one article quotes it: the wording that article printed, and where."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="citations")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="citations")
    wording = bounded_text(
        "citation.wording", help_text="The words as this article printed them. Paragraphs: a blank line."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            not_blank("wording", "citation"),
            models.UniqueConstraint(fields=["article", "statement"], name="citation_statement_once_per_article"),
        ]
        # The articles quoting given statements, from the index alone (ArticleQuerySet.involving).
        indexes = [models.Index(fields=["statement", "article"], name="citation_by_statement")]

    def __str__(self):
        return f"{self.article} cites {self.statement}"

    @property
    def paragraphs(self):
        return [p.strip() for p in self.wording.split("\n\n") if p.strip()]

    @property
    def differs_from_statement(self):
        # Word by word as the statement's provenance compares them (newsroom/core/quoting.py): a
        # quotation printed before “, she said” ends in a comma, and that alone is no difference; nor is
        # where a report breaks the same words into paragraphs (each paragraph's end its own).
        return words_alone(self.wording) != words_alone(self.statement.text)
