"""Corrections and updates: dated notes on published items, shown to readers."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator

from newsroom.content.models.articles import Article
from newsroom.content.models.constraints import not_blank, one_item
from newsroom.content.models.statements import Statement
from newsroom.core.limits import bounded_text


class Correction(models.Model):
    """A dated correction or update note on a published article, statement or live entry, shown to readers."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    statement = models.ForeignKey(
        Statement, on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    liveentry = models.ForeignKey(
        "newsroom.LiveEntry", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.CORRECTION)
    text = bounded_text("correction.text", help_text="What was wrong and what is right, or what is new.")
    published_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    class Meta:
        ordering = ["published_at", "pk"]
        constraints = [
            not_blank("text", "correction"),
            one_item("correction", ("article", "statement", "liveentry")),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.published_at:%Y-%m-%d}: {Truncator(self.text).words(10)}"
