"""What readers see of live coverage, from the one reading rule (`live_q`): a live page when it is
live, an entry when it and its page both are, the incident a page covers when that incident is."""

from django.apps import apps
from django.db import router
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from newsroom.content.compiled import Columns, Compiled, Contained
from newsroom.content.querysets import (
    PublishableQuerySet,
    belonging,
    by_owner,
    fill_speakers,
    fill_tags,
    hold_prefetched,
    live_q,
)


def _model(name):
    return apps.get_model("newsroom", name)


class LivePageQuerySet(PublishableQuerySet):
    def running(self):
        """Live pages whose coverage goes on (the "Live" badge): live, and not ended."""
        return self.live().exclude(coverage="ended")

    def cards(self):
        return self.with_tags()

    def matching(self, terms):
        """Live pages whose headline, summary or a live entry holds every word, prefix and phrase of
        `terms` (newsroom.reading.search.terms.Terms), case aside. Live pages are few: each is
        looked at, not ranked by an index."""
        return _matching(self, _parts(terms))

    def for_page(self):
        """The page's own row with its state, tags, actors and the incident it covers (as readers
        see it), in a fixed number of queries."""
        return self.with_state().filled(fill_tags, fill_actors, fill_incident)


def _parts(terms):
    return (*terms.words, *terms.prefixes, *(" ".join(p) for p in terms.phrases))


def _matching(pages, parts, at=None):
    # The link to the page repeated as `>=`: PostgreSQL then looks through each page's entries
    # until one holds the word, instead of hashing every entry of every page that holds it.
    entries = _model("LiveEntry").objects.live(at).filter(page=OuterRef("pk"), page__gte=OuterRef("pk"))
    for part in parts:
        found = Q(headline__icontains=part) | Q(summary__icontains=part)
        found |= Exists(entries.filter(Q(body__icontains=part) | Q(key_event_title__icontains=part)))
        pages = pages.filter(found)
    return pages


_MATCHING = {}  # {how many live pages: Compiled}


def _matching_query(limit):
    if limit not in _MATCHING:
        columns = Columns(_model("LivePage"))

        def build(at, **parts):
            pages = _matching(_model("LivePage").objects.live(at), [parts[f"p{i}"] for i in range(len(parts))], at)
            return pages.newest_first().values_list(*columns.paths)[:limit]

        _MATCHING.setdefault(limit, (Compiled(build), columns))
    return _MATCHING[limit]


def live_pages_matching(terms, limit):
    """The newest `limit` live pages that `LivePageQuerySet.live().matching(terms)` finds, as instances: one query,
    compiled once per number of words and phrases (newsroom.content.compiled). Building its test of each word (an
    Exists of the entries) and compiling it were three quarters of the time of the search page's live pages."""
    compiled, columns = _matching_query(limit)
    arguments = {f"p{i}": Contained(part) for i, part in enumerate(_parts(terms))}
    rows = compiled.rows(at=timezone.now(), **arguments)
    db = router.db_for_read(columns.model)
    return [columns.build(db, row) for row in rows]


def fill_incident(pages):
    """As `live_incident`, the incident each page covers while readers see that incident (None
    otherwise): one query for every page."""
    ids = {page.incident_id for page in pages if page.incident_id}
    found = {incident.pk: incident for incident in _model("Incident").objects.live().filter(pk__in=ids)} if ids else {}
    for page in pages:
        page.live_incident = found.get(page.incident_id)


def fill_actors(pages):
    if not pages:
        return
    Through = _model("LivePage").actors.through
    rows = Through.objects.filter(livepage__in={p.pk for p in pages}).select_related("actor").order_by("actor__name")
    actors = by_owner(rows, lambda row: row.livepage_id, lambda row: row.actor)
    for page in pages:
        hold_prefetched(page, "actors", _model("Actor"), actors.get(page.pk, []))


def fill_entries(entries):
    """What an entry shows besides its row and photo, one query each: its corrections, and as
    `live_citations` the citations of statements readers may see."""
    if not entries:
        return
    ids = {entry.pk for entry in entries}
    Correction, LiveCitation = _model("Correction"), _model("LiveCitation")
    corrections = by_owner(Correction.objects.filter(liveentry__in=ids), lambda c: c.liveentry_id)
    citations = by_owner(
        LiveCitation.objects.filter(entry__in=ids)
        .filter(live_q(prefix="statement__"))
        .select_related("statement__actor__affiliation"),
        lambda c: c.entry_id,
    )
    for entry in entries:
        hold_prefetched(entry, "corrections", Correction, belonging(corrections.get(entry.pk, []), "liveentry", entry))
        entry.live_citations = belonging(citations.get(entry.pk, []), "entry", entry)
    # The speakers of joint statements, for every citation at once.
    fill_speakers([citation.statement for entry in entries for citation in entry.live_citations])


class LiveEntryQuerySet(PublishableQuerySet):
    def live(self, at=None):
        """Entries readers see: live themselves, on a live page."""
        return self.filter(live_q(at), live_q(at, prefix="page__"))

    def not_live(self, at=None):
        return self.exclude(pk__in=self.live(at).values("pk"))

    def for_page(self):
        """As a reader's page shows them: photo, corrections and live citations in a fixed number of queries."""
        return self.select_related("photo").filled(fill_entries)

    def key_events(self):
        return self.filter(key_event=True)
