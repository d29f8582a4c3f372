"""Statements: what an actor said or issued, in its words."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from newsroom.content.models.actors import Actor
from newsroom.content.models.constraints import not_blank
from newsroom.content.models.publishable import Publishable, expiry_after_go_live, reading_indexes
from newsroom.content.models.sources import Source
from newsroom.content.querysets import (
    StatementQuerySet,
)
from newsroom.content.states import Status
from newsroom.core.limits import bounded_text

FRAGMENT_WORDS = 6


class Statement(Publishable):
    class Medium(models.TextChoices):
        PRESS_STATEMENT = "press_statement", "Press statement"
        REMARKS = "remarks", "Remarks"
        MEETING = "meeting", "Meeting"
        INTERVIEW = "interview", "Interview"
        SPEECH = "speech", "Speech"
        BRIEFING = "briefing", "Briefing"
        SOCIAL_MEDIA_POST = "social_media_post", "Social media post"
        OTHER = "other", "Other"

    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements", verbose_name="speaker")
    text = bounded_text(
        "statement.text", "words", help_text="The words as the actor said or issued them. Paragraphs: a blank line."
    )
    summary = bounded_text(
        "statement.summary", blank=True, help_text="What was said around the quoted words, in the newsroom's own words."
    )
    made_on = models.DateField("date", null=True, blank=True, help_text="Leave empty when the text does not say.")
    medium = models.CharField(max_length=32, choices=Medium.choices, default=Medium.PRESS_STATEMENT)
    occasion = models.CharField(
        "where",
        max_length=300,
        blank=True,
        help_text="Where or on what occasion, e.g. “emergency meeting in Stepanakert”.",
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statements",
        help_text="The outlet or agency the statement is known from.",
    )
    source_url = models.URLField("source URL", blank=True)
    tags = TaggableManager(blank=True)
    # Every save keeps a revision: who, when and the whole row (tags are not part of it).
    history = HistoricalRecords()

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-made_on", "-created_at"]
        indexes = [
            models.Index(fields=["status", "-made_on"], name="statement_status_date"),
            models.Index(fields=["actor", "-made_on"], name="statement_actor_date"),
            *reading_indexes("statement"),
            # A speaker's or a source's statements, newest said first (API filters, actor pages).
            # With the clock's fields, "has this actor a live statement" and statement counts read
            # the index alone (ActorQuerySet.public, the actor list).
            models.Index(
                fields=["actor", "-made_on", "-first_published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                include=["go_live_at", "expires_at"],
                name="statement_actor_made",
            ),
            models.Index(
                fields=["source", "-made_on", "-first_published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                name="statement_source_made",
            ),
            # Which statements are an actor's, read from the index alone (ArticleQuerySet.involving).
            models.Index(fields=["actor", "id"], name="statement_actor_ids"),
            models.Index(
                fields=["-made_on", "-first_published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                name="statement_published_made",
            ),
        ]
        # The search index is a column the database keeps and Django never reads: see
        # migration 0016_search_index and newsroom/search.py.
        constraints = [not_blank("text", "statement"), expiry_after_go_live("statement")]
        permissions = [("publish_statement", "Can publish, return and unpublish statements")]

    def __str__(self):
        try:
            speaker = self.actor
        except Actor.DoesNotExist:
            # An old revision can name an actor deleted since (its history keeps only the id).
            speaker = "A deleted actor"
        return f"{speaker}: “{Truncator(self.text).words(12)}”"

    def get_absolute_url(self):
        return reverse("newsroom:statement_detail", kwargs={"pk": self.pk})

    @property
    def paragraphs(self):
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    @property
    def is_fragment(self):
        """A quoted word or phrase (“terrorism”) rather than whole sentences: it needs its summary to read."""
        return len(self.text.split()) < FRAGMENT_WORDS
