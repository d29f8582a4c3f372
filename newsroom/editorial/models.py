"""The editorial workflow's records: the log of every step, and signed preview links."""

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from newsroom.content.models import Article, Statement
from newsroom.content.models.constraints import one_item
from newsroom.content.states import Status

# Every kind of content that goes through the workflow (workflow.register_publishable), by the
# name of its model: each log entry names exactly one item, in the foreign key of that name.
LOGGED = ("article", "statement", "statementlink", "incident", "factcheck", "livepage", "liveentry")


class WorkflowLogEntry(models.Model):
    """One workflow transition: written by newsroom.editorial.workflow, never edited or deleted."""

    class Step(models.TextChoices):
        SUBMIT = "submit", "Submit for review"
        RETURN = "return", "Return to reporter"
        PUBLISH = "publish", "Publish"
        UNPUBLISH = "unpublish", "Unpublish"
        REDRAFT = "redraft", "Back to draft"
        # Taken by the clock and recorded by the scheduler; nobody takes them by hand.
        # A live page's entry taken off the page by an editor, with a note (never a silent gap).
        DELETE = "delete", "Delete with a note"
        GO_LIVE = "go_live", "Went live as scheduled"
        EXPIRE = "expire", "Expired as scheduled"

    article = models.ForeignKey(Article, on_delete=models.PROTECT, null=True, blank=True, related_name="log")
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, null=True, blank=True, related_name="log")
    # The kinds newsroom.claims registers (named, not imported: the claims package stands above this one).
    statementlink = models.ForeignKey(
        "newsroom.StatementLink", on_delete=models.PROTECT, null=True, blank=True, related_name="log"
    )
    incident = models.ForeignKey(
        "newsroom.Incident", on_delete=models.PROTECT, null=True, blank=True, related_name="log"
    )
    factcheck = models.ForeignKey(
        "newsroom.FactCheck", on_delete=models.PROTECT, null=True, blank=True, related_name="log"
    )
    # The kinds newsroom.live registers, likewise.
    livepage = models.ForeignKey(
        "newsroom.LivePage", on_delete=models.PROTECT, null=True, blank=True, related_name="log"
    )
    liveentry = models.ForeignKey(
        "newsroom.LiveEntry", on_delete=models.PROTECT, null=True, blank=True, related_name="log"
    )
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
        constraints = [one_item("workflowlogentry", LOGGED)]

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
