"""Autosave: what a person typed into a form and has not saved, kept aside (never in the item) and
offered back when they open the form again."""

import json

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from newsroom.content.models import Article, Statement
from newsroom.core.json_input import JsonBodyError, check
from newsroom.core.permissions import permission
from newsroom.desk.models import AutosavedDraft
from newsroom.editorial.permissions import can_edit

# An autosave larger than this is refused: an article body is a few dozen kilobytes at most.
AUTOSAVE_MAX_BYTES = 512 * 1024
MODELS = {"article": Article, "statement": Statement}


def _check_autosave_data(data):
    if not isinstance(data, dict):
        raise ValidationError("An autosave is a set of form fields.")
    for name, value in data.items():
        values = value if isinstance(value, list) else [value]
        if not isinstance(name, str) or not all(isinstance(v, str) for v in values):
            raise ValidationError("An autosave holds field names and text only.")
    try:
        # No text a database refuses (NUL, half a surrogate pair), whoever calls.
        check(data)
    except JsonBodyError as error:
        raise ValidationError(str(error)) from None
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
        if not user.has_perm(permission(model, "add")):
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
