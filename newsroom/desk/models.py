"""The desk's records: assignments, comments, autosaved drafts and desk visits."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator

from newsroom.content.models import Article, Statement
from newsroom.content.models.constraints import not_blank, one_item


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
    never part of the text, kept with the item's history (newsroom.desk.comments.comment_add)."""

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
