"""Live coverage: a live page on a breaking story, and its entries, each through the workflow.

A live page and each of its entries are Publishable: the same statuses, log and roles as articles
and statements, and the same reading rule (`live()`). Readers see an entry when it and its page are
both live. The page's `sequence` moves (under the page's row lock) each time readers could see a
change of it or of an entry, and the entry changed takes the new number: a reader's page asks for
what is past the number it has (newsroom.reading.live), and two people posting at once take two
numbers, in the order their changes committed.
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from newsroom.claims.models import Incident
from newsroom.content.body import parse_body
from newsroom.content.models import Actor, Article, Photo, Statement
from newsroom.content.models.constraints import not_blank
from newsroom.content.models.publishable import Publishable, expiry_after_go_live, reading_indexes
from newsroom.content.states import Status
from newsroom.core.limits import bounded_text
from newsroom.live.querysets import LiveEntryQuerySet, LivePageQuerySet


class LivePage(Publishable):
    """A rolling page for a breaking story: headline, summary, whether coverage goes on, entries."""

    class Coverage(models.TextChoices):
        LIVE = "live", "Live"
        PAUSED = "paused", "Paused"
        ENDED = "ended", "Ended"

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    summary = bounded_text("livepage.summary", blank=True, help_text="A sentence or two under the headline.")
    coverage = models.CharField(max_length=16, choices=Coverage.choices, default=Coverage.LIVE, editable=False)
    coverage_ended_at = models.DateTimeField(null=True, blank=True, editable=False)
    reporters_publish = models.BooleanField(
        "reporters' entries go out directly",
        default=False,
        help_text="Checked: a reporter's entry is published as it is posted (logged as theirs). "
        "Unchecked: it waits, in review, for an editor.",
    )
    actors = models.ManyToManyField(Actor, blank=True, related_name="live_pages", help_text="Actors it covers.")
    tags = TaggableManager(blank=True)
    # The article an editor made of the page once it ended (newsroom.live.services.page_to_article).
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    # A live page follows one breaking story, so it covers one incident at most, while an incident may
    # be covered by several pages (the first day's, a later flare-up's): a foreign key, not a
    # membership table like an incident's reports and statements (each of which may belong to
    # several incidents). Readers see the link while both ends are live.
    incident = models.ForeignKey(
        Incident,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_pages",
        help_text="The incident this page covers: its page lists this one while both are published.",
    )
    # Moves with every change readers see of the page or its entries (written by newsroom.live.services only).
    sequence = models.PositiveBigIntegerField(default=0, editable=False)
    changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = LivePageQuerySet.as_manager()

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        indexes = reading_indexes("livepage")
        constraints = [
            not_blank("headline", "livepage"),
            not_blank("slug", "livepage"),
            expiry_after_go_live("livepage"),
        ]
        permissions = [("publish_livepage", "Can publish, end and unpublish live pages")]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("newsroom:live_page", kwargs={"slug": self.slug})

    @property
    def is_running(self):
        """Coverage goes on (live or paused)."""
        return self.coverage != self.Coverage.ENDED


class LiveEntry(Publishable):
    """One entry of a live page: its text in the body format, an optional photo, the statements it
    quotes; a key event (in the timeline at the top), pinned, corrected or deleted (with a note)."""

    page = models.ForeignKey(LivePage, on_delete=models.PROTECT, related_name="entries")
    body = bounded_text(
        "liveentry.body",
        help_text="Paragraphs separated by a blank line; “> ” starts a block quotation. No HTML.",
    )
    author = models.CharField(max_length=200, blank=True, help_text="The byline readers see.")
    photo = models.ForeignKey(Photo, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    key_event = models.BooleanField(default=False, editable=False)
    key_event_title = models.CharField(
        "key event", max_length=200, blank=True, help_text="A few words for the key events timeline."
    )
    pinned = models.BooleanField(default=False, editable=False)
    statements = models.ManyToManyField(Statement, through="LiveCitation", blank=True, related_name="live_entries")
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    sequence = models.PositiveBigIntegerField(default=0, editable=False)
    # Every post, edit, step, mark and correction keeps a revision saying who did what (the services
    # name it); the page's `sequence` it took is polling's bookkeeping, not the entry's history.
    history = HistoricalRecords(excluded_fields=["sequence"])

    objects = LiveEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "live entry"
        verbose_name_plural = "live entries"
        ordering = ["-first_published_at", "-created_at"]
        indexes = [
            # A page's entries newest first, and what changed past a reader's number: index ranges.
            models.Index(
                fields=["page", "-first_published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                name="liveentry_page_newest",
            ),
            models.Index(fields=["page", "sequence"], name="liveentry_page_sequence"),
            models.Index(fields=["page", "status"], name="liveentry_page_status"),
            # The moments the public clock looks up (its newest edit, go-live, expiry), as for every
            # kind that goes through the workflow; entries are listed by their page's index above.
            *reading_indexes("liveentry")[1:],
        ]
        constraints = [
            not_blank("body", "liveentry"),
            expiry_after_go_live("liveentry"),
            models.UniqueConstraint(fields=["page"], condition=Q(pinned=True), name="liveentry_one_pinned"),
        ]
        permissions = [("publish_liveentry", "Can publish, return and delete live entries")]

    def __str__(self):
        return Truncator(self.key_event_title or self.body).words(12)

    def get_absolute_url(self):
        return f"{self.page.get_absolute_url()}#entry-{self.pk}"

    @property
    def body_blocks(self):
        return parse_body(self.body)

    def publishes_directly(self, user):
        """Whether `user`, not an editor, may publish this entry themself: their own, on a page whose
        editor allowed it."""
        return self.created_by_id == user.pk and self.page.reporters_publish


class LiveCitation(models.Model):
    """A statement as one entry quotes it, in the entry's wording."""

    entry = models.ForeignKey(LiveEntry, on_delete=models.CASCADE, related_name="citations")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="entry_citations")
    wording = bounded_text("liveentry.wording", help_text="The words as this entry quotes them.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            not_blank("wording", "livecitation"),
            models.UniqueConstraint(fields=["entry", "statement"], name="livecitation_once_per_entry"),
        ]
        indexes = [models.Index(fields=["statement", "entry"], name="livecitation_by_statement")]

    def __str__(self):
        return f"{self.entry} cites {self.statement}"
