"""Reading the revision history (django-simple-history) of articles and statements: what changed."""

import difflib
import itertools
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from simple_history.models import DeletedObject

from newsroom.editorial.editing import NOT_EDITED

# Recorded on every revision but not the content a person edits.
NOT_COMPARED = NOT_EDITED | {"updated_at"}


def revision_at(model, pk, version):
    """The newest revision of item `pk` at `version` (workflow steps keep the version, edits raise it)."""
    return model.history.filter(id=pk, version=version).order_by("-history_date", "-history_id").first()


def field_changes(older, newer):
    """[(field, old value, new value)] for the content fields that differ between two revisions."""
    if older is None or newer is None:
        return []
    # Related objects by name, not id; one deleted since the revision was kept is said to be.
    delta = newer.diff_against(older, excluded_fields=list(NOT_COMPARED), foreign_keys_are_objs=True)
    labels = {f.name: f.verbose_name for f in newer.instance_type._meta.fields}
    return [(str(labels.get(c.field, c.field)).capitalize(), _related(c.old), _related(c.new)) for c in delta.changes]


def _related(value):
    if isinstance(value, DeletedObject):
        # simple-history also reports an empty foreign key this way.
        return None if value.pk is None else f"(deleted {value.model._meta.verbose_name}, id {value.pk})"
    return value


def changes_between(model, pk, from_version, to_version):
    """[(field, short summary)] of what changed from one version to another, for a conflict message."""
    changes = field_changes(revision_at(model, pk, from_version), revision_at(model, pk, to_version))
    return [
        (field, f"“{Truncator(str(old or '')).chars(80)}” → “{Truncator(str(new or '')).chars(80)}”")
        for field, old, new in changes
    ]


def word_diff(old, new):
    """HTML of `new` against `old`, word by word, with <del> and <ins>; everything else escaped."""
    old_words = re.split(r"(\s+)", str(old or ""))
    new_words = re.split(r"(\s+)", str(new or ""))
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(''.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(''.join(new_words[b1:b2]))}</ins>")
    return mark_safe("".join(parts))


def diff_table(older, newer):
    """Rows of (field, HTML word diff) between two revisions."""
    return [(field, word_diff(old, new)) for field, old, new in field_changes(older, newer)]


def last_content_change(revisions):
    """(older, newer): the newest pair of consecutive revisions whose content differs, from
    `revisions` newest first; workflow steps change no content and are passed over. With no
    content change at all, the two newest (or the only one twice)."""
    for newer, older in itertools.pairwise(revisions):
        if field_changes(older, newer):
            return older, newer
    if not revisions:
        return None, None
    return (revisions[1] if len(revisions) > 1 else revisions[0]), revisions[0]


def what_happened(revision):
    """A revision's one-line account: the workflow step or edit recorded with it."""
    if revision.history_change_reason:
        return revision.history_change_reason
    return {"+": "Created", "~": "Edited", "-": "Deleted"}.get(revision.history_type, "Changed")
