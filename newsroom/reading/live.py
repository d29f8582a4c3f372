"""Live coverage for readers: a live page (entries newest first, key events and the pinned entry at
the top), and its updates: the entries that changed past the number a reader's page has.

The page works as a plain page (older entries by `?before=`, a link to the newest); static/newsroom/live.js
asks `updates/?after=<number>` every few seconds and puts what it gets in place. The updates answer
carries an ETag of the page's number (a 304 when nothing is new), `Cache-Control` of a few seconds
(newsroom.edge.headers, by path) and the page's surrogate key, purged on every change: readers
polling at once share one answer from the page cache or the CDN.
"""

import dataclasses
import datetime
import math

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import get_template
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.generic import DetailView, ListView

from newsroom.content.photos import picture
from newsroom.content.states import State, Status
from newsroom.core.numbers import whole_number
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.live.models import LiveEntry, LivePage
from newsroom.reading import fragments, page_cache
from newsroom.reading.pagination import queryset_page
from newsroom.reading.quotations import link_quotations

ENTRIES_PER_PAGE = 30
KEY_EVENTS = 50
# Past this many changed entries an update answers part and names the number to ask from next.
UPDATES_AT_MOST = 50


def prepare(entry, prefix="entry"):
    """An entry as live_entry.html shows it: its blocks with quotations linked to the statements
    readers may see, anchors unique on the page (`prefix`: "pinned" for the pinned copy at the
    top), and its photo's picture."""
    blocks = link_quotations(entry.body_blocks, entry.live_citations)
    for block in blocks:
        for segment in [*block.segments, *(s for p in block.paragraphs for s in p)]:
            if segment.citation is not None:
                segment.anchor = f"{prefix}-{entry.pk}-{segment.anchor}"
    entry.blocks = blocks
    entry.picture = picture(entry.photo) if entry.photo_id else None
    return entry


def entries_html(entries, prefix="entry", page=None):
    """The HTML of each of `entries` (fetched by `for_page()`) as live_entry.html shows it, in order: each kept
    as a fragment per version of what it shows (newsroom.reading.fragments), prepared only when missing."""
    if page is not None:
        for entry in entries:
            entry._state.fields_cache["page"] = page  # its links name the page: no query for it

    def render(entry):
        return get_template(fragments.LIVE_ENTRY_TEMPLATE).render({"entry": prepare(entry, prefix), "prefix": prefix})

    return fragments.live_entries(entries, prefix, render)


def shown_entries(page, is_public):
    """The entries a page shows: readers' (the reading rule), or, for staff looking at a page that
    is not public yet, its published entries as readers will see them."""
    if is_public:
        return LiveEntry.objects.live().filter(page=page)
    return LiveEntry.objects.filter(page=page, status=Status.PUBLISHED)


@dataclasses.dataclass(frozen=True)
class KeyEvent:
    """A key event as the timeline shows it: its entry's id, time and title."""

    pk: int
    first_published_at: datetime.datetime
    key_event_title: str


def key_events(entries):
    """The key events, oldest first: the timeline at the top and the summary of an ended page. Read as rows:
    fifty entries built as deferred instances were a tenth of a 5,000-entry page's time."""
    rows = entries.key_events().order_by("first_published_at", "pk")
    return [KeyEvent(*row) for row in rows.values_list("pk", "first_published_at", "key_event_title")[:KEY_EVENTS]]


class LivePageListView(ListView):
    """Live pages, those still running first."""

    template_name = "newsroom/livepage_list.html"
    extra_context = {"section": "live"}
    paginate_by = None

    def get_queryset(self):
        return LivePage.objects.live().newest_first().cards()[:50]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = list(context["object_list"])
        context["running"] = [p for p in pages if p.is_running]
        context["ended"] = [p for p in pages if not p.is_running]
        declare(self.request, edge_keys.LIVEPAGES, pages)
        return context


class LivePageView(DetailView):
    template_name = "newsroom/livepage_detail.html"
    context_object_name = "page"
    extra_context = {"section": "live"}

    def get_queryset(self):
        return LivePage.objects.visible_to(self.request.user).for_page()

    def get_context_data(self, **kwargs):
        page = self.object
        is_public = not self.request.user.is_staff or page.state == State.LIVE
        entries = shown_entries(page, is_public)
        listed = queryset_page(entries.newest_first().for_page(), self.request.GET, size=ENTRIES_PER_PAGE)
        for entry, html in zip(listed, entries_html(listed, page=page), strict=True):
            entry.html = html
        pinned = next(iter(entries.filter(pinned=True).for_page()), None)
        if pinned is not None:
            (pinned.html,) = entries_html([pinned], "pinned", page)
        declare(self.request, *edge_keys.page_of(page))
        events = key_events(entries)
        return super().get_context_data(
            entries=listed,
            page_obj=listed,
            first_page=not listed.has_previous(),
            pinned=pinned,
            key_events=events,
            key_events_html=fragments.live_key_events(page, events),
            # The incident it covers, while readers see that incident (LivePageQuerySet.for_page).
            incidents=[page.live_incident] if page.live_incident else [],
            is_public=is_public,
            poll_seconds=settings.NEWSROOM_LIVE_POLL_SECONDS,
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if not context["is_public"]:
            response["Cache-Control"] = "private, no-store"
        return response


def _bad(field, message):
    return JsonResponse({field: [message]}, status=400)


def live_updates(request, slug):
    """What changed on a live page past `after` (a number the page or an earlier answer gave):
    entries to put in place (new, corrected, pinned), the ids of entries to take away, and the
    timeline and pinned entry again when anything changed; `cursor` is the number to ask from next."""
    page = get_object_or_404(
        LivePage.objects.live().only("pk", "slug", "sequence", "changed_at", "coverage", "headline"), slug=slug
    )
    raw = request.GET.get("after", "0")
    after = whole_number(raw, minimum=0)
    if after is None:
        return _bad("after", f"“{raw[:40]}” is not a whole number from 0.")
    if raw == str(after) and after <= page.sequence:  # "007" or a number from the future: answered, never stored
        page_cache.accept("after")
    after = min(after, page.sequence)  # a number from the future (a replica behind): from the newest
    etag = f'W/"live-{page.pk}-{page.sequence}-{after}"'
    stamp = math.ceil(page.changed_at.timestamp()) if page.changed_at else None
    declare(request, *edge_keys.page_of(page))
    not_modified = get_conditional_response(request, etag=etag, last_modified=stamp)
    if not_modified is not None:
        return not_modified
    rows = list(
        LiveEntry.objects.filter(page=page, sequence__gt=after)
        .with_state()
        .order_by("sequence", "pk")
        .for_page()[: UPDATES_AT_MOST + 1]
    )
    more = len(rows) > UPDATES_AT_MOST
    rows = rows[:UPDATES_AT_MOST]
    cursor = rows[-1].sequence if more else page.sequence
    shown = [e for e in rows if e.state == State.LIVE]
    html = entries_html(shown, page=page)
    data = {
        "cursor": cursor,
        "more": more,
        "coverage": page.coverage,
        "entries": [
            {"id": e.pk, "published": e.first_published_at.isoformat(), "html": entry_html}
            for e, entry_html in zip(shown, html, strict=True)
        ],
        # Entries readers were shown that they no longer may see (deleted, unpublished): ids only.
        "removed": [e.pk for e in rows if e.state != State.LIVE],
    }
    if rows or after < page.sequence:
        entries = LiveEntry.objects.live().filter(page=page)
        pinned = next(iter(entries.filter(pinned=True).for_page()), None)
        data["pinned_html"] = entries_html([pinned], "pinned", page)[0] if pinned else ""
        data["key_events_html"] = fragments.live_key_events(page, key_events(entries))
    response = JsonResponse(data)
    response["ETag"] = etag
    if stamp:
        response["Last-Modified"] = http_date(stamp)
    return response
