"""Assignments: who on the desk looks after an item, and by when."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from newsroom.content.models import Article, Statement
from newsroom.content.states import Status
from newsroom.core.permissions import permission
from newsroom.desk.activity import DESK_ROWS
from newsroom.desk.items import admin_url, item_field
from newsroom.desk.models import Assignment
from newsroom.editorial.permissions import is_editor


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
        assignment = Assignment.objects.select_for_update().filter(**item_field(item)).first()
        if assignment is None:
            assignment = Assignment(**item_field(item))
        assignment.assigned_to = assigned_to
        assignment.due_at = due_at
        assignment.assigned_by = user
        assignment.assigned_at = timezone.now()
        assignment.full_clean(validate_unique=False)  # one per item: the lock above found any
        assignment.save()
    return assignment


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
    app_label, codename = permission(model, "publish").split(".")
    perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__permissions=perm) | Q(user_permissions=perm))
        .filter(is_active=True, is_staff=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
