"""What changed on the desk since a person last looked: workflow steps and comments by others."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from newsroom.content.models import Article, Statement
from newsroom.core.permissions import permission
from newsroom.desk.items import admin_url
from newsroom.desk.models import Comment, DeskVisit
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.permissions import is_editor

DESK_ROWS = 10


def desk_seen(*, user, at: datetime.datetime | None = None) -> DeskVisit:
    """Mark everything on the desk as seen by `user` up to `at` (now)."""
    at = at or timezone.now()
    with transaction.atomic():
        visit, _ = DeskVisit.objects.update_or_create(user=user, defaults={"looked_at": at})
    return visit


@dataclass
class Change:
    """One thing that happened to an item since the person last looked."""

    item: Article | Statement
    at: datetime.datetime
    who: object
    what: str
    text: str = ""

    @property
    def admin_url(self):
        return admin_url(self.item)


def _visible(model, user):
    """Items whose news concerns `user`: every item for an editor, their own for a reporter."""
    if is_editor(user=user, model=model):
        return Q()
    return Q(created_by=user) | Q(assignment__assigned_to=user)


def changes_since(*, user, limit: int = DESK_ROWS) -> tuple[datetime.datetime | None, list[Change]]:
    """What others did (workflow steps and comments) since `user` last marked the desk as seen,
    newest first: (the time they last looked, or None, and the changes)."""
    visit = DeskVisit.objects.filter(user=user).first()
    since = visit.looked_at if visit else None
    changes = []
    for model in (Article, Statement):
        if not user.has_perm(permission(model, "view")):
            continue
        name = model._meta.model_name
        visible = model.objects.filter(_visible(model, user)).values("pk")
        steps = WorkflowLogEntry.objects.filter(**{f"{name}__in": visible}).exclude(user=user)
        comments = Comment.objects.filter(**{f"{name}__in": visible}).exclude(author=user)
        if since:
            steps, comments = steps.filter(created_at__gt=since), comments.filter(created_at__gt=since)
        for entry in steps.select_related(name, "user").order_by("-created_at", "-pk")[:limit]:
            changes.append(
                Change(getattr(entry, name), entry.created_at, entry.user, entry.get_transition_display(), entry.note)
            )
        for comment in comments.select_related(name, "author").order_by("-created_at", "-pk")[:limit]:
            changes.append(Change(getattr(comment, name), comment.created_at, comment.author, "Comment", comment.text))
    changes.sort(key=lambda c: c.at, reverse=True)
    return since, changes[:limit]
