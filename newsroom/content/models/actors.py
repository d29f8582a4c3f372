"""Actors: the people and organisations who say and do what the newsroom reports."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from newsroom.content.models.constraints import not_blank
from newsroom.content.querysets import (
    ActorQuerySet,
)
from newsroom.core.limits import bounded_text


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        GOVERNMENT = "government", "Government"
        MINISTRY = "ministry", "Ministry"
        ARMED_FORCES = "armed_forces", "Armed forces"
        POLICE = "police", "Police"
        INTERNATIONAL_ORGANISATION = "international_organisation", "International organisation"
        LEGISLATURE = "legislature", "Legislature"
        COURT = "court", "Court or prosecutor"
        POLITICAL_PARTY = "political_party", "Political party"
        COMPANY = "company", "Company"
        CIVIL_SOCIETY = "civil_society", "Civil society group"
        MEDIA = "media", "Media"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(
        max_length=300, blank=True, help_text="Role or title as the text gives it, e.g. “spokeswoman”."
    )
    affiliation = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text="The organisation this actor speaks for or belongs to.",
    )
    unnamed = models.BooleanField(
        "unnamed source",
        default=False,
        help_text="Somebody the text describes but does not name: the name is then the description it gives "
        "(“a senior official”) and the affiliation the organisation they belong to. Readers see “A senior "
        "official of …, unnamed”; an unnamed source has no page of its own and is never one with a named person.",
    )
    country = models.CharField(max_length=100, blank=True)
    description = bounded_text("actor.description", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-updated_at"], name="actor_updated")]
        constraints = [
            not_blank("name", "actor"),
            models.CheckConstraint(condition=~Q(affiliation=F("pk")), name="actor_not_own_affiliation"),
        ]
        # Who holds it: newsroom.editorial.references.
        permissions = [("change_published_actor", "Can change actors that submitted or published content names")]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        """The actor's page; an unnamed source has none: its organisation's, or no address."""
        if self.unnamed:
            return self.affiliation.get_absolute_url() if self.affiliation_id and self.affiliation else ""
        return reverse("newsroom:actor_detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        """The name readers see: the name, or for an unnamed source its description, whose it is
        and that it is unnamed (“A senior official of the Government of Ardania, unnamed”)."""
        if not self.unnamed:
            return self.name
        organisation = self.affiliation if self.affiliation_id else None
        return unnamed_name(self.name, organisation.name if organisation is not None else None)

    def clean(self):
        # The database refuses a self-reference; a longer loop (A in B, B in A) needs a walk up the chain.
        seen = {self.pk} if self.pk else set()
        parent = self.affiliation
        while parent is not None:
            if parent.pk in seen or parent is self:
                raise ValidationError({"affiliation": "An actor cannot belong to itself, directly or through others."})
            seen.add(parent.pk)
            parent = parent.affiliation


def unnamed_name(description, organisation=None):
    """An unnamed source as readers read it (Actor.display_name): “a senior official” of the
    “Government of Ardania” is “A senior official of the Government of Ardania, unnamed”."""
    words = description.strip()
    words = words[:1].upper() + words[1:]
    if organisation is not None:
        words += f" of {_the(organisation)}"
    return f"{words}, unnamed"


def _the(name):
    """“Government of Ardania” → “the Government of Ardania”; a person's or a plain name as it is."""
    if re.match(r"(?i)the\s", name) or not re.search(
        r"\b(?:Government|Ministry|Office|Council|Committee|Service|Agency|Administration|Court|Forces|Army|"
        r"Parliament|Assembly|Commission|Department|Embassy|Mission|Presidency|Secretariat|Union|Organi[sz]ation|"
        r"Bureau|Directorate|Command|Staff|Cabinet|Delegation|Republic|Kingdom|Federation|Nations|Centre|Center)\b",
        name,
    ):
        return name
    return f"the {name}"


class ActorAlias(models.Model):
    """Another name or spelling under which an actor appears (“Artsakh MFA”)."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "actor aliases"
        constraints = [
            not_blank("name", "actoralias"),
            models.UniqueConstraint(fields=["actor", "name"], name="actoralias_unique_per_actor"),
        ]

    def __str__(self):
        return self.name
