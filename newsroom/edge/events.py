"""Which keys a change purges: what readers could see of a thing before and after it, compared.

Where live content changes, one line calls `purge_on_commit(thing)` inside the transaction, before
the change. That reads what readers see of the thing now (a `Seen`); after the commit it reads it
again and purges the difference:

- readers saw it neither before nor after (a draft, an actor only drafts name): nothing;
- it entered or left what readers see, or changed what lists choose or sort it by (tags, actors,
  sources, citations, a headline, the date words were said): its own keys and every list it was
  or is in;
- anything else (words, captions, a correction, a photo's alt text): its own keys only.

Go-live and expiry happen by the clock, not by a write: the scheduler's record of them calls
`purge_schedule_on_commit(item)`, which purges the item and every list it is in.

With no purge backend configured (settings.NEWSROOM_PURGE) none of this reads anything.
"""

from dataclasses import dataclass, field
from functools import partial

from django.apps import apps
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from newsroom.content.states import Status
from newsroom.edge import keys as k
from newsroom.edge import purge


def _model(name):
    return apps.get_model("newsroom", name)


@dataclass(frozen=True)
class Seen:
    """What readers see of one thing at a moment."""

    public: bool
    own: frozenset  # keys of the thing itself
    # Published with a go-live or an expiry to come: pages listing it must not be kept past that
    # moment, so setting one purges them (their new copies are kept only until then: headers.py).
    scheduled: bool = False
    lists: frozenset = frozenset()  # keys of every list it is in
    sorted_by: tuple = ()  # what lists choose or sort it by, beyond `lists`
    paths: frozenset = field(default=frozenset())  # its own addresses (for caches that purge by path)


NOT_SEEN = Seen(public=False, own=frozenset())


SCHEDULE = ("status", "go_live_at", "expires_at")


def _schedule(row):
    return tuple(row[name] for name in SCHEDULE)


def _scheduled(row):
    """Published with a go-live or an expiry still to come."""
    now = timezone.now()
    return row["status"] == Status.PUBLISHED and any(
        row[name] and row[name] > now for name in ("go_live_at", "expires_at")
    )


def _tags(model, pk):
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    rows = TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id=pk)
    return sorted(rows.values_list("tag_id", flat=True))


def _actor_scopes(rows):
    """items keys of actors and of the organisations they belong to ((actor, affiliation) rows)."""
    return {k.items_key("actor", pk) for row in rows for pk in row if pk}


def _seen_article(pk):
    Article = _model("Article")
    row = Article.objects.filter(pk=pk).values("slug", "headline", "publisher_id", *SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = Article.objects.live().filter(pk=pk).exists()
    tags = _tags(Article, pk)
    mentioned = list(_model("ArticleActor").objects.filter(article=pk).values_list("actor", "actor__affiliation"))
    cited = list(
        _model("Citation")
        .objects.filter(article=pk)
        .values_list("statement", "statement__actor", "statement__actor__affiliation")
    )
    sources = set(_model("ArticleSource").objects.filter(article=pk).values_list("source", flat=True))
    sources |= {row["publisher_id"]} - {None}
    actors = _actor_scopes(mentioned) | _actor_scopes([c[1:] for c in cited])
    lists = {k.ARTICLES, k.SEARCH, *(k.items_key("tag", t) for t in tags), *actors}
    lists |= {k.items_key("source", s) for s in sources} | {k.items_key("statement", c[0]) for c in cited}
    lists |= {k.TAGS} if tags else set()
    lists |= {k.ACTORS} if actors else set()
    lists |= {k.SOURCES} if sources else set()
    paths = {reverse("newsroom:article_detail", kwargs={"slug": row["slug"]})}
    paths.add(reverse("api:article-detail", kwargs={"slug": row["slug"]}))
    own = frozenset({k.key("article", pk), k.SEARCH})
    return Seen(public, own, _scheduled(row), frozenset(lists), (row["headline"], *_schedule(row)), paths)


def _seen_statement(pk):
    Statement = _model("Statement")
    row = Statement.objects.filter(pk=pk).values("actor", "actor__affiliation", "source", "made_on", *SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = Statement.objects.live().filter(pk=pk).exists()
    tags = _tags(Statement, pk)
    citing = _model("Citation").objects.filter(statement=pk).values_list("article", flat=True)
    lists = {k.STATEMENTS, k.SEARCH, k.ACTORS, *(k.items_key("tag", t) for t in tags)}
    lists |= _actor_scopes([(row["actor"], row["actor__affiliation"])])
    # the other speakers of a joint statement: their pages list it too
    lists |= _actor_scopes(
        _model("StatementSpeaker").objects.filter(statement=pk).values_list("actor", "actor__affiliation")
    )
    lists |= {k.items_key("article", a) for a in citing}
    lists |= {k.TAGS} if tags else set()
    lists |= {k.SOURCES, k.items_key("source", row["source"])} if row["source"] else set()
    paths = {
        reverse("newsroom:statement_detail", kwargs={"pk": pk}),
        reverse("api:statement-detail", kwargs={"pk": pk}),
    }
    own = frozenset({k.key("statement", pk), k.SEARCH})
    return Seen(public, own, _scheduled(row), frozenset(lists), (row["made_on"], *_schedule(row)), paths)


def _seen_actor(pk):
    Actor = _model("Actor")
    row = Actor.objects.filter(pk=pk).values("slug", "name", "affiliation").first()
    if row is None:
        return NOT_SEEN
    lists = {k.ACTORS} | ({k.items_key("actor", row["affiliation"])} if row["affiliation"] else set())
    paths = {reverse("newsroom:actor_detail", kwargs={"slug": row["slug"]})}
    public = Actor.objects.public().filter(pk=pk).exists()
    return Seen(public, frozenset({k.key("actor", pk)}), False, frozenset(lists), (row["name"],), frozenset(paths))


def _seen_source(pk):
    Source = _model("Source")
    row = Source.objects.filter(pk=pk).values("slug", "name").first()
    if row is None:
        return NOT_SEEN
    paths = {reverse("newsroom:source_detail", kwargs={"slug": row["slug"]})}
    public = Source.objects.public().filter(pk=pk).exists()
    own = frozenset({k.key("source", pk)})
    return Seen(public, own, False, frozenset({k.SOURCES}), (row["name"],), frozenset(paths))


def _seen_photo(pk):
    """A photo is seen through the live reports that show it (as their card photo or in a caption)
    and the live pages whose live entries show it."""
    Article = _model("Article")
    shown = Article.objects.live().filter(pk__in=_model("Caption").objects.filter(photo=pk).values("article"))
    ids = set(shown.values_list("pk", flat=True)) | set(
        Article.objects.live().filter(card_photo=pk).values_list("pk", flat=True)
    )
    pages = set(_model("LiveEntry").objects.live().filter(photo=pk).values_list("page", flat=True))
    own = {k.key("article", a) for a in ids} | {k.key("livepage", p) for p in pages}
    return Seen(bool(own), frozenset(own))


def _statement_pages(statement_ids):
    """The keys of the pages a claim shows on: its statements' pages and their speakers' pages
    (an actor's page lists the claims others answered)."""
    rows = _model("Statement").objects.filter(pk__in=statement_ids).values_list("pk", "actor")
    others = _model("StatementSpeaker").objects.filter(statement__in=statement_ids).values_list("actor", flat=True)
    speakers = {actor for _, actor in rows} | set(others)
    return {k.key("statement", pk) for pk, _ in rows} | {k.key("actor", actor) for actor in speakers}


def _seen_statementlink(pk):
    """A link between two statements is seen on both statements' pages (their thread) and on their
    speakers' pages."""
    Link = _model("StatementLink")
    row = Link.objects.filter(pk=pk).values("from_statement", "to_statement", *SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = Link.objects.live().filter(pk=pk).exists()
    own = frozenset(
        {k.key("statementlink", pk), k.CLAIM_LISTS["statementlink"]}
        | _statement_pages([row["from_statement"], row["to_statement"]])
    )
    return Seen(public, own, _scheduled(row))


def _seen_factcheck(pk):
    """A fact-check is seen on its own page, the fact-check list and its statement's page."""
    FactCheck = _model("FactCheck")
    row = FactCheck.objects.filter(pk=pk).values("statement", *SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = FactCheck.objects.live().filter(pk=pk).exists()
    own = frozenset({k.key("factcheck", pk), k.CLAIM_LISTS["factcheck"]} | _statement_pages([row["statement"]]))
    return Seen(public, own, _scheduled(row))


def _seen_incident(pk):
    """An incident is seen on its own page, the incident list, and the pages of the reports,
    statements and live pages it gathers (each names the incidents it belongs to)."""
    Incident = _model("Incident")
    row = Incident.objects.filter(pk=pk).values(*SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = Incident.objects.live().filter(pk=pk).exists()
    articles = _model("IncidentArticle").objects.filter(incident=pk).values_list("article", flat=True)
    statements = _model("IncidentStatement").objects.filter(incident=pk).values_list("statement", flat=True)
    live_pages = _model("LivePage").objects.filter(incident=pk).values_list("pk", flat=True)
    own = {k.key("incident", pk), k.CLAIM_LISTS["incident"]} | {k.key("article", a) for a in articles}
    own |= {k.key("statement", s) for s in statements} | {k.key("livepage", p) for p in live_pages}
    return Seen(public, frozenset(own), _scheduled(row))


def _seen_livepage(pk):
    """A live page with its entries: any change of an entry is a change of the page (its own keys,
    which its reader page, its updates, its feeds and its API records carry). It is listed by its
    tags (their pages and counts), its actors, and the incident it covers."""
    LivePage = _model("LivePage")
    row = LivePage.objects.filter(pk=pk).values("slug", "headline", "coverage", "incident", *SCHEDULE).first()
    if row is None:
        return NOT_SEEN
    public = LivePage.objects.live().filter(pk=pk).exists()
    tags = _tags(LivePage, pk)
    actors = _actor_scopes(
        LivePage.actors.through.objects.filter(livepage=pk).values_list("actor", "actor__affiliation")
    )
    lists = {k.LIVEPAGES, k.SEARCH, *(k.items_key("tag", t) for t in tags), *actors}
    lists |= {k.TAGS} if tags else set()
    lists |= {k.key("incident", row["incident"])} if row["incident"] else set()
    paths = {
        reverse("newsroom:live_page", kwargs={"slug": row["slug"]}),
        reverse("newsroom:live_updates", kwargs={"slug": row["slug"]}),
        reverse("api:livepage-detail", kwargs={"slug": row["slug"]}),
    }
    own = frozenset({k.key("livepage", pk), k.SEARCH})
    sorted_by = (row["headline"], row["coverage"], *_schedule(row))
    return Seen(public, own, _scheduled(row), frozenset(lists), sorted_by, frozenset(paths))


def _seen_liveentry(pk):
    """An entry is seen on its page: while readers see it, a change of it is a change of the page."""
    LiveEntry = _model("LiveEntry")
    row = LiveEntry.objects.filter(pk=pk).values("page", "page__slug").first()
    if row is None:
        return NOT_SEEN
    public = LiveEntry.objects.live().filter(pk=pk).exists()
    paths = {
        reverse("newsroom:live_page", kwargs={"slug": row["page__slug"]}),
        reverse("newsroom:live_updates", kwargs={"slug": row["page__slug"]}),
    }
    return Seen(public, frozenset({k.key("livepage", row["page"]), k.SEARCH}), paths=frozenset(paths))


SEERS = {
    "livepage": _seen_livepage,
    "liveentry": _seen_liveentry,
    "article": _seen_article,
    "statement": _seen_statement,
    "actor": _seen_actor,
    "source": _seen_source,
    "photo": _seen_photo,
    "statementlink": _seen_statementlink,
    "factcheck": _seen_factcheck,
    "incident": _seen_incident,
}


def seen(kind, pk):
    """What readers see of `pk` of `kind`. A kind with no seer here is seen everywhere: a change
    to it purges everything (`all`), never too little."""
    seer = SEERS.get(kind)
    return seer(pk) if seer else Seen(public=True, own=frozenset({k.ALL}))


def difference(before, after):
    """The keys (and addresses) a change from `before` to `after` purges."""
    seen_then, seen_now = before.public or before.scheduled, after.public or after.scheduled
    if not (seen_then or seen_now):
        return set(), set()
    keys = set(before.own | after.own)
    paths = set(before.paths | after.paths)
    moved = before.public != after.public or before.lists != after.lists or before.sorted_by != after.sorted_by
    if moved:
        keys |= (before.lists if seen_then else set()) | (after.lists if seen_now else set())
    return keys, paths


def _purge_change(kind, pk, before, reason):
    keys, paths = difference(before, seen(kind, pk))
    if keys:
        purge.send(purge.PurgeBatch(keys=frozenset(keys), paths=frozenset(paths), reason=reason))


def purge_on_commit(thing, *, reason=""):
    """Purge, once the transaction commits, what changing `thing` (an article, statement, actor,
    source or photo) changes for readers. Call it inside the transaction, before the change."""
    if not purge.enabled():
        return
    kind = k.kind_of(thing)
    before = seen(kind, thing.pk)
    why = reason or f"{kind} {thing.pk} changed"
    transaction.on_commit(partial(_purge_change, kind, thing.pk, before, why), robust=True)


def _purge_schedule(kind, pk, reason):
    now = seen(kind, pk)
    keys = set(now.own | now.lists)
    purge.send(purge.PurgeBatch(keys=frozenset(keys), paths=frozenset(now.paths), reason=reason))


def purge_schedule_on_commit(item, *, step=""):
    """Purge an item that went live or expired by the clock, and every list it is in, once the
    scheduler's record of it commits."""
    if not purge.enabled():
        return
    kind = k.kind_of(item)
    transaction.on_commit(partial(_purge_schedule, kind, item.pk, f"{kind} {item.pk}: {step}"), robust=True)
