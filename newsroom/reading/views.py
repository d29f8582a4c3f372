"""The public reading site's pages. Every list and detail starts from the reading rule (`live()`)."""

import functools
import threading
from collections import Counter

from django.db import router
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.views.generic import DetailView, ListView, TemplateView

from newsroom.content.compiled import Columns, Compiled
from newsroom.content.models import Actor, Article, Source, Statement, StatementSpeaker
from newsroom.content.photos import lead_photo
from newsroom.content.querysets import actor_page, source_page, speaking_way, standing_for
from newsroom.content.states import State
from newsroom.content.tag_counts import live_tag_counts, tags_by_slug, tags_with_counts
from newsroom.edge import declare
from newsroom.edge import keys as edge_keys
from newsroom.editorial.previews import link_for_token
from newsroom.live.models import LivePage
from newsroom.live.querysets import live_pages_matching
from newsroom.reading import cards, fragments, page_cache, story, stream
from newsroom.reading.claims.context import actor_claims, article_claims, statement_claims
from newsroom.reading.discovery import canonical_tags
from newsroom.reading.pagination import PAGE_SIZE, CompiledList, Order, queryset_page
from newsroom.reading.provenance import provenance
from newsroom.reading.search.forms import SearchForm
from newsroom.reading.stream import Side, chosen_kind, of_kind, stream_context

HOME_ARTICLES = 6
HOME_STATEMENTS = 6
HOME_TAGS = 12
# Live pages a tag, an actor or a search shows above its list.
LIVE_PAGES_SHOWN = 5
RELATED_ARTICLES = 4


class NewestFirstListView(ListView):
    """A list of cards paged by position, never counting or skipping the archive (newsroom.reading.pagination)."""

    list_key = None  # the surrogate key of the whole list; by default the kind's (edge.keys.LISTS)
    card_list = True  # articles or statements, shown as the cached cards of newsroom.reading.cards

    def paginate_queryset(self, queryset, page_size):
        # Cards read as rows (cards.read): no instance is built for a card the cache holds.
        page = queryset_page(queryset, self.request.GET, page_size, read=cards.read if self.card_list else list)
        object_list = list(page.object_list)
        if self.card_list:
            cards.fill(object_list)
        declare(self.request, self.list_key or edge_keys.LISTS[queryset.model._meta.model_name], object_list)
        return None, page, object_list, page.has_other_pages()


def is_public(item, user):
    """Whether readers see this item now (from the page query's `state`). Only staff and preview
    links reach items they do not."""
    return not user.is_staff or item.state == State.LIVE


def home_articles():
    """The front page's reports, their cards (read as rows: newsroom.reading.cards.read) as home.html
    shows them: the newest leads."""
    articles = cards.read(Article.objects.live(), limit=HOME_ARTICLES)
    cards.fill(articles[:1], level=3, lead=True)
    cards.fill(articles[1:], level=3)
    return articles


class HomeView(TemplateView):
    extra_context = {"section": "home"}
    template_name = "newsroom/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            articles=home_articles(),
            statements=cards.fill(
                cards.read(Statement.objects.live().newest_made(), limit=HOME_STATEMENTS), level=3, compact=True
            ),
            tags=tags_with_counts(limit=HOME_TAGS),
            live_pages=list(LivePage.objects.running().newest_first()[:LIVE_PAGES_SHOWN]),
            **kwargs,
        )
        keys = edge_keys.ARTICLES, edge_keys.STATEMENTS, edge_keys.TAGS, edge_keys.LIVEPAGES
        declare(self.request, *keys, [context["articles"], context["statements"]])
        return context


class ArticleListView(NewestFirstListView):
    extra_context = {"section": "articles"}
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        return Article.objects.live().newest_first().cards()


class NotPublicUncachedMixin:
    """A page that only staff may see now is never kept by a browser, proxy or CDN cache."""

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if not context["is_public"]:
            patch_cache_control(response, private=True, no_store=True)
        return response


class ArticleDetailView(NotPublicUncachedMixin, DetailView):
    extra_context = {"section": "articles"}

    def visible(self):
        return Article.objects.visible_to(self.request.user)

    def get_queryset(self):
        return self.visible().for_page()

    def get_context_data(self, **kwargs):
        article = self.object
        related = Article.objects.related_to(article, limit=RELATED_ARTICLES)
        declare(self.request, *edge_keys.page_of(article), *edge_keys.scopes_of(article), related)
        return super().get_context_data(
            # What shared links show; the story itself is a fragment kept per version (reading.fragments).
            summary=story.summary(article),
            shared_photo=lead_photo(article),
            related=related,
            is_public=is_public(article, self.request.user),
            **article_claims(article),
            **kwargs,
        )


class StatementListView(NewestFirstListView):
    extra_context = {"section": "statements"}
    paginate_by = PAGE_SIZE
    template_name = "newsroom/statement_list.html"

    def get_queryset(self):
        return Statement.objects.live().newest_made().cards()


class StatementDetailView(NotPublicUncachedMixin, DetailView):
    extra_context = {"section": "statements"}

    def get_context_data(self, **kwargs):
        declare(self.request, *edge_keys.page_of(self.object))
        return super().get_context_data(
            is_public=is_public(self.object, self.request.user),
            provenance=provenance(self.object, self.object.live_citations),
            **statement_claims(self.object),
            **kwargs,
        )

    def visible(self):
        return Statement.objects.visible_to(self.request.user)

    def get_queryset(self):
        return self.visible().for_page()


class PreviewMixin:
    """The page exactly as readers will see it, for whoever holds a live preview link; read-only."""

    http_method_names = ["get", "head"]

    def dispatch(self, request, *args, link, **kwargs):
        self.link = link
        response = super().dispatch(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def visible(self):
        return type(self.link.item).objects.filter(pk=self.link.item.pk)

    def get_object(self, queryset=None):
        return self.get_queryset().get()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(preview_link=self.link, is_public=self.object.state == State.LIVE)
        return context


class ArticlePreviewView(PreviewMixin, ArticleDetailView):
    pass


class StatementPreviewView(PreviewMixin, StatementDetailView):
    pass


def preview(request, token):
    link = link_for_token(token)
    if link is None:
        raise Http404("This preview link is not valid, has expired or was revoked.")
    view = ArticlePreviewView if link.article_id else StatementPreviewView
    return view.as_view()(request, link=link)


class ActorListView(ListView):
    extra_context = {"section": "actors"}
    paginate_by = 50
    template_name = "newsroom/actor_list.html"

    def get_queryset(self):
        return Actor.objects.public().select_related("affiliation").order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Statement counts for this page's actors only: one GROUP BY over their statements.
        actors = context["object_list"]
        counts = Counter(
            dict(
                Statement.objects.live()
                .filter(actor__in=actors)
                .values_list("actor")
                .annotate(n=Count("pk"))
                .order_by()
            )
        )
        # and the joint statements they made with others
        counts.update(
            dict(
                StatementSpeaker.objects.filter(actor__in=actors, statement__in=Statement.objects.live())
                .values_list("actor")
                .annotate(n=Count("pk"))
                .order_by()
            )
        )
        for actor in actors:
            actor.statement_count = counts.get(actor.pk, 0)
        declare(self.request, edge_keys.ACTORS, actors)
        return context


# An actor page's reports and live pages, each by a query compiled once per process (newsroom.content.compiled):
# building and compiling them through the ORM cost more than running them. How often an actor is mentioned
# decides how their reports are best found, so that query is planned with its values (not prepared).
_MENTIONING = cards.Query(
    Article, lambda at, actor: Article.objects.live(at).filter(actors=actor), limit=PAGE_SIZE, prepare=False
)
_LIVE_PAGE = Columns(LivePage)
_LIVE_PAGES = Compiled(
    lambda at, actor: (
        LivePage.objects.live(at).filter(actors=actor).newest_first().values_list(*_LIVE_PAGE.paths)[:LIVE_PAGES_SHOWN]
    )
)


# The timeline's order, newest said first (StatementQuerySet.newest_made), read once.
_TIMELINE_ORDER = Order.of(Statement.objects.newest_made())


def actor_timeline(actor):
    """An actor's statements newest first by the day they were said (Statement.objects.live().spoken_by(actor)
    .newest_made()), as cards read as rows (cards.read), by a query compiled once per way their statements are
    found (querysets.speaking_way) and shape of page."""
    return CompiledList(
        _TIMELINE_ORDER, _timeline_build(speaking_way(actor)), cards.COLUMNS["statement"], _statement_cards,
        actor=actor.pk,
    )  # fmt: skip


@functools.cache
def _timeline_build(way):
    def build(at, actor):
        return Statement.objects.live(at).spoken_by(standing_for(actor, way)).newest_made()

    return build


def _statement_cards(rows):
    return cards.from_rows(Statement, rows)


def actor_live_pages(actor):
    """The newest live pages about an actor (an id), as LivePage.objects.live().filter(actors=actor)
    .newest_first() gives them."""
    db = router.db_for_read(LivePage)
    return [_LIVE_PAGE.build(db, row) for row in _LIVE_PAGES.rows(at=timezone.now(), actor=actor)]


class ActorDetailView(DetailView):
    extra_context = {"section": "actors"}

    def get_object(self, queryset=None):
        # With their frequency, which decides how their statements are found (spoken_by); three queries
        # compiled once per process (querysets.actor_page).
        actor = actor_page(self.kwargs["slug"])
        if actor is None:
            raise Http404("No actor found matching the query")
        return actor

    def get_context_data(self, **kwargs):
        actor = self.object
        kind = chosen_kind(self.request)
        # The cards read as rows (cards.read): no instance is built for a card the cache holds. Only the
        # cards the page shows: "reports only" reads no statements, "statements only" no reports.
        timeline = queryset_page(actor_timeline(actor), self.request.GET)
        articles = []
        if kind != "reports":
            cards.fill(timeline.object_list, show_speaker=False, level=3)
        if kind != "statements":
            articles = cards.fill(_MENTIONING.read(at=timezone.now(), actor=actor.pk), level=3, photo=False)
        live_pages = actor_live_pages(actor.pk)
        declare(self.request, *edge_keys.page_of(actor), timeline, articles)
        return super().get_context_data(
            timeline=timeline, articles=articles, kind=kind, live_pages=live_pages, **actor_claims(actor), **kwargs
        )


class SourceListView(ListView):
    extra_context = {"section": "sources"}
    paginate_by = 50
    template_name = "newsroom/source_list.html"

    def get_queryset(self):
        return Source.objects.public()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        declare(self.request, edge_keys.SOURCES, context["object_list"])
        return context


class SourceDetailView(DetailView):
    extra_context = {"section": "sources"}

    def get_object(self, queryset=None):
        source = source_page(self.kwargs["slug"])
        if source is None:
            raise Http404("No source found matching the query")
        return source

    def get_context_data(self, **kwargs):
        source = self.object
        # Read by queries compiled once (stream.Side), as Article.objects.live().drawing_on(source) and
        # Statement.objects.live().filter(source=source) would read them.
        articles = Side(Article, stream.drawing_on, source=source.pk)
        statements = Side(Statement, stream.from_source, source=source.pk)
        kind = chosen_kind(self.request)
        articles, statements = of_kind(kind, articles, statements)
        page = stream_context(self.request, articles, statements, level=3)
        declare(self.request, *edge_keys.page_of(source), page["items"])
        return super().get_context_data(**page, kind=kind, **kwargs)


class TagListView(TemplateView):
    extra_context = {"section": "tags"}
    template_name = "newsroom/tag_list.html"

    def get_context_data(self, **kwargs):
        declare(self.request, edge_keys.TAGS)  # names and counts: tag-N keys for 2,000 tags would not fit
        return super().get_context_data(tag_index=tag_index(), **kwargs)


# The tag index's list as last rendered by this process, beside the counts it was rendered from.
_tag_index = threading.local()


def tag_index():
    """Every live tag by name with its count, as the tag index lists them: rendered once per count
    of the tags (newsroom.content.tag_counts), not 2,000 list items on every request."""
    counts = live_tag_counts()
    held = getattr(_tag_index, "held", None)
    if held is None or held[0] is not counts:
        tags = sorted(counts, key=lambda tag: tag.name.lower())
        _tag_index.held = held = (counts, render_to_string("newsroom/includes/tag_index.html", {"tags": tags}))
    return mark_safe(held[1])


class TagDetailView(TemplateView):
    """One tag, or several joined by slashes (/tags/nato/eu/): items carrying all of them."""

    template_name = "newsroom/tag_detail.html"
    extra_context = {"section": "tags"}

    def get(self, request, *args, **kwargs):
        # /tags/nato/eu/ and /tags/eu/nato/ are one page, at its slugs in one order.
        slugs = canonical_tags(kwargs["slugs"].split("/"))
        if kwargs["slugs"] != "/".join(slugs):
            url = reverse("newsroom:tag_detail", kwargs={"slugs": "/".join(slugs)})
            return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        slugs = list(dict.fromkeys(kwargs.pop("slugs").split("/")))
        # Live tags are those the cached counts hold: no query to find them.
        live = tags_by_slug()
        if not all(slug in live for slug in slugs):
            raise Http404("No such tag.")
        tags = [live[slug] for slug in slugs]
        # Read by queries compiled once (stream.Side), as the live items with each tag (`tagged`).
        pks = [tag.pk for tag in tags]
        articles, statements = Side(Article, stream.tagged, tags=pks), Side(Statement, stream.tagged, tags=pks)
        kind = chosen_kind(self.request)
        page = stream_context(self.request, *of_kind(kind, articles, statements))
        live_pages = LivePage.objects.live()
        for tag in tags:
            live_pages = live_pages.tagged(tag.pk)
        first = not page["page_obj"].has_previous()
        live_pages = list(live_pages.newest_first()[:LIVE_PAGES_SHOWN]) if first else []
        declare(self.request, *(key for tag in tags for key in edge_keys.page_of(tag)), page["items"])
        return super().get_context_data(
            tags=tags, path="/".join(slugs), narrower=narrower_tags(page["items"], tags), kind=kind,
            live_pages=live_pages, **page, **kwargs,
        )  # fmt: skip


def narrower_tags(items, tags, limit=20):
    """Tags that narrow a tag page further: those the items shown on it also carry, most shared
    first. Read from the cards' tags (newsroom.reading.cards.Card), so the box costs no query at any
    archive size."""
    shown = {tag.pk for tag in tags}
    shared = Counter(tag for _, item in items for tag in item.tags if tag.pk not in shown)
    return [tag for tag, _ in sorted(shared.items(), key=lambda pair: (-pair[1], pair[0].name))][:limit]


class SearchView(TemplateView):
    """Published articles and statements matching the reader's words, newest first."""

    template_name = "newsroom/search.html"
    extra_context = {"section": "search"}

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET)
        results = form.results()
        if form.is_valid():  # a value it refuses is shown with its error, never stored
            page_cache.accept(*form.fields)
        live_pages = []
        if results is not None and (form.cleaned_data["page"] or 1) == 1:
            live_pages = live_pages_matching(form.cleaned_data["q"], LIVE_PAGES_SHOWN)
        declare(self.request, edge_keys.SEARCH, getattr(results, "items", ()))
        fragments.search_results(getattr(results, "items", ()))
        return super().get_context_data(
            form=form, results=results, q=form.data.get("q", ""), live_pages=live_pages, **kwargs
        )
