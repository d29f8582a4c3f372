"""The public reading site. Every list and detail starts from the published QuerySets."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views import defaults
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag, TaggedItem

from newsroom import story
from newsroom.discovery import canonical_tags
from newsroom.lists import chosen_kind, of_kind
from newsroom.models import Actor, Article, ArticleActor, Source, Statement
from newsroom.previews import link_for_token
from newsroom.provenance import provenance
from newsroom.querysets import (
    article_cards,
    fill_stream,
    mixed_stream,
    published_citations,
    published_quotations,
    published_tags,
    statement_cards,
)
from newsroom.search import search

PAGE_SIZE = 20
HOME_ARTICLES = 6
HOME_STATEMENTS = 6
HOME_TAGS = 12
RELATED_ARTICLES = 4


class HomeView(TemplateView):
    extra_context = {"section": "home"}
    template_name = "newsroom/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            articles=article_cards(Article.objects.published())[:HOME_ARTICLES],
            statements=statement_cards(Statement.objects.published().order_by("-made_on", "-first_published_at"))[
                :HOME_STATEMENTS
            ],
            tags=published_tags().order_by("-count", "name")[:HOME_TAGS],
            **kwargs,
        )


class ArticleListView(ListView):
    extra_context = {"section": "articles"}
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        return article_cards(Article.objects.published())


class ArticleDetailView(DetailView):
    extra_context = {"section": "articles"}

    def visible(self):
        return Article.objects.visible_to(self.request.user)

    def get_queryset(self):
        return (
            self.visible()
            .select_related("publisher", "card_photo")
            .prefetch_related(
                "tags",
                "captions__photo",
                "corrections",
                Prefetch("citations", queryset=published_citations(), to_attr="published_citations"),
                Prefetch("sources", queryset=Source.objects.order_by("name")),
                Prefetch("actors", queryset=Actor.objects.select_related("affiliation").order_by("name")),
            )
        )

    def get_context_data(self, **kwargs):
        article = self.object
        tag_ids = [t.pk for t in article.tags.all()]
        actor_ids = [a.pk for a in article.actors.all()]
        tagged_alike = TaggedItem.objects.filter(
            content_type__app_label="newsroom", content_type__model="article", tag__in=tag_ids
        ).values("object_id")
        mentioning_alike = ArticleActor.objects.filter(actor__in=actor_ids).values("article")
        related = (
            Article.objects.published()
            .exclude(pk=article.pk)
            .filter(Q(pk__in=tagged_alike) | Q(pk__in=mentioning_alike))
            .select_related("publisher")[:RELATED_ARTICLES]
        )
        return super().get_context_data(
            story=story.layout(article, article.published_citations),
            related=related,
            is_public=is_public(article, self.request.user),
            **kwargs,
        )


def is_public(item, user):
    """Whether readers see this item now. Only staff (and preview links) reach items they do not."""
    return not user.is_staff or is_live(item)


def is_live(item):
    return type(item).objects.published().filter(pk=item.pk).exists()


class StatementListView(ListView):
    extra_context = {"section": "statements"}
    paginate_by = PAGE_SIZE
    template_name = "newsroom/statement_list.html"

    def get_queryset(self):
        return statement_cards(Statement.objects.published().order_by("-made_on", "-first_published_at", "-pk"))


class StatementDetailView(DetailView):
    extra_context = {"section": "statements"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            is_public=is_public(self.object, self.request.user),
            provenance=provenance(self.object, self.object.published_citations),
            **kwargs,
        )

    def visible(self):
        return Statement.objects.visible_to(self.request.user)

    def get_queryset(self):
        return (
            self.visible()
            .select_related("actor__affiliation", "source")
            .prefetch_related(
                "tags",
                "corrections",
                Prefetch(
                    "citations",
                    queryset=published_quotations().select_related("article__publisher"),
                    to_attr="published_citations",
                ),
            )
        )


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
        context.update(preview_link=self.link, is_public=is_live(self.object))
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
        return (
            Actor.objects.public()
            .select_related("affiliation")
            .annotate(statement_count=Count("statements", filter=Q(statements__in=Statement.objects.published())))
            .order_by("name")
        )


class ActorDetailView(DetailView):
    extra_context = {"section": "actors"}

    def get_queryset(self):
        return Actor.objects.public().select_related("affiliation").prefetch_related(
            "aliases", Prefetch("members", queryset=Actor.objects.public().order_by("name"))
        )

    def get_context_data(self, **kwargs):
        actor = self.object
        timeline = Paginator(
            statement_cards(Statement.objects.published().filter(actor=actor).order_by("-made_on", "-pk")), PAGE_SIZE
        ).get_page(self.request.GET.get("page"))
        articles = article_cards(Article.objects.published().filter(actors=actor))[:PAGE_SIZE]
        return super().get_context_data(timeline=timeline, articles=articles, kind=chosen_kind(self.request), **kwargs)


class SourceListView(ListView):
    extra_context = {"section": "sources"}
    paginate_by = 50
    template_name = "newsroom/source_list.html"

    def get_queryset(self):
        return Source.objects.public()


class SourceDetailView(DetailView):
    extra_context = {"section": "sources"}

    def get_queryset(self):
        return Source.objects.public()

    def get_context_data(self, **kwargs):
        source = self.object
        articles = Article.objects.published().drawing_on(source.slug)
        statements = Statement.objects.published().filter(source=source)
        kind = chosen_kind(self.request)
        articles, statements = of_kind(kind, articles, statements)
        page = Paginator(mixed_stream(articles, statements), PAGE_SIZE).get_page(self.request.GET.get("page"))
        return super().get_context_data(page_obj=page, items=fill_stream(page.object_list), kind=kind, **kwargs)


class TagListView(ListView):
    extra_context = {"section": "tags"}
    template_name = "newsroom/tag_list.html"
    context_object_name = "tags"

    def get_queryset(self):
        return published_tags().order_by("name")


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
        tags = list(Tag.objects.filter(slug__in=slugs))
        if len(tags) != len(slugs):
            raise Http404("No such tag.")
        tags.sort(key=lambda t: slugs.index(t.slug))
        articles, statements = Article.objects.published(), Statement.objects.published()
        for tag in tags:
            articles = articles.filter(tags=tag)
            statements = statements.filter(tags=tag)
        kind = chosen_kind(self.request)
        page = Paginator(mixed_stream(*of_kind(kind, articles, statements)), PAGE_SIZE).get_page(
            self.request.GET.get("page")
        )
        # Tags that narrow this list further: those the items on it also carry.
        on_this_list = TaggedItem.objects.filter(
            Q(content_type__model="article", object_id__in=articles.values("pk"))
            | Q(content_type__model="statement", object_id__in=statements.values("pk")),
            content_type__app_label="newsroom",
        )
        narrower = (
            published_tags()
            .filter(pk__in=on_this_list.values("tag"))
            .exclude(pk__in=[t.pk for t in tags])
            .order_by("-count", "name")[:20]
        )
        return super().get_context_data(
            tags=tags,
            path="/".join(slugs),
            page_obj=page,
            items=fill_stream(page.object_list),
            narrower=narrower,
            kind=kind,
            **kwargs,
        )



def page_not_found(request, exception):
    """The site's 404 page; API clients get JSON, as from the API's own 404s."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)


class SearchView(TemplateView):
    """Published articles and statements matching the reader's words, newest first."""

    template_name = "newsroom/search.html"
    extra_context = {"section": "search"}

    def get_context_data(self, **kwargs):
        words = self.request.GET.get("q", "").replace("\x00", "").strip()[:200]
        context = super().get_context_data(q=words, **kwargs)
        if words:
            articles = search(Article.objects.published(), words)
            statements = search(Statement.objects.published(), words)
            page = Paginator(mixed_stream(articles, statements), PAGE_SIZE).get_page(self.request.GET.get("page"))
            context.update(page_obj=page, items=fill_stream(page.object_list))
        return context
