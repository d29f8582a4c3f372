"""What ingest remembers: the copy already ingested."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from newsroom.content.models import Article


class IngestedCopy(models.Model):
    """A file of news copy already ingested (newsroom.ingest): the same text twice creates nothing new."""

    digest = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text, line endings made one.")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="ingested_from")
    name = models.CharField("file name", max_length=300, blank=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="When the publisher printed it, as given at ingest."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "ingested copies"

    def __str__(self):
        return f"{self.name or 'pasted copy'} → {self.article}"
