"""Statements: what an actor said or issued, in its words."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
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
from newsroom.core.phrases import and_list
from newsroom.core.quoting import excerpt

FRAGMENT_WORDS = 6


class Statement(Publishable):
    """What one actor said or issued, or several together (a joint statement): `actor` is the
    first speaker, the one every index and query of "an actor's statements" starts from; the
    others, in the order the text names them, are `co_speakers` (StatementSpeaker). `speakers`
    is all of them, first first."""

    class DateBasis(models.TextChoices):
        DAY_SAID = "", "The day it was said or issued"
        REPORT = "report", "The date of the report (the text does not say when)"

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
    made_on_basis = models.CharField(
        "the date is",
        max_length=16,
        choices=DateBasis.choices,
        default=DateBasis.DAY_SAID,
        blank=True,
        help_text="Whether the date is the day the words were said or issued, or only the date of the report "
        "they are known from.",
    )
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
    co_speakers = models.ManyToManyField(
        Actor,
        through="StatementSpeaker",
        blank=True,
        related_name="joint_statements",
        help_text="The other speakers of a joint statement, in the order the text names them.",
    )
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
            # A source's statements newest published first (its page's stream, newsroom.reading.stream), with
            # the clock's fields: the walk skips those not live yet from the index alone. Walking the newest
            # of all statements instead read 2,600 rows of the table for the top publisher's 21.
            models.Index(
                fields=["source", "-first_published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                include=["go_live_at", "expires_at"],
                name="statement_source_newest",
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
        return f"{speaker}{self._others_suffix()}: “{excerpt(self.text, 12)}”"

    def _others_suffix(self):
        if not self.pk:
            return ""
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "co_speakers" not in cache:
            return ""  # the admin's lists name the first speaker; a page's heading names them all
        others = list(cache["co_speakers"])
        return "".join(f", {o}" for o in others[:-1]) + (f" and {others[-1]}" if others else "")

    @property
    def speakers(self):
        """Every speaker, first first: `actor`, then the co-speakers in order (held by
        fill_speakers for lists and pages; one query otherwise)."""
        cache = getattr(self, "_prefetched_objects_cache", {})
        if "co_speakers" in cache:
            others = list(cache["co_speakers"])
        elif self.pk:
            others = [
                row.actor for row in self.speaker_rows.select_related("actor__affiliation").order_by("order", "pk")
            ]
        else:
            others = []
        return [self.actor, *others]

    @property
    def is_joint(self):
        return len(self.speakers) > 1

    @property
    def speakers_label(self):
        """The speakers as a reader reads them: “X”, “X and Y”, “X, Y and Z”."""
        return and_list([speaker.display_name for speaker in self.speakers])

    @property
    def date_is_report(self):
        """The date shown is only the report's: the text does not say when the words were said."""
        return self.made_on_basis == self.DateBasis.REPORT

    def get_absolute_url(self):
        return reverse("newsroom:statement_detail", kwargs={"pk": self.pk})

    @property
    def paragraphs(self):
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    @property
    def is_fragment(self):
        """A quoted word or phrase (“terrorism”) rather than whole sentences: it needs its summary to read."""
        return len(self.text.split()) < FRAGMENT_WORDS


class StatementSpeaker(models.Model):
    """A speaker of a joint statement besides its first (`Statement.actor`), in the order the text names them."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="speaker_rows")
    # PROTECT: an actor who made a statement is never deleted from under it, as for the first speaker.
    actor = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="joint_speaker_rows", verbose_name="speaker"
    )
    order = models.PositiveSmallIntegerField(default=1, help_text="2 is the second speaker, 3 the third, …")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "other speaker"
        verbose_name_plural = "other speakers (a joint statement)"
        constraints = [models.UniqueConstraint(fields=["statement", "actor"], name="statementspeaker_unique")]
        # An actor's joint statements, from the index alone (StatementQuerySet.spoken_by).
        indexes = [models.Index(fields=["actor", "statement"], name="statementspeaker_by_actor")]

    def __str__(self):
        return f"{self.actor} (speaker {self.order})"
