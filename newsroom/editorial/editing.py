"""Saving edits without losing anyone's work: optimistic concurrency on articles and statements.

Every edit form carries the version it was opened at. The save locks the row, checks the
editor's right to edit it as it is now and that nobody saved (or took a workflow step) since
that version, then saves the content fields as the next version. Of two people saving at once
exactly one gets through; the other gets EditConflict and keeps their text in the form.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from newsroom.content.models import WORKFLOW_FIELDS
from newsroom.edge import purge_on_commit
from newsroom.editorial.permissions import can_edit

# What an edit never writes: the workflow's fields and the creation time.
NOT_EDITED = {*WORKFLOW_FIELDS, "created_at"}


class EditConflict(Exception):
    """Someone saved the item after this edit was opened."""

    def __init__(self, item, expected_version, current_version):
        self.item, self.expected_version, self.current_version = item, expected_version, current_version
        super().__init__(
            f"“{item}” was saved by someone else (version {current_version}) after you opened version "
            f"{expected_version}."
        )


def current_version(item):
    return type(item).objects.filter(pk=item.pk).values_list("version", flat=True).first()


def _content_fields(model):
    return [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in NOT_EDITED]


def content_differs(item):
    """Whether `item`'s content fields differ from its stored row (an unchanged form need not save)."""
    stored = type(item).objects.filter(pk=item.pk).values(*[f.attname for f in _content_fields(type(item))]).first()
    if stored is None:
        return True
    return any(getattr(item, name) != value for name, value in stored.items() if name != "updated_at")


def save_edit(*, item, expected_version, user):
    """Save the edited content fields of `item`, opened at `expected_version`, as the next version.

    The right to edit is checked on the locked row, so a reporter's save that lands while an
    editor publishes is refused rather than committed after the publication.
    """
    model = type(item)
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=item.pk)
        purge_on_commit(current)
        if not can_edit(user=user, item=current):
            raise PermissionDenied(f"You may no longer edit “{current}”: it is {current.get_status_display().lower()}.")
        if current.version != expected_version:
            raise EditConflict(item, expected_version, current.version)
        # The revision this save keeps records the item as it is: a revert's old copy carries
        # old workflow fields (a draft status, no publication date), which never go back.
        for field in WORKFLOW_FIELDS:
            setattr(item, model._meta.get_field(field).attname, getattr(current, model._meta.get_field(field).attname))
        item.version = current.version + 1
        item._change_reason = "Edited"
        content = [f.name for f in _content_fields(model)]
        item.save(update_fields=[*content, "version"])
    return item
