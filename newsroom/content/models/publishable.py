"""What articles and statements share: the workflow's fields, which only newsroom.editorial.workflow
writes, and the indexes that serve the reading rule."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from newsroom.content.querysets import (
    PublishableQuerySet,
)
from newsroom.content.states import State, Status

# The fields only newsroom.editorial.workflow writes: forms show them read-only and an edit never carries
# them back, however old its copy.

WORKFLOW_FIELDS = (
    "status", "created_by", "first_published_at", "last_published_at", "go_live_at", "expires_at", "version",
)  # fmt: skip


def reading_indexes(model):
    """Partial indexes that match the published rule: the newest live items, and the moments
    `last_public_change()` looks up (newest edit of a published item, go-live, expiry).

    The newest items' index holds the rest of the reading rule (go-live and expiry, PostgreSQL's INCLUDE):
    items scheduled for later sit at its head (their first publication is their go-live), and a walk of
    the newest items with a filter on their tags read each of them from the table to learn it was not
    live yet; from the index alone it skips them (an index-only scan). At 100,000 articles, the 2,500
    scheduled statements at its head took a two-tag page's statements from 2.0 to 7.4 ms."""
    published = Q(status=Status.PUBLISHED)
    return [
        models.Index(
            fields=["-first_published_at", "-id"],
            condition=published,
            include=["go_live_at", "expires_at"],
            name=f"{model}_published_newest",
        ),
        models.Index(fields=["-updated_at"], condition=published, name=f"{model}_published_updated"),
        models.Index(
            fields=["-go_live_at"], condition=published & Q(go_live_at__isnull=False), name=f"{model}_go_live"
        ),
        models.Index(fields=["-expires_at"], condition=Q(expires_at__isnull=False), name=f"{model}_expiry"),
    ]


def expiry_after_go_live(model):
    return models.CheckConstraint(
        condition=Q(expires_at__isnull=True) | Q(go_live_at__isnull=True) | Q(expires_at__gt=F("go_live_at")),
        name=f"{model}_expiry_after_go_live",
    )


class Publishable(models.Model):
    """Workflow fields shared by articles and statements; only newsroom.editorial.workflow changes them."""

    Status = Status

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    go_live_at = models.DateTimeField(
        "goes live at", null=True, blank=True, editable=False, help_text="Readers see it from this time on."
    )
    expires_at = models.DateTimeField(
        "expires at", null=True, blank=True, editable=False, help_text="Readers stop seeing it at this time."
    )
    # Raised by every saved edit; a save that names an older version is refused (newsroom.editorial.editing).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def state_label(self):
        """The label of `state`, which only the `with_state()` annotation sets."""
        return State(self.state).label

    @property
    def updated_since_publication(self):
        """Edited or corrected after it went out (a minute's grace covers the publishing save itself)."""
        return self.updated_since(self.first_published_at, self.updated_at)

    @property
    def modified_for_readers(self):
        """When readers last saw a change: publication, or an edit or correction after it (the
        feeds' and the sitemap's date for the item)."""
        return self.modified_for_readers_of(self.first_published_at, self.last_published_at, self.updated_at)

    @staticmethod
    def updated_since(first_published_at, updated_at):
        if not (first_published_at and updated_at):
            return False
        return updated_at - first_published_at > datetime.timedelta(minutes=1)

    @classmethod
    def modified_for_readers_of(cls, first_published_at, last_published_at, updated_at):
        """`modified_for_readers` from the three dates alone (the sitemap's sections work it out in SQL:
        newsroom.reading.sitemaps._modified_on)."""
        if cls.updated_since(first_published_at, updated_at):
            return max(last_published_at, updated_at)
        return last_published_at
