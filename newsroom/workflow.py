"""The editorial workflow: every change of status goes through `transition`.

Admin buttons, bulk actions, management commands and tests all call these functions, so the
state, permission and validation checks hold on every path. Nothing else sets `status` or the
publication timestamps.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from newsroom.models import Article, Statement, WorkflowLogEntry
from newsroom.querysets import Status


class WorkflowError(Exception):
    """A transition that cannot happen; the message says why, for the person who asked."""


class TransitionNotAllowed(WorkflowError):
    pass


class TransitionForbidden(WorkflowError, PermissionDenied):
    pass


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset
    target: str
    editor_only: bool
    note_label: str = ""  # non-empty: a note is required, and this is its label

    @property
    def note_required(self):
        return bool(self.note_label)


TRANSITIONS = {
    t.name: t
    for t in [
        Transition("submit", "Submit for review", frozenset({Status.DRAFT}), Status.IN_REVIEW, editor_only=False),
        Transition(
            "return",
            "Return to reporter",
            frozenset({Status.IN_REVIEW}),
            Status.DRAFT,
            editor_only=True,
            note_label="What needs to change",
        ),
        Transition(
            "publish", "Publish", frozenset({Status.DRAFT, Status.IN_REVIEW}), Status.PUBLISHED, editor_only=True
        ),
        Transition(
            "unpublish",
            "Unpublish",
            frozenset({Status.PUBLISHED}),
            Status.UNPUBLISHED,
            editor_only=True,
            note_label="Reason for unpublishing",
        ),
        Transition("redraft", "Back to draft", frozenset({Status.UNPUBLISHED}), Status.DRAFT, editor_only=True),
    ]
}


def _perm(item, action):
    return f"{item._meta.app_label}.{action}_{item._meta.model_name}"


def is_editor(*, user, model):
    """Editors (and superusers) hold the publish permission for the model."""
    return user.has_perm(f"{model._meta.app_label}.publish_{model._meta.model_name}")


def can_edit(*, user, item):
    """Editors edit anything; a reporter edits only their own drafts."""
    if not user.has_perm(_perm(item, "change")):
        return False
    if is_editor(user=user, model=type(item)):
        return True
    return item.status == Status.DRAFT and item.created_by_id == user.pk


def _refusal(*, user, item, t):
    """Why `user` may not take transition `t` on `item` now, or None when they may."""
    if item.status not in t.sources:
        return f"“{t.label}” is not possible: the {item._meta.verbose_name} is {item.get_status_display().lower()}."
    if t.editor_only and not is_editor(user=user, model=type(item)):
        return f"Only an editor may {t.label.lower()}."
    if not t.editor_only and not (is_editor(user=user, model=type(item)) or can_edit(user=user, item=item)):
        return f"You may not {t.label.lower()} this {item._meta.verbose_name}: it is not your draft."
    return None


def allowed_transitions(*, user, item):
    """The transitions `user` may take on `item` in its current state, in display order."""
    return [t for t in TRANSITIONS.values() if _refusal(user=user, item=item, t=t) is None]


def _check_ready(item):
    """Content must be complete before it is submitted or published."""
    try:
        item.full_clean()
    except ValidationError as error:
        messages = "; ".join(f"{field}: {' '.join(errs)}" for field, errs in error.message_dict.items())
        raise TransitionNotAllowed(f"The {item._meta.verbose_name} is not ready: {messages}") from error
    if isinstance(item, Article):
        unpublished = [
            c.statement for c in item.citations.select_related("statement__actor") if not c.statement.is_published
        ]
        if unpublished:
            names = "; ".join(str(s) for s in unpublished)
            raise TransitionNotAllowed(f"Publish the statements this article cites first: {names}.")


def transition(*, item, user, name, note=""):
    """Move `item` through the transition called `name`, as `user`, and log it.

    Raises TransitionForbidden when the user lacks the right, TransitionNotAllowed when the item's
    state or content does not allow it. On success `item` is updated in place and returned.
    """
    t = TRANSITIONS.get(name)
    if t is None:
        raise TransitionNotAllowed(f"Unknown transition “{name}”.")
    note = (note or "").strip()
    with transaction.atomic():
        # Lock the row so two people pressing buttons at once cannot both act on the same state.
        current = type(item).objects.select_for_update().get(pk=item.pk)
        refusal = _refusal(user=user, item=current, t=t)
        if refusal:
            forbidden = current.status in t.sources
            raise (TransitionForbidden if forbidden else TransitionNotAllowed)(refusal)
        if t.note_required and not note:
            raise TransitionNotAllowed(f"“{t.label}” needs a note: {t.note_label.lower()}.")
        if t.target in (Status.IN_REVIEW, Status.PUBLISHED):
            _check_ready(current)

        now = timezone.now()
        from_status = current.status
        current.status = t.target
        fields = ["status", "updated_at"]
        if t.target == Status.PUBLISHED:
            if current.first_published_at is None:
                current.first_published_at = now
                fields.append("first_published_at")
            current.last_published_at = now
            fields.append("last_published_at")
        current.save(update_fields=fields)
        WorkflowLogEntry.objects.create(
            **{current._meta.model_name: current},
            transition=t.name,
            from_status=from_status,
            to_status=t.target,
            note=note,
            user=user,
            created_at=now,
        )
    for field in fields:
        setattr(item, field, getattr(current, field))
    return item


def article_submit(*, article: Article, user) -> Article:
    return transition(item=article, user=user, name="submit")


def article_return(*, article: Article, user, note: str) -> Article:
    return transition(item=article, user=user, name="return", note=note)


def article_publish(*, article: Article, user, note: str = "") -> Article:
    return transition(item=article, user=user, name="publish", note=note)


def article_unpublish(*, article: Article, user, note: str) -> Article:
    return transition(item=article, user=user, name="unpublish", note=note)


def article_redraft(*, article: Article, user) -> Article:
    return transition(item=article, user=user, name="redraft")


def statement_submit(*, statement: Statement, user) -> Statement:
    return transition(item=statement, user=user, name="submit")


def statement_return(*, statement: Statement, user, note: str) -> Statement:
    return transition(item=statement, user=user, name="return", note=note)


def statement_publish(*, statement: Statement, user, note: str = "") -> Statement:
    return transition(item=statement, user=user, name="publish", note=note)


def statement_unpublish(*, statement: Statement, user, note: str) -> Statement:
    return transition(item=statement, user=user, name="unpublish", note=note)


def statement_redraft(*, statement: Statement, user) -> Statement:
    return transition(item=statement, user=user, name="redraft")
