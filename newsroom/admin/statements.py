from django.contrib import admin
from django.utils.text import Truncator

from newsroom.admin.claims_panel import ClaimsPanelMixin
from newsroom.admin.filters import ActorFilter, SourceFilter, TagFilter, filter_on
from newsroom.admin.incidents import StatementIncidentInline
from newsroom.admin.inlines import CorrectionInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, PublishableAdmin
from newsroom.content.models import Statement
from newsroom.reading.views import StatementDetailView


class StatementCorrectionInline(CorrectionInline):
    fk_name = "statement"


class StatementLogInline(WorkflowLogInline):
    fk_name = "statement"


@admin.register(Statement)
class StatementAdmin(ClaimsPanelMixin, PublishableAdmin):
    ordering = ("-made_on", "-created_at")
    list_display = ("excerpt", "actor", "made_on", "medium", "source", "status_badge", "updated_at")
    list_display_links = ("excerpt",)
    list_filter = (
        "status",
        "medium",
        TagFilter,
        filter_on("actor", ActorFilter),
        filter_on("source", SourceFilter),
        "made_on",
    )
    search_fields = ("text", "summary", "occasion", "actor__name", "actor__aliases__name")
    date_hierarchy = "made_on"
    autocomplete_fields = ("actor", "source")
    list_select_related = ("actor", "source", "created_by")
    fieldsets = (
        (None, {"fields": ("actor", "text", "summary", "made_on", "medium", "occasion", "tags", "opened_version")}),
        ("Known from", {"fields": ("source", "source_url")}),
        WORKFLOW_FIELDSET,
    )
    inlines = (StatementIncidentInline, StatementCorrectionInline, StatementLogInline)
    reader_view = StatementDetailView.as_view()

    @admin.display(description="Words", ordering="text")
    def excerpt(self, obj):
        return Truncator(obj.text).words(14)
