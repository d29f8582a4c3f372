"""Saving edits without losing anyone's work: optimistic concurrency on articles and statements.

Every edit form carries the version it was opened at. The save claims the next version in the
UPDATE itself (`WHERE version = <expected>`), so of two editors saving the same item at once the
database lets exactly one through; the other gets EditConflict and keeps their text in the form.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from newsroom.models import Correction
from newsroom.querysets import Status


class EditConflict(Exception):
    """Someone saved the item after this edit was opened."""

    def __init__(self, item, expected_version, current_version):
        self.item, self.expected_version, self.current_version = item, expected_version, current_version
        super().__init__(
            f"“{item}” was saved by someone else (version {current_version}) after you opened version "
            f"{expected_version}."
        )


# Fields only newsroom.workflow writes: an edit never carries them back, however old its copy.
WORKFLOW_FIELDS = {
    "status", "created_by", "created_at", "first_published_at", "last_published_at", "go_live_at", "expires_at",
    "version",
}  # fmt: skip


def current_version(item):
    return type(item).objects.filter(pk=item.pk).values_list("version", flat=True).first()


def save_edit(*, item, expected_version):
    """Save the edited content fields of `item`, opened at `expected_version`, as the next version."""
    model = type(item)
    with transaction.atomic():
        claimed = model.objects.filter(pk=item.pk, version=expected_version).update(version=F("version") + 1)
        if not claimed:
            raise EditConflict(item, expected_version, current_version(item))
        item.version = expected_version + 1
        content = [f.name for f in model._meta.concrete_fields if not f.primary_key and f.name not in WORKFLOW_FIELDS]
        item.save(update_fields=[*content, "version"])
    return item


def correction_add(*, item, user, text, kind="correction"):
    """Add a dated correction or update to a published article or statement, shown to readers.

    The item's modified date moves with it, so feeds and the API show the change.
    """
    if item.status != Status.PUBLISHED:
        raise ValueError("Corrections are for published items: edit a draft instead.")
    with transaction.atomic():
        correction = Correction(**{item._meta.model_name: item}, text=text, kind=kind, created_by=user)
        correction.full_clean()
        correction.save()
        type(item).objects.filter(pk=item.pk).update(updated_at=timezone.now())
    return correction
