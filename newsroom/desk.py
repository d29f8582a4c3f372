"""The editorial desk around an item, beside its text: who looks after it and by when
(assignments), what people say about it (comments), what someone typed and has not saved yet
(autosaved drafts), and what changed since a person last looked.

Every write here is a keyword-only service that checks the person's right, validates and saves in
one transaction. None of them changes an article or statement: their text goes through
newsroom.editing and their status through newsroom.workflow.
"""

import datetime
import json
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from newsroom.models import Article, Assignment, AutosavedDraft, Comment, DeskVisit, Statement, WorkflowLogEntry
from newsroom.permissions import can_edit, is_editor
from newsroom.querysets import Status

# An autosave larger than this is refused: an article body is a few dozen kilobytes at most.
AUTOSAVE_MAX_BYTES = 512 * 1024
DESK_ROWS = 10
MODELS = {"article": Article, "statement": Statement}


def _can_view(*, user, item):
    return user.has_perm(f"newsroom.view_{item._meta.model_name}")


def _item_field(item):
    return {item._meta.model_name: item}


def comment_add(*, item: Article | Statement, user, text: str) -> Comment:
    """Leave a note on `item` for the people working on it. Anyone who may see the item may
    comment, in any state: the conversation goes on after publication too."""
    if not _can_view(user=user, item=item):
        raise PermissionDenied(f"You may not comment on this {item._meta.verbose_name}.")
    with transaction.atomic():
        comment = Comment(**_item_field(item), author=user, text=(text or "").strip())
        comment.full_clean()
        comment.save()
    return comment


def assignment_set(
    *, item: Article | Statement, user, assigned_to=None, due_at: datetime.datetime | None = None
) -> Assignment:
    """Give `item` to an editor (`assigned_to`, or nobody) with a deadline (`due_at`, or none).

    Editors only, and only for work still on the desk (a draft or an item in review); the person
    assigned must be an editor of that kind of item.
    """
    model = type(item)
    if not is_editor(user=user, model=model):
        raise PermissionDenied("Only an editor may assign work.")
    if item.status not in (Status.DRAFT, Status.IN_REVIEW):
        raise ValidationError(
            f"This {item._meta.verbose_name} is {item.get_status_display().lower()}: there is nothing left to assign."
        )
    if assigned_to is not None and not (assigned_to.is_active and is_editor(user=assigned_to, model=model)):
        raise ValidationError({"assigned_to": f"{assigned_to} is not an editor of {model._meta.verbose_name_plural}."})
    with transaction.atomic():
        assignment = Assignment.objects.select_for_update().filter(**_item_field(item)).first()
        if assignment is None:
            assignment = Assignment(**_item_field(item))
        assignment.assigned_to = assigned_to
        assignment.due_at = due_at
        assignment.assigned_by = user
        assignment.assigned_at = timezone.now()
        assignment.full_clean(validate_unique=False)  # one per item: the lock above found any
        assignment.save()
    return assignment


def _check_autosave_data(data):
    if not isinstance(data, dict):
        raise ValidationError("An autosave is a set of form fields.")
    for name, value in data.items():
        values = value if isinstance(value, list) else [value]
        if not isinstance(name, str) or not all(isinstance(v, str) for v in values):
            raise ValidationError("An autosave holds field names and text only.")
    if len(json.dumps(data).encode()) > AUTOSAVE_MAX_BYTES:
        raise ValidationError("The autosave is too large.")


def autosave(*, user, kind: str, object_id: int | None, opened_version: int | None, data: dict) -> AutosavedDraft:
    """Keep what `user` has typed into the form for an article or statement (`kind`; `object_id`
    None for one not saved yet), replacing their previous autosave of it.

    The item itself is never written: the copy is offered back when the form is opened again and
    carries the version the form was opened at, so restoring it cannot overwrite a later save.
    """
    model = MODELS.get(kind)
    if model is None:
        raise ValidationError(f"Unknown kind “{kind}”.")
    if object_id is None:
        if not user.has_perm(f"newsroom.add_{kind}"):
            raise PermissionDenied(f"You may not write {model._meta.verbose_name_plural}.")
    else:
        item = model.objects.filter(pk=object_id).first()
        if item is None or not can_edit(user=user, item=item):
            raise PermissionDenied(f"You may not edit this {model._meta.verbose_name}.")
    _check_autosave_data(data)
    with transaction.atomic():
        draft = (
            AutosavedDraft.objects.select_for_update()
            .filter(user=user, kind=kind, object_id=object_id)
            .order_by("-saved_at", "-pk")
            .first()
        ) or AutosavedDraft(user=user, kind=kind, object_id=object_id)
        draft.opened_version = opened_version
        draft.data = data
        draft.saved_at = timezone.now()
        draft.full_clean()
        draft.save()
    return draft


def autosave_discard(*, user, kind: str, object_id: int | None) -> int:
    """Forget `user`'s autosave of an item (after they saved it, or chose not to restore it)."""
    deleted, _ = AutosavedDraft.objects.filter(user=user, kind=kind, object_id=object_id).delete()
    return deleted


def autosave_offer(*, user, item=None, kind: str | None = None) -> AutosavedDraft | None:
    """The autosave to offer back on the form: `user`'s copy of `item` (or of a new item of
    `kind`) kept after the item was last saved, if any."""
    kind = kind or item._meta.model_name
    drafts = AutosavedDraft.objects.filter(user=user, kind=kind, object_id=item.pk if item else None)
    if item is not None:
        drafts = drafts.filter(saved_at__gt=item.updated_at)
    return drafts.order_by("-saved_at", "-pk").first()


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


def admin_url(item):
    """The item's change page in the admin."""
    return reverse(f"admin:newsroom_{item._meta.model_name}_change", args=[item.pk])


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
        if not user.has_perm(f"newsroom.view_{model._meta.model_name}"):
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


def assigned_to(*, user, now: datetime.datetime | None = None, limit: int = DESK_ROWS) -> list[Assignment]:
    """Work assigned to `user` still on the desk, overdue first, then by due time (none last).
    Each carries `overdue`."""
    now = now or timezone.now()
    on_desk = (Status.DRAFT, Status.IN_REVIEW)
    assignments = (
        Assignment.objects.filter(assigned_to=user)
        .filter(Q(article__status__in=on_desk) | Q(statement__status__in=on_desk))
        .select_related("article", "statement", "statement__actor", "assigned_by")
        .order_by(F("due_at").asc(nulls_last=True), "pk")[:limit]
    )
    assignments = list(assignments)
    for assignment in assignments:
        assignment.overdue = bool(assignment.due_at and assignment.due_at < now)
        assignment.admin_url = admin_url(assignment.item)
    return assignments


def editors_for(model):
    """Active people who may be assigned items of `model`: its editors."""
    perm = Permission.objects.get(content_type__app_label="newsroom", codename=f"publish_{model._meta.model_name}")
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__permissions=perm) | Q(user_permissions=perm))
        .filter(is_active=True, is_staff=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
