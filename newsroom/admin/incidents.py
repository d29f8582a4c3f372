"""Incidents in the admin: what happened, when and where, and the reports and statements that
belong to it, chosen here or from each report's and statement's own page (like tags); and the live
pages covering it, chosen here or on each live page's own form."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.forms.models import BaseInlineFormSet

from newsroom.admin.inlines import ContentInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, WorkflowAdmin
from newsroom.claims.models import Incident, IncidentArticle, IncidentStatement
from newsroom.claims.services import incident_members_changed
from newsroom.editorial.forms import VersionedForm
from newsroom.live.models import LiveEntry, LivePage
from newsroom.live.services import LiveError, incident_pages_set


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


class IncidentForm(VersionedForm):
    """An incident's fields, and the live pages covering it (a page's own foreign key, chosen here
    as a report's membership is: each page covers one incident at most)."""

    live_pages = forms.ModelMultipleChoiceField(
        queryset=LivePage.objects.order_by("-created_at"),
        required=False,
        label="Live pages covering it",
        help_text="Readers see those that are published, with a “Live” badge while coverage goes on. A live page "
        "covers one incident: one that covers another is moved on its own form.",
    )
    admin_site = None  # set by IncidentAdmin.get_form: the searching select asks that site

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["live_pages"]
        if self.admin_site is not None:
            # Searched as a live entry's page is: the admin's search of live pages, by headline or summary.
            field.widget = AutocompleteSelectMultiple(LiveEntry._meta.get_field("page"), self.admin_site)
            field.widget.choices = field.choices
        if self.instance.pk:
            field.initial = list(self.instance.live_pages.values_list("pk", flat=True))

    def clean_live_pages(self):
        pages = self.cleaned_data["live_pages"]
        taken = [page for page in pages if page.incident_id not in (None, self.instance.pk)]
        if taken:
            raise forms.ValidationError(
                "%(pages)s: a live page covers one incident; choose its incident on the live page's own form.",
                code="taken",
                params={"pages": "; ".join(f"“{page}” covers “{page.incident}”" for page in taken)},
            )
        return pages


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
    form = IncidentForm
    fieldsets = (
        (None, {"fields": ("title", "slug", "began_on", "ended_on", "place", "summary")}),
        ("Live coverage", {"fields": ("live_pages",)}),
        WORKFLOW_FIELDSET,
    )
    inlines = (IncidentReportInline, IncidentStatementsInline, IncidentLogInline)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.admin_site = self.admin_site
        return form

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "live_pages" not in form.cleaned_data:
            return
        try:
            changed = incident_pages_set(incident=form.instance, pages=form.cleaned_data["live_pages"])
        except LiveError as error:  # a page taken by another incident since the form was checked
            self.message_user(request, f"The live pages were not changed: {error}", messages.ERROR)
        else:
            if changed:
                incident_members_changed(incidents=[form.instance])


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
