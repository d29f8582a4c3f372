"""The records of claims and answers: links between statements, incidents, the rating scale and
fact-checks. Links, incidents and fact-checks are Publishable: only newsroom.editorial.workflow
changes their status, and what readers see of them is their queryset's `live()`."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords

from newsroom.claims import kinds
from newsroom.claims.querysets import FactCheckQuerySet, IncidentQuerySet, StatementLinkQuerySet
from newsroom.content.models import Article, Publishable, Source, Statement
from newsroom.content.models.constraints import not_blank
from newsroom.content.models.publishable import expiry_after_go_live, reading_indexes
from newsroom.content.states import Status
from newsroom.core.limits import bounded_text


class StatementLink(Publishable):
    """One statement answering another: "B denies A" is a link from B (`from_statement`) to A
    (`to_statement`) of kind `denies` (newsroom.claims.kinds). Readers see it while it and both
    statements are live."""

    class Origin(models.TextChoices):
        EDITOR = "editor", "Added by an editor"
        INGEST = "ingest", "Proposed by ingest"

    Kind = kinds.Kind

    from_statement = models.ForeignKey(
        Statement, on_delete=models.PROTECT, related_name="links_out", verbose_name="statement"
    )
    kind = models.CharField(
        max_length=16,
        choices=kinds.Kind.choices,
        help_text=" ".join(f"“{k.verb}”: {k.meaning}" for k in kinds.KINDS),
    )
    to_statement = models.ForeignKey(
        Statement,
        on_delete=models.PROTECT,
        related_name="links_in",
        verbose_name="the statement it answers",
        help_text="The earlier statement (or one of the same day) that this one answers, echoes, denies…",
    )
    note = bounded_text(
        "statementlink.note",
        blank=True,
        help_text="What the link is, in the newsroom’s words, where the kind alone does not say it. Shown to readers.",
    )
    evidence = bounded_text(
        "statementlink.evidence",
        blank=True,
        help_text="The words of the report that state the link, as printed, e.g. “Echoing a weekend statement by "
        "the Armenian Foreign Ministry, …”.",
    )
    reported_in = models.ForeignKey(
        Article,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_links",
        help_text="The report that states the link.",
    )
    reported_by = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_links",
        help_text="The outlet or agency that states it, where no report here does.",
    )
    # Ingest proposes links from the copy's own cues (“echoing”, “hit back”): kept as drafts with the
    # cue in `evidence` until someone on the desk checks them (newsroom.claims.services.link_propose).
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.EDITOR, editable=False)
    history = HistoricalRecords()

    objects = StatementLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        verbose_name = "link between statements"
        verbose_name_plural = "links between statements"
        # A statement's thread walks links from either end (newsroom.claims.threads): the indexes of
        # the two foreign keys serve it, one probe each way per statement.
        indexes = reading_indexes("link")
        constraints = [
            models.CheckConstraint(condition=~Q(from_statement=F("to_statement")), name="statementlink_not_itself"),
            models.UniqueConstraint(fields=["from_statement", "to_statement", "kind"], name="statementlink_once"),
            expiry_after_go_live("statementlink"),
        ]
        permissions = [("publish_statementlink", "Can publish, return and unpublish links between statements")]

    def __str__(self):
        return f"{self._side('from_statement')} {self.get_kind_display()} {self._side('to_statement')}"

    def _side(self, name):
        try:
            statement = getattr(self, name)
        except Statement.DoesNotExist:
            return "(no statement)"
        return f"{statement.actor.name} ({statement.made_on:%d %b %Y})" if statement.made_on else statement.actor.name

    def get_absolute_url(self):
        # A link has no page of its own: it is read on the statement that makes it.
        return f"{reverse('newsroom:statement_detail', kwargs={'pk': self.from_statement_id})}#thread"

    @property
    def verb(self):
        return kinds.verb(self.kind)

    @property
    def reverse(self):
        return kinds.reverse(self.kind)

    def clean(self):
        if self.from_statement_id and self.from_statement_id == self.to_statement_id:
            raise ValidationError({"to_statement": "A statement cannot answer itself."})
        if self.from_statement_id and self.to_statement_id:
            said, answered = self.from_statement.made_on, self.to_statement.made_on
            if said and answered and said < answered:
                raise ValidationError(
                    {
                        "to_statement": f"It was made on {answered:%d %B %Y}, after this statement "
                        f"({said:%d %B %Y}): link the later statement to the earlier one."
                    }
                )
            taken = StatementLink.objects.filter(
                from_statement=self.from_statement_id, to_statement=self.to_statement_id, kind=self.kind
            ).exclude(pk=self.pk)
            if self.kind and taken.exists():
                raise ValidationError({"kind": "These two statements are already linked this way."})


class Incident(Publishable):
    """Something that happened, at a time and a place, and the reports and statements about it."""

    title = models.CharField(max_length=300, help_text="What happened, as a short headline.")
    slug = models.SlugField(max_length=300, unique=True)
    summary = bounded_text("incident.summary", help_text="What happened, when and where, in the newsroom’s words.")
    began_on = models.DateField("date", help_text="The day it happened (or began).")
    ended_on = models.DateField("until", null=True, blank=True, help_text="For an incident over several days.")
    place = models.CharField("where", max_length=300, blank=True, help_text="E.g. “near Stepanakert”.")
    articles = models.ManyToManyField(
        Article, through="IncidentArticle", blank=True, related_name="incidents", verbose_name="reports"
    )
    statements = models.ManyToManyField(Statement, through="IncidentStatement", blank=True, related_name="incidents")
    # Every save keeps a revision (who, when, the row); which reports and statements belong is not part of it.
    history = HistoricalRecords()

    objects = IncidentQuerySet.as_manager()

    class Meta:
        ordering = ["-began_on", "-pk"]
        indexes = [
            *reading_indexes("incident"),
            models.Index(fields=["-began_on", "-id"], condition=Q(status=Status.PUBLISHED), name="incident_began"),
        ]
        constraints = [
            not_blank("title", "incident"),
            not_blank("slug", "incident"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("began_on")), name="incident_ends_after_start"
            ),
            expiry_after_go_live("incident"),
        ]
        permissions = [("publish_incident", "Can publish, return and unpublish incidents")]

    def __str__(self):
        return f"{self.title} ({self.began_on:%d %b %Y})" if self.began_on else self.title

    def get_absolute_url(self):
        return reverse("newsroom:incident_detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.began_on and self.ended_on and self.ended_on < self.began_on:
            raise ValidationError({"ended_on": "An incident ends on or after the day it began."})


class IncidentArticle(models.Model):
    """A report about an incident."""

    # Each key is the head of an index below: no index of its own besides.
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="article_memberships", db_index=False)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="incident_memberships", db_index=False)

    class Meta:
        verbose_name = "report on an incident"
        constraints = [models.UniqueConstraint(fields=["incident", "article"], name="incidentarticle_once")]
        # The incidents a report belongs to, from the index alone (its page shows them like tags).
        indexes = [models.Index(fields=["article", "incident"], name="incidentarticle_by_article")]

    def __str__(self):
        return f"“{self.article}” reports on {self.incident}"


class IncidentStatement(models.Model):
    """A statement about an incident."""

    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="statement_memberships", db_index=False
    )
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="incident_memberships", db_index=False
    )

    class Meta:
        verbose_name = "statement on an incident"
        constraints = [models.UniqueConstraint(fields=["incident", "statement"], name="incidentstatement_once")]
        indexes = [models.Index(fields=["statement", "incident"], name="incidentstatement_by_statement")]

    def __str__(self):
        return f"{self.statement} is about {self.incident}"


class Rating(models.Model):
    """One step of the newsroom's rating scale for fact-checks (“False” … “True”)."""

    name = models.CharField(max_length=100, unique=True, help_text="As readers see it, e.g. “Mostly false”.")
    slug = models.SlugField(max_length=100, unique=True)
    value = models.PositiveSmallIntegerField(
        unique=True, help_text="Its place on the scale: 1 is the least accurate, the highest the most."
    )
    description = models.TextField(blank=True, max_length=1000, help_text="What the rating means, shown to readers.")

    class Meta:
        ordering = ["value"]
        constraints = [
            not_blank("name", "rating"),
            models.CheckConstraint(condition=Q(value__gte=1), name="rating_value"),
        ]

    def __str__(self):
        return self.name


class FactCheck(Publishable):
    """A review of one statement: what was checked, how, and the rating it earns (schema.org's
    ClaimReview of a Claim)."""

    statement = models.ForeignKey(
        Statement, on_delete=models.PROTECT, related_name="fact_checks", help_text="The statement checked."
    )
    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    claim_reviewed = models.CharField(
        max_length=500,
        help_text="The claim checked, in one sentence: what search engines show as the claim.",
    )
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="fact_checks")
    reviewer = models.CharField(max_length=200, help_text="Who checked it, as readers will see the name.")
    reviewed_on = models.DateField(
        "checked on",
        default=timezone.localdate,
        help_text="The facts as known on this day: a later check is a new review.",
    )
    reasoning = bounded_text(
        "factcheck.reasoning",
        help_text="What was checked and how, and why it earns its rating. Paragraphs: a blank line.",
    )
    history = HistoricalRecords()

    objects = FactCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        verbose_name = "fact-check"
        indexes = [
            *reading_indexes("factcheck"),
            models.Index(fields=["statement", "-first_published_at"], name="factcheck_statement"),
            models.Index(fields=["rating", "-first_published_at", "-id"], name="factcheck_rating"),
        ]
        constraints = [
            not_blank("headline", "factcheck"),
            not_blank("slug", "factcheck"),
            not_blank("claim_reviewed", "factcheck"),
            not_blank("reviewer", "factcheck"),
            not_blank("reasoning", "factcheck"),
            expiry_after_go_live("factcheck"),
        ]
        permissions = [("publish_factcheck", "Can publish, return and unpublish fact-checks")]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("newsroom:fact_check_detail", kwargs={"slug": self.slug})

    @property
    def paragraphs(self):
        return [p.strip() for p in self.reasoning.split("\n\n") if p.strip()]

    def clean(self):
        if self.reviewed_on and self.reviewed_on > timezone.localdate() + datetime.timedelta(days=1):
            raise ValidationError({"reviewed_on": "A check cannot be dated in the future."})


class FactCheckReference(models.Model):
    """A source the check relied on: a document, a video, a report, with its address where it has one."""

    fact_check = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="references")
    title = models.CharField(
        max_length=300, help_text="What it is, e.g. “Video released by the Artsakh police, 5 March 2023”."
    )
    url = models.URLField("URL", blank=True, max_length=1000)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [not_blank("title", "factcheckreference")]

    def __str__(self):
        return Truncator(self.title).words(12)
