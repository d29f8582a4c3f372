"""The two words for where an item stands: its `Status`, which the workflow sets, and its `State`,
the status read against the clock (what readers and staff see it as now)."""

from django.db import models


class Status(models.TextChoices):
    """What the workflow sets (newsroom.editorial.workflow is the only writer)."""

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
