from django import forms
from django.contrib import admin
from django.utils import formats

from newsroom.admin.claims_panel import ClaimsPanelMixin
from newsroom.admin.filters import ActorFilter, SourceFilter, TagFilter, filter_on
from newsroom.admin.incidents import StatementIncidentInline
from newsroom.admin.inlines import ContentInline, CorrectionInline, WorkflowLogInline
from newsroom.admin.publishable import WORKFLOW_FIELDSET, PublishableAdmin
from newsroom.content.models import Statement, StatementSpeaker
from newsroom.core.phrases import and_list
from newsroom.core.quoting import excerpt
from newsroom.reading.views import StatementDetailView


class SpeakersFormSet(forms.BaseInlineFormSet):
    """The other speakers of a joint statement: never the first speaker again, nobody twice."""

    def clean(self):
        super().clean()
        first = getattr(self.instance, "actor_id", None)
        seen = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            actor = form.cleaned_data.get("actor")
            if actor is None:
                continue
            if actor.pk == first:
                form.add_error("actor", f"{actor} is the first speaker already.")
            elif actor.pk in seen:
                form.add_error("actor", f"{actor} is named twice.")
            seen.add(actor.pk)


class StatementSpeakerInline(ContentInline):
    """A joint statement's other speakers, in order: the first is the statement's own speaker field."""

    model = StatementSpeaker
    formset = SpeakersFormSet
    fields = ("order", "actor")
    autocomplete_fields = ("actor",)
    verbose_name = "other speaker"
    verbose_name_plural = "Other speakers (a joint statement)"


class StatementCorrectionInline(CorrectionInline):
    fk_name = "statement"


class StatementLogInline(WorkflowLogInline):
    fk_name = "statement"


@admin.register(Statement)
class StatementAdmin(ClaimsPanelMixin, PublishableAdmin):
    ordering = ("-made_on", "-created_at")
    list_display = ("excerpt", "speakers", "date", "medium", "source", "status_badge", "updated_at")
    list_display_links = ("excerpt",)
    list_filter = (
        "status",
        "medium",
        TagFilter,
        filter_on("actor", ActorFilter),
        filter_on("source", SourceFilter),
        "made_on",
    )
    search_fields = (
        "text", "summary", "occasion", "actor__name", "actor__aliases__name", "co_speakers__name",
    )  # fmt: skip
    date_hierarchy = "made_on"
    autocomplete_fields = ("actor", "source")
    list_select_related = ("actor", "source", "created_by")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "actor",
                    "text",
                    "summary",
                    ("made_on", "made_on_basis"),
                    "medium",
                    "occasion",
                    "tags",
                    "opened_version",
                )
            },
        ),
        ("Known from", {"fields": ("source", "source_url")}),
        WORKFLOW_FIELDSET,
    )
    inlines = (StatementSpeakerInline, StatementIncidentInline, StatementCorrectionInline, StatementLogInline)
    reader_view = StatementDetailView.as_view()

    def get_queryset(self, request):
        return super().get_queryset(request).with_speakers()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "actor":
            field.label = "Speaker (the first, of a joint statement)"
            field.help_text = "A joint statement's other speakers follow under “Other speakers”, in order."
        return field

    @admin.display(description="Speakers", ordering="actor__name")
    def speakers(self, obj):
        return and_list(obj.speakers)

    @admin.display(description="Date", ordering="made_on")
    def date(self, obj):
        """The date, and whether it is only the report's (the text does not say when)."""
        if obj.made_on is None:
            return "—"
        return f"{formats.date_format(obj.made_on)}{' (date of the report)' if obj.date_is_report else ''}"

    @admin.display(description="Words", ordering="text")
    def excerpt(self, obj):
        return excerpt(obj.text, 14)
