import datetime

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from newsroom.body import parse_body
from newsroom.limits import bounded_text
from newsroom.querysets import (
    ActorQuerySet,
    ArticleQuerySet,
    PublishableQuerySet,
    SourceQuerySet,
    State,
    StatementQuerySet,
    Status,
)

# The fields only newsroom.workflow writes: forms show them read-only and an edit never carries
# them back, however old its copy.
WORKFLOW_FIELDS = (
    "status", "created_by", "first_published_at", "last_published_at", "go_live_at", "expires_at", "version",
)  # fmt: skip


def not_blank(field, model):
    """A check constraint that keeps a required text field from holding only an empty string."""
    return models.CheckConstraint(condition=~Q(**{field: ""}), name=f"{model}_{field}_not_blank")


FRAGMENT_WORDS = 6


def one_item(model):
    """A check constraint for rows that belong to exactly one article or one statement."""
    return models.CheckConstraint(
        condition=Q(article__isnull=False, statement__isnull=True) | Q(article__isnull=True, statement__isnull=False),
        name=f"{model}_one_item",
    )


def reading_indexes(model):
    """Partial indexes that match the published rule: the newest live items, and the moments
    `last_public_change()` looks up (newest edit of a published item, go-live, expiry)."""
    published = Q(status=Status.PUBLISHED)
    return [
        models.Index(fields=["-first_published_at", "-id"], condition=published, name=f"{model}_published_newest"),
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


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        GOVERNMENT = "government", "Government"
        MINISTRY = "ministry", "Ministry"
        ARMED_FORCES = "armed_forces", "Armed forces"
        POLICE = "police", "Police"
        INTERNATIONAL_ORGANISATION = "international_organisation", "International organisation"
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
        # Who holds it: newsroom.references.
        permissions = [("change_published_actor", "Can change actors that submitted or published content names")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("newsroom:actor_detail", kwargs={"slug": self.slug})

    def clean(self):
        # The database refuses a self-reference; a longer loop (A in B, B in A) needs a walk up the chain.
        seen = {self.pk} if self.pk else set()
        parent = self.affiliation
        while parent is not None:
            if parent.pk in seen or parent is self:
                raise ValidationError({"affiliation": "An actor cannot belong to itself, directly or through others."})
            seen.add(parent.pk)
            parent = parent.affiliation


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


class Publishable(models.Model):
    """Workflow fields shared by articles and statements; only newsroom.workflow changes them."""

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
    # Raised by every saved edit; a save that names an older version is refused (newsroom.editing).
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
        """`modified_for_readers` from the three dates alone (the sitemap reads them as values)."""
        if cls.updated_since(first_published_at, updated_at):
            return max(last_published_at, updated_at)
        return last_published_at


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


class Photo(models.Model):
    """An uploaded image with what a reader needs to read it: alt text, credit, caption, focal point.

    Renditions (several widths, AVIF, WebP and JPEG) are made by newsroom.photos when it is saved
    in the admin; `rendition_widths` lists the widths made, so pages name them without a query.
    """

    image = models.ImageField(upload_to="photos/%Y/%m/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    alt_text = models.CharField(
        max_length=300,
        help_text="What the photo shows, for readers who cannot see it (screen readers, images off).",
    )
    credit = models.CharField(max_length=200, blank=True, help_text="Photographer or agency.")
    caption = models.TextField(blank=True, help_text="Shown under the photo where a caption gives no text of its own.")
    focal_x = models.FloatField(
        "focal point across",
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 is the left edge, 1 the right: what a cropped card keeps in view.",
    )
    focal_y = models.FloatField(
        "focal point down",
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 is the top edge, 1 the bottom.",
    )
    rendition_widths = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            not_blank("alt_text", "photo"),
            models.CheckConstraint(
                condition=Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="photo_focal_point_inside",
            ),
        ]

    def __str__(self):
        return Truncator(self.alt_text).words(10)


class Article(Publishable):
    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, unique=True)
    dek = bounded_text("article.dek", blank=True, help_text="The standfirst: a sentence or two under the headline.")
    dateline = models.CharField(
        max_length=100, blank=True, help_text="Place the report is filed from, e.g. STEPANAKERT."
    )
    byline = models.CharField(max_length=200, blank=True)
    body = bounded_text(
        "article.body",
        help_text="Paragraphs separated by a blank line. A line starting “## ” is a subhead; "
        "paragraphs starting “> ” are a block quotation. No HTML: everything is shown as written.",
    )
    publisher = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="published_articles"
    )
    original_url = models.URLField("original URL", blank=True, help_text="Where the publisher printed it first.")
    sources = models.ManyToManyField(
        Source,
        through="ArticleSource",
        blank=True,
        related_name="articles",
        help_text="Outlets and agencies it draws on.",
    )
    actors = models.ManyToManyField(
        Actor, through="ArticleActor", blank=True, related_name="articles", help_text="Actors it mentions."
    )
    statements = models.ManyToManyField("Statement", through="Citation", blank=True, related_name="articles")
    card_photo = models.ForeignKey(
        Photo,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Shown on list cards and when the report is shared "
        "(where it is empty, a shared link shows the first captioned photo).",
    )
    tags = TaggableManager(blank=True)
    history = HistoricalRecords()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        indexes = [
            models.Index(fields=["status", "-first_published_at"], name="article_status_published"),
            *reading_indexes("article"),
            models.Index(
                fields=["headline", "id"], condition=Q(status=Status.PUBLISHED), name="article_published_headline"
            ),
        ]
        # The search index is a column the database keeps and Django never reads: see
        # migration 0016_search_index and newsroom/search.py.
        constraints = [not_blank("headline", "article"), not_blank("slug", "article"), expiry_after_go_live("article")]
        permissions = [("publish_article", "Can publish, return and unpublish articles")]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("newsroom:article_detail", kwargs={"slug": self.slug})

    @property
    def body_blocks(self):
        return parse_body(self.body)


class ArticleSource(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    # PROTECT: deleting a source that coverage draws on is refused, never cascaded.
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "source"], name="articlesource_unique")]
        # The articles drawing on a source, from the index alone (ArticleQuerySet.drawing_on).
        indexes = [models.Index(fields=["source", "article"], name="articlesource_by_source")]

    def __str__(self):
        return f"{self.article} draws on {self.source}"


class ArticleActor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "actor"], name="articleactor_unique")]
        # The articles mentioning an actor, from the index alone (ArticleQuerySet.involving).
        indexes = [models.Index(fields=["actor", "article"], name="articleactor_by_actor")]

    def __str__(self):
        return f"{self.article} mentions {self.actor}"


class Caption(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="captions")
    # PROTECT: a photo in use is not deleted from under a report.
    photo = models.ForeignKey(
        Photo,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="captions",
        help_text="Leave empty for a caption printed without its photo.",
    )
    text = bounded_text("caption.text")
    credit = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="How many body blocks stand before the photo: 0 puts it above the text."
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [not_blank("text", "caption")]

    def __str__(self):
        return Truncator(self.text).words(10)


class Citation(models.Model):
    """A statement as one article quotes it: the wording that article printed, and where."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="citations")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="citations")
    wording = bounded_text(
        "citation.wording", help_text="The words as this article printed them. Paragraphs: a blank line."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            not_blank("wording", "citation"),
            models.UniqueConstraint(fields=["article", "statement"], name="citation_statement_once_per_article"),
        ]
        # The articles quoting given statements, from the index alone (ArticleQuerySet.involving).
        indexes = [models.Index(fields=["statement", "article"], name="citation_by_statement")]

    def __str__(self):
        return f"{self.article} cites {self.statement}"

    @property
    def paragraphs(self):
        return [p.strip() for p in self.wording.split("\n\n") if p.strip()]

    @property
    def differs_from_statement(self):
        # A quotation printed before “, she said” ends in a comma: that alone is no difference.
        def comparable(text):
            return [" ".join(p.split()).rstrip(",.") for p in text.split("\n\n") if p.strip()]

        return comparable(self.wording) != comparable(self.statement.text)


class WorkflowLogEntry(models.Model):
    """One workflow transition: written by newsroom.workflow, never edited or deleted."""

    class Step(models.TextChoices):
        SUBMIT = "submit", "Submit for review"
        RETURN = "return", "Return to reporter"
        PUBLISH = "publish", "Publish"
        UNPUBLISH = "unpublish", "Unpublish"
        REDRAFT = "redraft", "Back to draft"
        # Taken by the clock and recorded by the scheduler; nobody takes them by hand.
        GO_LIVE = "go_live", "Went live as scheduled"
        EXPIRE = "expire", "Expired as scheduled"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, null=True, blank=True, related_name="log")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, null=True, blank=True, related_name="log")
    transition = models.CharField(max_length=32, choices=Step.choices)
    from_status = models.CharField(max_length=16, choices=Status.choices)
    to_status = models.CharField(max_length=16, choices=Status.choices)
    note = models.TextField(blank=True)
    # Empty for steps the scheduler takes (going live, expiring).
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "workflow log entries"
        constraints = [one_item("workflowlogentry")]

    def __str__(self):
        # Local time, like every other time the admin shows (the inline prints this beside the row).
        when = timezone.localtime(self.created_at)
        return f"{self.get_transition_display()} by {self.user or 'the scheduler'} at {when:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Workflow log entries are never edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Workflow log entries are never deleted.")


class Correction(models.Model):
    """A dated correction or update note on a published article or statement, shown to readers."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    statement = models.ForeignKey(
        Statement, on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
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
            one_item("correction"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.published_at:%Y-%m-%d}: {Truncator(self.text).words(10)}"


class PreviewLink(models.Model):
    """A signed link that shows one unpublished article or statement to someone without an account."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="preview_links")
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, null=True, blank=True, related_name="preview_links"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            one_item("previewlink"),
            models.CheckConstraint(condition=Q(expires_at__gt=F("created_at")), name="previewlink_expires_later"),
        ]

    def __str__(self):
        return f"Preview of {self.item} until {self.expires_at:%Y-%m-%d %H:%M}"

    # Expiry and revocation live on the link, so the signature only needs to make ids unguessable.
    TOKEN_SALT = "newsroom.preview"

    def get_absolute_url(self):
        return reverse("newsroom:preview", kwargs={"token": self.token})

    @property
    def item(self):
        return self.article or self.statement

    @property
    def token(self):
        return signing.Signer(salt=self.TOKEN_SALT).sign_object(self.pk)


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


class Assignment(models.Model):
    """Who on the desk looks after an article or statement in review, and by when (newsroom.desk)."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="assignment")
    statement = models.OneToOneField(
        Statement, on_delete=models.CASCADE, null=True, blank=True, related_name="assignment"
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="assignments"
    )
    due_at = models.DateTimeField("due", null=True, blank=True)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assigned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [one_item("assignment")]
        indexes = [models.Index(fields=["assigned_to", "due_at"], name="assignment_assignee_due")]

    def __str__(self):
        due = f", due {timezone.localtime(self.due_at):%Y-%m-%d %H:%M}" if self.due_at else ""
        return f"{self.item} for {self.assigned_to or 'nobody'}{due}"

    @property
    def item(self):
        return self.article or self.statement


class Comment(models.Model):
    """A note on an article or statement between the people working on it: never shown to readers,
    never part of the text, kept with the item's history (newsroom.desk.comment_add)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, null=True, blank=True, related_name="comments")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, null=True, blank=True, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [not_blank("text", "comment"), one_item("comment")]

    def __str__(self):
        return (
            f"{self.author} at {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}: {Truncator(self.text).words(10)}"
        )

    @property
    def item(self):
        return self.article or self.statement


class AutosavedDraft(models.Model):
    """What one person had typed into an article or statement form and not saved yet.

    It never changes the item: it is a side copy kept by newsroom.desk.autosave, offered back when
    that person opens the form again, and carries the version the form was opened at, so a
    restored copy is refused like any stale edit if someone saved in between. `object_id` is
    empty for a new item not saved yet.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        STATEMENT = "statement", "Statement"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    opened_version = models.PositiveIntegerField(null=True, blank=True)
    data = models.JSONField(help_text="Field name → value, as the form held them.")
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-saved_at", "-pk"]
        indexes = [models.Index(fields=["user", "kind", "object_id"], name="autosave_lookup")]

    def __str__(self):
        when = timezone.localtime(self.saved_at)
        return f"Autosaved {self.kind} {self.object_id or '(new)'} for {self.user} at {when:%Y-%m-%d %H:%M}"


class DeskVisit(models.Model):
    """When a person last looked at the desk: what changed since is news to them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_visit")
    looked_at = models.DateTimeField()

    def __str__(self):
        return f"{self.user} looked at {timezone.localtime(self.looked_at):%Y-%m-%d %H:%M}"
