"""Everything that changes live coverage, each a keyword-only service in one transaction.

Every status change of a page or an entry is a step of newsroom.editorial.workflow (its checks,
permissions and log); the services add what a live page needs around it: the page's `sequence`,
moved under the page's row lock whenever readers could see a change (so that polling readers find
every change past the number they have, in commit order, and two people posting at once lose
nothing), and the purge of the cache in front (newsroom.edge). Every change of an entry keeps a
revision naming what happened and who did it (posted, published, corrected, marked, deleted...).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify

from newsroom.content.models import Article, ArticleActor, Citation, Correction
from newsroom.content.states import Status
from newsroom.core.permissions import permission
from newsroom.edge import purge_on_commit
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.permissions import is_editor
from newsroom.editorial.workflow import (
    TransitionForbidden,
    TransitionNotAllowed,
    correction_add,
    revision_reason,
    transition,
)
from newsroom.live.models import LiveCitation, LiveEntry, LivePage

Step = WorkflowLogEntry.Step


class LiveError(TransitionNotAllowed):
    """A live-coverage change that cannot happen; the message says why."""


def _lock(page):
    """The page's row, locked until the transaction ends: one change of its entries at a time."""
    return LivePage.objects.select_for_update().get(pk=page.pk)


def _moved(page, *entries):
    """Readers could see a change of `page` or of `entries`: the page takes the next number, and so
    do the entries. The page must be locked (`_lock`)."""
    now = timezone.now()
    LivePage.objects.filter(pk=page.pk).update(sequence=F("sequence") + 1, changed_at=now)
    page.sequence = LivePage.objects.filter(pk=page.pk).values_list("sequence", flat=True).get()
    page.changed_at = now
    if entries:
        LiveEntry.objects.filter(pk__in=[e.pk for e in entries]).update(sequence=page.sequence)
        for entry in entries:
            entry.sequence = page.sequence


def _author(user):
    return (user.get_full_name() or user.get_username())[:200]


def _revision(entry, user, what, note=""):
    """The revision the entry's next save keeps says `what` happened (with `note`), done by `user`."""
    entry._history_user = user
    entry._change_reason = revision_reason(what, note)


def _editor(user):
    if not is_editor(user=user, model=LiveEntry):
        raise TransitionForbidden("Only an editor may do this on a live page.")


def entry_post(
    *,
    page: LivePage,
    user,
    body: str,
    key_event_title: str = "",
    photo=None,
    statements=(),
    publish: bool = True,
) -> LiveEntry:
    """Post an entry to `page` as `user`, in one step: written, its statements cited (in the
    statements' own words), and published when `publish` and the user may (an editor; a reporter on
    a page whose editor allowed it); a reporter's other entries go to review. A non-empty
    `key_event_title` marks a key event (editors only). Returns the entry."""
    if not user.has_perm(permission(LiveEntry, "add")):
        raise TransitionForbidden("You may not post to live pages.")
    if key_event_title and not is_editor(user=user, model=LiveEntry):
        raise TransitionForbidden("Only an editor may mark a key event.")
    with transaction.atomic():
        page = _lock(page)
        if not page.is_running:
            raise LiveError("This live page has ended: it takes no new entries.")
        entry = LiveEntry(
            page=page,
            body=body,
            author=_author(user),
            photo=photo,
            key_event=bool(key_event_title.strip()),
            key_event_title=key_event_title.strip(),
            created_by=user,
        )
        entry.full_clean()
        _revision(entry, user, "Posted")
        entry.save()
        for order, statement in enumerate(dict.fromkeys(statements), start=1):
            LiveCitation.objects.create(entry=entry, statement=statement, wording=statement.text, order=order)
        if publish and (is_editor(user=user, model=LiveEntry) or entry.publishes_directly(user)):
            entry_publish(entry=entry, user=user)
        elif not is_editor(user=user, model=LiveEntry):
            transition(item=entry, user=user, name=Step.SUBMIT)
    return entry


def entry_publish(*, entry: LiveEntry, user) -> LiveEntry:
    """Publish an entry (an editor, or its reporter where the page allows): it goes out at once,
    at the top of the page, with the page's next number."""
    with transaction.atomic():
        page = _lock(entry.page)
        if not page.is_running:
            raise LiveError("This live page has ended: it takes no new entries.")
        purge_on_commit(page, reason=f"entry {entry.pk} of live page {page.pk} published")
        transition(item=entry, user=user, name=Step.PUBLISH)
        _moved(page, entry)
    return entry


def entry_step(*, entry: LiveEntry, user, name: str, note: str = "") -> LiveEntry:
    """Any other workflow step of an entry (submit, return, unpublish, back to draft, delete with a
    note), through the workflow; readers see the change at their next look."""
    if name == Step.PUBLISH:
        return entry_publish(entry=entry, user=user)
    with transaction.atomic():
        page = _lock(entry.page)
        was_out = entry.status == Status.PUBLISHED
        purge_on_commit(page, reason=f"entry {entry.pk} of live page {page.pk}: {name}")
        transition(item=entry, user=user, name=name, note=note)
        if name == Step.DELETE:
            # Part of the step whose revision ("Delete with a note: <note>") the workflow just kept.
            entry.deleted_at, entry.pinned = timezone.now(), False
            LiveEntry.objects.filter(pk=entry.pk).update(deleted_at=entry.deleted_at, pinned=False)
        if was_out or entry.status == Status.PUBLISHED:
            _moved(page, entry)
    return entry


def entry_delete(*, entry: LiveEntry, user, note: str) -> LiveEntry:
    """Take an entry off its page (editors), with a note in the log saying why: it stays in the
    admin, unpublished, and takes no further step."""
    return entry_step(entry=entry, user=user, name=Step.DELETE, note=note)


def entry_correct(*, entry: LiveEntry, user, body: str, note: str) -> LiveEntry:
    """Correct a published entry (editors): its text as it should read, and a dated correction
    saying what changed, shown with it."""
    _editor(user)
    if not note.strip():
        raise LiveError("A correction needs a note saying what was wrong.")
    with transaction.atomic():
        page = _lock(entry.page)
        current = LiveEntry.objects.select_for_update().get(pk=entry.pk)
        if current.status != Status.PUBLISHED:
            raise LiveError("Corrections are for published entries: edit a draft instead.")
        purge_on_commit(page, reason=f"entry {entry.pk} of live page {page.pk} corrected")
        current.body = body
        current.version += 1
        try:
            current.full_clean()
        except ValidationError as error:
            raise LiveError("; ".join(" ".join(errors) for errors in error.message_dict.values())) from error
        _revision(current, user, "Corrected", note.strip())
        current.save(update_fields=["body", "version", "updated_at"])
        correction_add(item=current, user=user, text=note.strip(), kind=Correction.Kind.CORRECTION)
        _moved(page, current)
    entry.body, entry.version, entry.sequence = current.body, current.version, current.sequence
    return entry


def entry_mark(*, entry: LiveEntry, user, key_event_title: str | None = None, pinned: bool | None = None) -> LiveEntry:
    """Mark an entry as a key event (a non-empty title) or not (an empty one), pin or unpin it
    (editors). Pinning one unpins the page's other pinned entry."""
    _editor(user)
    with transaction.atomic():
        page = _lock(entry.page)
        current = LiveEntry.objects.select_for_update().get(pk=entry.pk)
        if current.deleted_at:
            raise LiveError("A deleted entry cannot be marked.")
        purge_on_commit(page, reason=f"entry {entry.pk} of live page {page.pk} marked")
        changed = [current]
        fields, marks = ["updated_at"], []
        if key_event_title is not None:
            current.key_event_title = key_event_title.strip()[:200]
            current.key_event = bool(current.key_event_title)
            fields += ["key_event", "key_event_title"]
            marks.append(f"Key event: {current.key_event_title}" if current.key_event else "Not a key event")
        if pinned is not None:
            if pinned:
                others = list(page.entries.filter(pinned=True).exclude(pk=current.pk))
                for other in others:
                    other.pinned = False
                    _revision(other, user, "Unpinned", f"entry {current.pk} was pinned")
                    other.save(update_fields=["pinned"])  # its words did not change: no new "updated"
                changed += others
            current.pinned = pinned
            fields.append("pinned")
            marks.append("Pinned to the top" if pinned else "Unpinned")
        _revision(current, user, "; ".join(marks))
        current.save(update_fields=fields)
        if any(e.first_published_at for e in changed):
            _moved(page, *changed)
    entry.key_event, entry.key_event_title, entry.pinned = current.key_event, current.key_event_title, current.pinned
    return entry


def page_set_coverage(*, page: LivePage, user, coverage: str) -> LivePage:
    """Live, paused or ended (editors). An ended page is kept, marked ended, with its key events as
    a summary; it takes no new entries."""
    if not is_editor(user=user, model=LivePage):
        raise TransitionForbidden("Only an editor may pause, resume or end a live page.")
    if coverage not in LivePage.Coverage.values:
        raise LiveError(f"“{coverage}” is not live, paused or ended.")
    with transaction.atomic():
        current = _lock(page)
        if current.coverage == LivePage.Coverage.ENDED and coverage != LivePage.Coverage.ENDED:
            raise LiveError("This live page has ended: start a new one.")
        purge_on_commit(current, reason=f"live page {page.pk}: {coverage}")
        current.coverage = coverage
        current.coverage_ended_at = timezone.now() if coverage == LivePage.Coverage.ENDED else None
        current.save(update_fields=["coverage", "coverage_ended_at", "updated_at"])
        _moved(current)
    page.coverage, page.coverage_ended_at, page.sequence = current.coverage, current.coverage_ended_at, current.sequence
    return page


def incident_pages_set(*, incident, pages) -> list[LivePage]:
    """The live pages covering `incident` are `pages` from now on: those it had that are not among
    them cover no incident any more. A page covering another incident is refused (LiveError) rather
    than taken from it: it moves on its own form, where the incident it leaves is in view. Each page
    changed is saved (what readers see of it moves, its cached copies are purged). Returns them."""
    chosen = {page.pk for page in pages}
    with transaction.atomic():
        current = list(
            LivePage.objects.select_for_update(of=("self",))  # the pages' rows, not their incidents'
            .filter(Q(pk__in=chosen) | Q(incident=incident))
            .select_related("incident")
            .order_by("pk")
        )
        taken = [page for page in current if page.pk in chosen and page.incident_id not in (None, incident.pk)]
        if taken:
            names = "; ".join(f"“{page}” covers “{page.incident}”" for page in taken)
            raise LiveError(f"{names}: choose its incident on the live page's own form.")
        changed = []
        for page in current:
            wanted = incident.pk if page.pk in chosen else None
            if page.incident_id != wanted:
                purge_on_commit(page, reason=f"live page {page.pk}: incident")
                page.incident_id = wanted
                page.save(update_fields=["incident", "updated_at"])
                changed.append(page)
    return changed


def page_to_article(*, page: LivePage, user) -> Article:
    """Turn an ended live page into a draft article (editors): its key events in time order as the
    text, citing the statements its published entries cite, in the entries' words; its tags and actors.
    The article then goes through the workflow like any other."""
    if not (is_editor(user=user, model=LivePage) and user.has_perm(permission(Article, "add"))):
        raise TransitionForbidden("Only an editor may turn a live page into an article.")
    with transaction.atomic():
        given, page = page, _lock(page)
        if page.coverage != LivePage.Coverage.ENDED:
            raise LiveError("End the live page first: an article is made of coverage that is over.")
        if page.article_id:
            raise LiveError("This live page was made into an article already.")
        published = list(page.entries.filter(status=Status.PUBLISHED).order_by("first_published_at", "pk"))
        events = [e for e in published if e.key_event] or published
        body = "\n\n".join(
            f"## {timezone.localtime(e.first_published_at):%H:%M} {e.key_event_title or ''}".rstrip() + f"\n\n{e.body}"
            for e in events
        )
        slug, n = slugify(page.slug)[:280] or "live", 1
        while Article.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{slugify(page.slug)[:280]}-{n}"
        article = Article(
            headline=page.headline,
            slug=slug,
            dek=page.summary,
            byline=_author(user),
            body=body or page.summary or page.headline,
            created_by=user,
        )
        article.full_clean()
        article._history_user, article._change_reason = user, f"Made from the live page “{page}”"
        article.save()
        cited = (
            LiveCitation.objects.filter(entry__in=published)
            .select_related("statement")
            .order_by("entry__first_published_at", "order")
        )
        seen = {}
        for citation in cited:
            seen.setdefault(citation.statement_id, citation)
        for order, citation in enumerate(seen.values(), start=1):
            Citation.objects.create(
                article=article, statement=citation.statement, wording=citation.wording, order=order
            )
        actors = {c.statement.actor_id for c in seen.values()} | set(page.actors.values_list("pk", flat=True))
        ArticleActor.objects.bulk_create([ArticleActor(article=article, actor_id=pk) for pk in actors])
        article.tags.add(*page.tags.all())
        LivePage.objects.filter(pk=page.pk).update(article=article)
    given.article = article
    return article


def may_post(user) -> bool:
    """Whether `user` may post entries (reporters and editors)."""
    return user.has_perm(permission(LiveEntry, "add"))
