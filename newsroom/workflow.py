"""The editorial workflow: every change of status goes through `transition`.

Admin buttons, bulk actions, management commands and tests all call these functions, so the
state, permission and validation checks hold on every path. Nothing else sets `status` or the
publication timestamps.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
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


# Steps the scheduler records (newsroom/management/commands/publish_scheduled.py); nobody takes them by hand.
SCHEDULER_LABELS = {"go_live": "Went live as scheduled", "expire": "Expired as scheduled"}
LABELS = {**{t.name: t.label for t in TRANSITIONS.values()}, **SCHEDULER_LABELS}


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
            c.statement
            for c in item.citations.select_related("statement__actor")
            if c.statement.status != Status.PUBLISHED
        ]
        if unpublished:
            names = "; ".join(str(s) for s in unpublished)
            raise TransitionNotAllowed(f"Publish the statements this article cites first: {names}.")


def _check_schedule(t, go_live_at, expires_at, now):
    if t.name != "publish" and (go_live_at or expires_at):
        raise TransitionNotAllowed("Only publishing takes a go-live or expiry time.")
    if expires_at and expires_at <= now:
        raise TransitionNotAllowed("The expiry time has already passed.")
    if expires_at and go_live_at and expires_at <= go_live_at:
        raise TransitionNotAllowed("The expiry time must come after the go-live time.")


def _schedule_note(note, go_live_at, expires_at):
    parts = [note] if note else []
    if go_live_at:
        parts.append(f"Goes live {timezone.localtime(go_live_at):%Y-%m-%d %H:%M %Z}.")
    if expires_at:
        parts.append(f"Expires {timezone.localtime(expires_at):%Y-%m-%d %H:%M %Z}.")
    return " ".join(parts)


def transition(*, item, user, name, note="", go_live_at=None, expires_at=None):
    """Move `item` through the transition called `name`, as `user`, and log it.

    Publishing takes an optional `go_live_at` (a future time schedules it; readers see it from
    then) and `expires_at` (readers stop seeing it then). Raises TransitionForbidden when the user
    lacks the right, TransitionNotAllowed when the item's state, content or schedule does not
    allow it. On success `item` is updated in place and returned.
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
        now = timezone.now()
        _check_schedule(t, go_live_at, expires_at, now)
        if t.target in (Status.IN_REVIEW, Status.PUBLISHED):
            _check_ready(current)

        from_status = current.status
        current.status = t.target
        fields = ["status", "updated_at"]
        if t.target == Status.PUBLISHED:
            live = go_live_at if go_live_at and go_live_at > now else now
            current.go_live_at = go_live_at if live != now else None
            current.expires_at = expires_at
            if current.first_published_at is None:
                current.first_published_at = live
            current.last_published_at = live
            fields += ["go_live_at", "expires_at", "first_published_at", "last_published_at"]
        current._history_user = user  # the revision this save keeps names who took the step
        current.save(update_fields=fields)
        WorkflowLogEntry.objects.create(
            **{current._meta.model_name: current},
            transition=t.name,
            from_status=from_status,
            to_status=t.target,
            note=_schedule_note(note, current.go_live_at, current.expires_at) if t.name == "publish" else note,
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


def article_publish(*, article: Article, user, note: str = "", go_live_at=None, expires_at=None) -> Article:
    return transition(item=article, user=user, name="publish", note=note, go_live_at=go_live_at, expires_at=expires_at)


def article_unpublish(*, article: Article, user, note: str) -> Article:
    return transition(item=article, user=user, name="unpublish", note=note)


def article_redraft(*, article: Article, user) -> Article:
    return transition(item=article, user=user, name="redraft")


def statement_submit(*, statement: Statement, user) -> Statement:
    return transition(item=statement, user=user, name="submit")


def statement_return(*, statement: Statement, user, note: str) -> Statement:
    return transition(item=statement, user=user, name="return", note=note)


def statement_publish(*, statement: Statement, user, note: str = "", go_live_at=None, expires_at=None) -> Statement:
    return transition(
        item=statement, user=user, name="publish", note=note, go_live_at=go_live_at, expires_at=expires_at
    )


def statement_unpublish(*, statement: Statement, user, note: str) -> Statement:
    return transition(item=statement, user=user, name="unpublish", note=note)


def statement_redraft(*, statement: Statement, user) -> Statement:
    return transition(item=statement, user=user, name="redraft")


def due_to_go_live(*, model, now):
    """Scheduled items whose go-live time has passed and whose going live is not yet logged."""
    logged = WorkflowLogEntry.objects.filter(
        **{model._meta.model_name: OuterRef("pk")}, transition="go_live", created_at__gte=OuterRef("last_published_at")
    )
    return model.objects.filter(status=Status.PUBLISHED, go_live_at__lte=now).filter(~Exists(logged))


def record_schedule(*, model, now=None):
    """Log what the clock has already done: items that went live, and expired items (which become
    unpublished). Safe to run at any time and concurrently: each item is locked, then re-checked,
    so a second run waiting on the lock finds the work done.

    Returns the (item, step) pairs it recorded.
    """
    now = now or timezone.now()
    done = []
    for pk in list(due_to_go_live(model=model, now=now).values_list("pk", flat=True)):
        with transaction.atomic():
            item = model.objects.select_for_update().get(pk=pk)
            if due_to_go_live(model=model, now=now).filter(pk=pk).exists():
                _log_scheduler_step(item, "go_live", Status.PUBLISHED, item.go_live_at)
                done.append((item, "go_live"))
    for pk in list(model.objects.expired(at=now).values_list("pk", flat=True)):
        with transaction.atomic():
            item = model.objects.select_for_update().get(pk=pk)
            if model.objects.expired(at=now).filter(pk=pk).exists():
                item.status = Status.UNPUBLISHED
                item.save(update_fields=["status", "updated_at"])
                _log_scheduler_step(item, "expire", Status.UNPUBLISHED, item.expires_at)
                done.append((item, "expire"))
    return done


def _log_scheduler_step(item, step, to_status, at):
    WorkflowLogEntry.objects.create(
        **{item._meta.model_name: item},
        transition=step,
        from_status=Status.PUBLISHED,
        to_status=to_status,
        note=f"At {timezone.localtime(at):%Y-%m-%d %H:%M %Z}.",
        user=None,
        created_at=at,
    )
