"""Fact-checks and the rating scale in the admin. A fact-check is written, reviewed and published
through the workflow like an article; the scale is the editors' to define."""

from django.contrib import admin

from newsroom.admin.inlines import ContentInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, WorkflowAdmin
from newsroom.claims.models import FactCheck, FactCheckReference, Rating


class FactCheckReferenceInline(ContentInline):
    # Stacked: each field with its label and help (a table cell's input cannot point at its help).
    template = "admin/edit_inline/stacked.html"
    model = FactCheckReference
    fields = ("order", "title", "url")
    verbose_name = "source"
    verbose_name_plural = "Sources the check relied on"


class FactCheckLogInline(WorkflowLogInline):
    fk_name = "factcheck"


@admin.register(FactCheck)
class FactCheckAdmin(WorkflowAdmin):
    list_display = ("headline", "rating", "speaker", "reviewer", "reviewed_on", "status_badge", "updated_at")
    list_display_links = ("headline",)
    list_filter = ("status", "rating", "reviewed_on")
    search_fields = ("headline", "claim_reviewed", "reasoning", "reviewer", "statement__text", "statement__actor__name")
    date_hierarchy = "reviewed_on"
    prepopulated_fields = {"slug": ("headline",)}
    autocomplete_fields = ("statement",)
    list_select_related = ("rating", "statement__actor", "created_by")
    fieldsets = (
        (None, {"fields": ("statement", "claim_reviewed", "rating")}),
        ("The review", {"fields": ("headline", "slug", "reviewer", "reviewed_on", "reasoning")}),
        WORKFLOW_FIELDSET,
    )
    inlines = (FactCheckReferenceInline, FactCheckLogInline)

    @admin.display(description="Speaker", ordering="statement__actor__name")
    def speaker(self, obj):
        return obj.statement.actor.name

    def get_changeform_initial_data(self, request):
        # The statement from the address (?statement=…, as its page links here), the checker's name.
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("reviewer", request.user.get_full_name() or request.user.get_username())
        return initial


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ("value", "name", "description")
    list_display_links = ("name",)
    ordering = ("value",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
