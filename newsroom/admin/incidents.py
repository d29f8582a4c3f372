"""Incidents in the admin: what happened, when and where, and the reports and statements that
belong to it, chosen here or from each report's and statement's own page (like tags)."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet

from newsroom.admin.inlines import ContentInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, WorkflowAdmin
from newsroom.claims.models import Incident, IncidentArticle, IncidentStatement
from newsroom.claims.services import incident_members_changed


class MembershipFormSet(BaseInlineFormSet):
    """Saves which reports and statements belong to which incidents, and tells those incidents so
    (a live one's page and feed change for readers)."""

    def save(self, commit=True):
        saved = super().save(commit)
        touched = {obj.incident_id for obj in saved} | {obj.incident_id for obj in self.deleted_objects}
        touched |= {form.initial["incident"] for form in self.initial_forms if form.has_changed()}
        incident_members_changed(incidents=Incident.objects.filter(pk__in=touched))
        return saved


class MembershipInline(ContentInline):
    formset = MembershipFormSet


class IncidentReportInline(MembershipInline):
    model = IncidentArticle
    autocomplete_fields = ("article",)
    verbose_name = "report"
    verbose_name_plural = "Reports on it (readers see those that are live)"


class IncidentStatementsInline(MembershipInline):
    model = IncidentStatement
    autocomplete_fields = ("statement",)
    verbose_name = "statement"
    verbose_name_plural = "Statements about it (readers see those that are live)"


class IncidentLogInline(WorkflowLogInline):
    fk_name = "incident"


@admin.register(Incident)
class IncidentAdmin(WorkflowAdmin):
    list_display = ("title", "began_on", "place", "status_badge", "updated_at")
    list_display_links = ("title",)
    list_filter = ("status", "began_on")
    search_fields = ("title", "summary", "place")
    date_hierarchy = "began_on"
    ordering = ("-began_on", "-pk")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "began_on", "ended_on", "place", "summary")}),
        WORKFLOW_FIELDSET,
    )
    inlines = (IncidentReportInline, IncidentStatementsInline, IncidentLogInline)


class ArticleIncidentInline(MembershipInline):
    """The incidents a report belongs to, set from its own page."""

    model = IncidentArticle
    autocomplete_fields = ("incident",)
    verbose_name = "incident"
    verbose_name_plural = "Incidents it belongs to"


class StatementIncidentInline(MembershipInline):
    model = IncidentStatement
    autocomplete_fields = ("incident",)
    verbose_name = "incident"
    verbose_name_plural = "Incidents it belongs to"
