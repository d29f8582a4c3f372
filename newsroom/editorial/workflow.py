"""The editorial workflow: every change of status goes through `transition` (a person's step)
or `record_schedule` (the clock's), and every correction through `correction_add`.

Admin buttons, bulk actions, management commands and tests all call these functions, so the
state, permission and validation checks hold on every path. Nothing else sets `status` or the
publication timestamps.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.text import Truncator

from newsroom.content.models import Article, Correction, Statement
from newsroom.content.querysets import fill_speakers
from newsroom.content.states import State, Status
from newsroom.core.permissions import permission
from newsroom.edge import purge_on_commit, purge_schedule_on_commit
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.permissions import can_edit, is_editor

Step = WorkflowLogEntry.Step


class WorkflowError(Exception):
    """A transition that cannot happen; the message says why, for the person who asked."""


class TransitionNotAllowed(WorkflowError):
    pass


class TransitionForbidden(WorkflowError, PermissionDenied):
    pass


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset
    target: str
    editor_only: bool = False
    note_label: str = ""  # non-empty: a note is required, and this is its label
    system: bool = False  # taken by the clock, recorded by the scheduler; never by a person
    kinds: frozenset | None = None  # the model names it applies to (None: every publishable item)

    @property
    def label(self):
        return Step(self.name).label

    @property
    def note_required(self):
        return bool(self.note_label)


TRANSITIONS = {
    t.name: t
    for t in [
        Transition(Step.SUBMIT, frozenset({Status.DRAFT}), Status.IN_REVIEW),
        Transition(
            Step.RETURN,
            frozenset({Status.IN_REVIEW}),
            Status.DRAFT,
            editor_only=True,
            note_label="What needs to change",
        ),
        Transition(Step.PUBLISH, frozenset({Status.DRAFT, Status.IN_REVIEW}), Status.PUBLISHED, editor_only=True),
        Transition(
            Step.UNPUBLISH,
            frozenset({Status.PUBLISHED}),
            Status.UNPUBLISHED,
            editor_only=True,
            note_label="Reason for unpublishing",
        ),
        Transition(Step.REDRAFT, frozenset({Status.UNPUBLISHED}), Status.DRAFT, editor_only=True),
        # A live page's entry leaves the page with a note in the log; it is kept, unpublished, never redrafted.
        Transition(
            Step.DELETE,
            frozenset({Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED, Status.UNPUBLISHED}),
            Status.UNPUBLISHED,
            editor_only=True,
            note_label="Why it is deleted",
            kinds=frozenset({"liveentry"}),
        ),
        Transition(Step.GO_LIVE, frozenset({Status.PUBLISHED}), Status.PUBLISHED, system=True),
        Transition(Step.EXPIRE, frozenset({Status.PUBLISHED}), Status.UNPUBLISHED, system=True),
    ]
}
# What a person may take, in display order.
HUMAN_TRANSITIONS = [t for t in TRANSITIONS.values() if not t.system]

# The kinds of content that take these steps, each with its readiness rule: a function
# (item, *, live_at, publishing) -> the reason it may not go to review or out yet, or None. Articles
# and statements are registered below; other packages register theirs when the app is ready
# (newsroom.apps). Each kind's log entries name it in a foreign key of its model's name on
# WorkflowLogEntry.
PUBLISHABLE = {}


def register_publishable(model, *, ready=None):
    """Let items of `model` (a content.models.Publishable) take workflow steps; `ready` is what
    they must meet, beyond their own validation, before they are submitted or published."""
    PUBLISHABLE[model] = ready


def publishable_models():
    """Every kind of content that goes through the workflow, in the order registered."""
    return list(PUBLISHABLE)


def _refusal(*, user, item, t):
    """Why `user` may not take transition `t` on `item` now, or None when they may."""
    if t.kinds is not None and item._meta.model_name not in t.kinds:
        return f"“{t.label}” is not a step for a {item._meta.verbose_name}."
    if getattr(item, "deleted_at", None):
        return f"The {item._meta.verbose_name} was deleted: it takes no further step."
    if item.status not in t.sources:
        return f"“{t.label}” is not possible: the {item._meta.verbose_name} is {item.get_status_display().lower()}."
    if t.editor_only and not (is_editor(user=user, model=type(item)) or _publishes_directly(user, item, t)):
        return f"Only an editor may {t.label.lower()}."
    if not t.editor_only and not (is_editor(user=user, model=type(item)) or can_edit(user=user, item=item)):
        return f"You may not {t.label.lower()} this {item._meta.verbose_name}: it is not your draft."
    return None


def _publishes_directly(user, item, t):
    """A reporter publishing their own live entry where the page's editor allowed it (the one step
    an item may let a reporter take; the log records it as theirs)."""
    allows = getattr(item, "publishes_directly", None)
    return t.name == Step.PUBLISH and allows is not None and can_edit(user=user, item=item) and allows(user)


def allowed_transitions(*, user, item):
    """The transitions `user` may take on `item` in its current state, in display order."""
    return [t for t in HUMAN_TRANSITIONS if _refusal(user=user, item=item, t=t) is None]


def refusal(*, user, item, name):
    """Why `transition` would refuse step `name` on `item` as it is saved now (taken at once, with
    no note asked for), or None when it would take it: the same checks, changing nothing, so that
    a page offers only the steps that can succeed or says why before anyone presses."""
    t = TRANSITIONS[name]
    reason = _refusal(user=user, item=item, t=t)
    if reason is None and t.target in (Status.IN_REVIEW, Status.PUBLISHED):
        try:
            _check_ready(item, live_at=timezone.now(), publishing=t.target == Status.PUBLISHED)
        except TransitionNotAllowed as error:
            reason = str(error)
    return reason


def publish_with_statements_refusal(*, user, article, statements):
    """Why `article_publish_with_statements` would refuse to publish `article` now with `statements`
    (statements_to_publish_with), or None when it would publish them all and the article."""
    if not is_editor(user=user, model=Article) or not is_editor(user=user, model=Statement):
        return "Only an editor may publish an article with the statements it cites."
    for statement in statements:
        reason = refusal(user=user, item=statement, name=Step.PUBLISH)
        if reason:
            return f"{_not_live_reason(statement)} cannot be published with it. {reason}"
    reason = _refusal(user=user, item=article, t=TRANSITIONS[Step.PUBLISH])
    if reason is None:
        try:
            _check_ready(article, live_at=timezone.now(), publishing=False)
        except TransitionNotAllowed as error:
            reason = str(error)
    return reason


def _check_ready(item, *, live_at, publishing=True):
    """Content must be complete before it is submitted or published (`full_clean`), and meet its
    kind's readiness rule (`register_publishable`): an article's cited statements, for one, must be
    live for readers when it is (`live_at`). Submitting (`publishing=False`) does not wait on
    those: the editor publishes them with the article."""
    try:
        item.full_clean()
    except ValidationError as error:
        messages = "; ".join(f"{field}: {' '.join(errs)}" for field, errs in error.message_dict.items())
        raise TransitionNotAllowed(f"The {item._meta.verbose_name} is not ready: {messages}") from error
    ready = PUBLISHABLE[type(item)]
    reason = ready(item, live_at=live_at, publishing=publishing) if ready else None
    if reason:
        raise TransitionNotAllowed(reason)


def cited_statements_live(item, *, live_at, publishing):
    """The readiness of what cites statements (an article, a live page's entry; CITED_THROUGH): the
    statements it cites are live when it goes live."""
    if not publishing:
        return None
    not_live = _cited_not_live(item, at=live_at)
    if not not_live:
        return None
    names = "; ".join(_not_live_reason(s) for s in not_live)
    what = item._meta.verbose_name
    also = " An editor can publish the article with the statements it cites in one step." if what == "article" else ""
    return f"Publish the statements this {what} cites first: {names}.{also}"


# How the statements an item cites are reached from Statement, by the item's model name.
CITED_THROUGH = {"article": "citations", "liveentry": "entry_citations"}


def _cited_not_live(item, *, at):
    """The statements `item` (an article or a live entry) cites that readers would not see at `at`,
    in citation order."""
    through = CITED_THROUGH[item._meta.model_name]
    owner = "article" if through == "citations" else "entry"
    statements = list(
        Statement.objects.with_state(at=at)
        .filter(**{f"{through}__{owner}": item})
        .exclude(state=State.LIVE)
        .select_related("actor")
        .order_by(f"{through}__order", f"{through}__pk")
    )
    fill_speakers(statements)  # a joint statement is named by all its speakers (“A and B: “…””), not the first
    return statements


def _not_live_reason(statement):
    if statement.state == State.SCHEDULED:
        return f"{statement} (goes live {timezone.localtime(statement.go_live_at):%Y-%m-%d %H:%M %Z})"
    return f"{statement} ({State(statement.state).label.lower()})"


register_publishable(Article, ready=cited_statements_live)
register_publishable(Statement)


def _check_schedule(t, go_live_at, expires_at, now):
    if t.name != Step.PUBLISH and (go_live_at or expires_at):
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


def transition(*, item, user, name, note="", go_live_at=None, expires_at=None, version=None):
    """Move `item` through the transition called `name`, as `user`, and log it.

    Publishing takes an optional `go_live_at` (a future time schedules it; readers see it from
    then) and `expires_at` (readers stop seeing it then). `version`, when given, is the version
    the person reviewed: a later save refuses the step, so nobody publishes words they never saw.
    Every step raises the item's version, so an edit opened before it cannot overwrite it.
    Raises TransitionForbidden when the user lacks the right, TransitionNotAllowed when the
    item's state, content, version or schedule does not allow it. On success `item` is updated
    in place and returned.
    """
    t = TRANSITIONS.get(name)
    if t is None or t.system:
        raise TransitionNotAllowed(f"Unknown transition “{name}”.")
    if type(item) not in PUBLISHABLE:
        raise TransitionNotAllowed(f"A {item._meta.verbose_name} does not go through the workflow.")
    note = (note or "").strip()
    with transaction.atomic():
        # Lock the row so two people pressing buttons at once cannot both act on the same state.
        current = type(item).objects.select_for_update().get(pk=item.pk)
        purge_on_commit(current, reason=f"{t.name} {current._meta.model_name} {current.pk}")
        refusal = _refusal(user=user, item=current, t=t)
        if refusal:
            # A refusal of the person (their role), not of the item (its state, kind or deletion).
            applies = t.kinds is None or current._meta.model_name in t.kinds
            forbidden = current.status in t.sources and applies and not getattr(current, "deleted_at", None)
            raise (TransitionForbidden if forbidden else TransitionNotAllowed)(refusal)
        if version is not None and version != current.version:
            raise TransitionNotAllowed(
                f"“{current}” was saved (version {current.version}) after you opened version {version}: "
                "read it again before you take this step."
            )
        if t.note_required and not note:
            raise TransitionNotAllowed(f"“{t.label}” needs a note: {t.note_label.lower()}.")
        now = timezone.now()
        _check_schedule(t, go_live_at, expires_at, now)
        live = go_live_at if go_live_at and go_live_at > now else now
        if t.target in (Status.IN_REVIEW, Status.PUBLISHED):
            _check_ready(current, live_at=live, publishing=t.target == Status.PUBLISHED)

        from_status = current.status
        current.status = t.target
        current.version += 1  # the row is locked: no one else moves it
        fields = ["status", "version", "updated_at"]
        if t.target == Status.PUBLISHED:
            current.go_live_at = go_live_at if live != now else None
            current.expires_at = expires_at
            if current.first_published_at is None:
                current.first_published_at = live
            current.last_published_at = live
            fields += ["go_live_at", "expires_at", "first_published_at", "last_published_at"]
            note = _schedule_note(note, current.go_live_at, current.expires_at)
        _save_step(current, fields, user=user, t=t, from_status=from_status, note=note, at=now)
    for field in fields:
        setattr(item, field, getattr(current, field))
    return item


def revision_reason(what, note=""):
    """What a revision records as having happened: the step, and its note when there is one
    (django-simple-history keeps 100 characters)."""
    return Truncator(f"{what}: {note}" if note else what).chars(100)


def _save_step(item, fields, *, user, t, from_status, note, at):
    """Save the fields a step changed, keep a revision naming the step and who took it, and log it."""
    item._history_user = user
    item._change_reason = revision_reason(t.label, note)
    item.save(update_fields=fields)
    WorkflowLogEntry.objects.create(
        **{item._meta.model_name: item},
        transition=t.name,
        from_status=from_status,
        to_status=t.target,
        note=note,
        user=user,
        created_at=at,
    )


def statements_to_publish_with(*, article: Article, go_live_at=None) -> list[Statement]:
    """The statements `article` cites that would not be live when it goes live (now, or at
    `go_live_at`): what "publish with its statements" publishes, in citation order."""
    now = timezone.now()
    return _cited_not_live(article, at=go_live_at if go_live_at and go_live_at > now else now)


def article_publish_with_statements(
    *,
    article: Article,
    user,
    note: str = "",
    go_live_at=None,
    expires_at=None,
    version: int | None = None,
    statement_versions: dict[int, int] | None = None,
) -> list[Statement]:
    """Publish `article` and every statement it cites that readers would not see yet, in one
    transaction: each statement takes its own publish step (checked and logged as if taken by
    hand, going live with the article), then the article. Any refusal publishes nothing.

    `version` is the article's version the editor reviewed; `statement_versions` ({pk: version})
    the statements' versions shown to them: a statement saved since, or cited since, is refused.
    Returns the statements it published.
    """
    if not is_editor(user=user, model=Article) or not is_editor(user=user, model=Statement):
        raise TransitionForbidden("Only an editor may publish an article with the statements it cites.")
    with transaction.atomic():
        type(article).objects.select_for_update().get(pk=article.pk)  # one editor at a time per article
        statements = statements_to_publish_with(article=article, go_live_at=go_live_at)
        for statement in statements:
            if statement_versions is not None and statement.pk not in statement_versions:
                raise TransitionNotAllowed(
                    f"“{statement}” was cited after you opened the article: read it again before you publish."
                )
            transition(
                item=statement,
                user=user,
                name=Step.PUBLISH,
                note=f"Published with the article “{article}”.",
                go_live_at=go_live_at,
                version=statement_versions.get(statement.pk) if statement_versions is not None else None,
            )
        transition(
            item=article,
            user=user,
            name=Step.PUBLISH,
            note=note,
            go_live_at=go_live_at,
            expires_at=expires_at,
            version=version,
        )
    return statements


def due_to_go_live(*, model, now):
    """Scheduled items whose go-live time has passed and whose going live is not yet logged."""
    logged = WorkflowLogEntry.objects.filter(
        **{model._meta.model_name: OuterRef("pk")},
        transition=Step.GO_LIVE,
        created_at__gte=OuterRef("last_published_at"),
    )
    return model.objects.filter(status=Status.PUBLISHED, go_live_at__lte=now).filter(~Exists(logged))


def _due(*, model, step, now):
    return due_to_go_live(model=model, now=now) if step == Step.GO_LIVE else model.objects.expired(at=now)


def record_schedule(*, model, now=None):
    """Take the steps the clock has already taken: items that went live are logged, and expired
    items become unpublished. Readers never wait for this (the published rule reads the clock);
    it keeps the log and statuses true. Safe to run at any time and concurrently: each item is
    locked, then re-checked, so a second run waiting on the lock finds the work done.

    Returns the (item, step) pairs it recorded.
    """
    now = now or timezone.now()
    done = []
    for step in (Step.GO_LIVE, Step.EXPIRE):
        t = TRANSITIONS[step]
        for pk in list(_due(model=model, step=step, now=now).values_list("pk", flat=True)):
            with transaction.atomic():
                item = model.objects.select_for_update().get(pk=pk)
                if not _due(model=model, step=step, now=now).filter(pk=pk).exists():
                    continue  # a run that held the lock before us took the step
                purge_schedule_on_commit(item, step=step)
                at = item.go_live_at if step == Step.GO_LIVE else item.expires_at
                fields = []
                if t.target != item.status:
                    item.status = t.target
                    item.version += 1
                    fields = ["status", "version", "updated_at"]
                note = f"At {timezone.localtime(at):%Y-%m-%d %H:%M %Z}."
                if fields:
                    _save_step(item, fields, user=None, t=t, from_status=Status.PUBLISHED, note=note, at=at)
                else:
                    WorkflowLogEntry.objects.create(
                        **{model._meta.model_name: item},
                        transition=t.name,
                        from_status=Status.PUBLISHED,
                        to_status=t.target,
                        note=note,
                        user=None,
                        created_at=at,
                    )
                done.append((item, step))
    return done


def correction_add(*, item, user, text, kind=Correction.Kind.CORRECTION, published_at=None):
    """Add a dated correction or update to a live article or statement, shown to readers.

    Editors only (the `add_correction` permission). The item's modified date moves with it, so
    feeds and the API show the change.
    """
    if not user.has_perm(permission(Correction, "add")):
        raise TransitionForbidden("Only an editor may add a correction.")
    if item.status != Status.PUBLISHED:
        raise TransitionNotAllowed("Corrections are for published items: edit a draft instead.")
    with transaction.atomic():
        purge_on_commit(item, reason=f"correction to {item._meta.model_name} {item.pk}")
        correction = Correction(
            **{item._meta.model_name: item},
            text=text,
            kind=kind,
            created_by=user,
            published_at=published_at or timezone.now(),
        )
        correction.full_clean()
        correction.save()
        type(item).objects.filter(pk=item.pk).update(updated_at=timezone.now())
    return correction
