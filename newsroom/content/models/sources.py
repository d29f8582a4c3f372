"""Sources: the outlets and agencies coverage draws on."""

from django.db import models
from django.urls import reverse

from newsroom.content.models.constraints import not_blank
from newsroom.content.querysets import (
    SourceQuerySet,
)
from newsroom.core.limits import bounded_text


class Source(models.Model):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", "Newspaper"
        NEWS_AGENCY = "news_agency", "News agency"
        BROADCASTER = "broadcaster", "Broadcaster"
        ONLINE_OUTLET = "online_outlet", "Online outlet"
        OFFICIAL_WEBSITE = "official_website", "Official website"
        SOCIAL_NETWORK = "social_network", "Social network"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.NEWSPAPER)
    url = models.URLField("URL", blank=True)
    description = bounded_text("source.description", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-updated_at"], name="source_updated")]
        constraints = [not_blank("name", "source")]
        permissions = [("change_published_source", "Can change sources that submitted or published content names")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("newsroom:source_detail", kwargs={"slug": self.slug})
