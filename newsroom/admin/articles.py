from django.contrib import admin

from newsroom.admin.filters import ActorFilter, SourceFilter, TagFilter, filter_on
from newsroom.admin.incidents import ArticleIncidentInline
from newsroom.admin.inlines import ContentInline, CorrectionInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, PublishableAdmin
from newsroom.content.models import Article, ArticleActor, ArticleSource, Caption, Citation
from newsroom.reading.views import ArticleDetailView


class CitationInline(ContentInline):
    # Stacked: the wording needs the width of the page, and each field its own label; each row
    # headed by the statement it cites.
    template = "admin/newsroom/edit_inline/citations.html"
    model = Citation
    fields = ("order", "statement", "wording")
    autocomplete_fields = ("statement",)
    verbose_name = "cited statement"
    verbose_name_plural = "Cited statements (with this article's wording)"


class CaptionInline(ContentInline):
    model = Caption
    fields = ("position", "photo", "text", "credit")
    autocomplete_fields = ("photo",)
    verbose_name_plural = "Photos and captions"


class ArticleSourceInline(ContentInline):
    model = ArticleSource
    autocomplete_fields = ("source",)
    verbose_name = "source drawn on"
    verbose_name_plural = "Sources drawn on"


class ArticleActorInline(ContentInline):
    model = ArticleActor
    autocomplete_fields = ("actor",)
    verbose_name = "actor mentioned"
    verbose_name_plural = "Actors mentioned"


class ArticleCorrectionInline(CorrectionInline):
    fk_name = "article"


class ArticleLogInline(WorkflowLogInline):
    fk_name = "article"


@admin.register(Article)
class ArticleAdmin(PublishableAdmin):
    ordering = ("-first_published_at", "-created_at")
    list_display = ("headline", "status_badge", "byline", "publisher", "first_published_at", "updated_at", "created_by")
    list_display_links = ("headline",)
    list_filter = (
        "status",
        TagFilter,
        filter_on("actors", ActorFilter),
        filter_on("sources", SourceFilter, "source drawn on"),
        filter_on("publisher", SourceFilter, "publisher"),
        "first_published_at",
    )
    search_fields = ("headline", "dek", "body", "byline", "dateline")
    date_hierarchy = "first_published_at"
    prepopulated_fields = {"slug": ("headline",)}
    autocomplete_fields = ("publisher", "card_photo")
    fieldsets = (
        (None, {"fields": ("headline", "slug", "dek", "dateline", "byline", "body", "tags", "opened_version")}),
        ("Publication", {"fields": ("publisher", "original_url", "original_published_on", "card_photo")}),
        WORKFLOW_FIELDSET,
    )
    inlines = (
        CitationInline,
        ArticleActorInline,
        ArticleSourceInline,
        CaptionInline,
        ArticleIncidentInline,
        ArticleCorrectionInline,
        ArticleLogInline,
    )

    reader_view = ArticleDetailView.as_view()

    def reader_view_kwargs(self, obj):
        return {"slug": obj.slug}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("publisher")
