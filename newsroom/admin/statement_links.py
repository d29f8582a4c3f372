"""Links between statements in the admin: added with a search on each statement, read both ways,
checked and published through the workflow like everything else."""

from django.contrib import admin
from django.utils.html import format_html

from newsroom.admin.inlines import WorkflowLogInline
from newsroom.admin.publishable import SHOWN_WORKFLOW_FIELDS, WORKFLOW_FIELDSET, WorkflowAdmin
from newsroom.claims.models import StatementLink
from newsroom.content.models import Statement
from newsroom.content.states import State
from newsroom.core.quoting import excerpt


class StatementLinkLogInline(WorkflowLogInline):
    fk_name = "statementlink"


def _said(statement):
    when = f", {statement.made_on:%d %B %Y}" if statement.made_on else ""
    return f"{statement.actor.name}{when}: “{excerpt(statement.text, 14)}”"


class StatementFilter(admin.ListFilter):
    """Links from or to one statement (?statement=<id>), as the statement's change page lists them."""

    title = "statement"
    parameter_name = "statement"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        value = params.pop(self.parameter_name, None)
        value = value[-1] if isinstance(value, list) else value
        found = Statement.objects.filter(pk=value) if value and value.isdigit() else Statement.objects.none()
        self.statement = found.select_related("actor").first()

    def has_output(self):
        return self.statement is not None

    def expected_parameters(self):
        return [self.parameter_name]

    def queryset(self, request, queryset):
        return queryset.touching([self.statement.pk]) if self.statement else queryset

    def choices(self, changelist):
        yield {
            "selected": True,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": f"Only those of {self.statement.actor.name}’s statement (show all)",
        }


@admin.register(StatementLink)
class StatementLinkAdmin(WorkflowAdmin):
    list_display = ("reads", "kind", "status_badge", "origin", "reported_in", "updated_at")
    list_display_links = ("reads",)
    list_filter = ("status", "kind", "origin", StatementFilter)
    search_fields = (
        "from_statement__text", "from_statement__actor__name", "to_statement__text", "to_statement__actor__name",
        "note", "evidence",
    )  # fmt: skip
    autocomplete_fields = ("from_statement", "to_statement", "reported_in", "reported_by")
    list_select_related = ("from_statement__actor", "to_statement__actor", "reported_in", "created_by")
    readonly_fields = (*SHOWN_WORKFLOW_FIELDS, "both_ways", "origin")
    fieldsets = (
        (None, {"fields": ("from_statement", "kind", "to_statement", "both_ways", "note")}),
        (
            "Who says so",
            {
                "fields": ("evidence", "reported_in", "reported_by", "origin"),
                "description": "The report (or outlet) that states the link, with its words: readers see both.",
            },
        ),
        WORKFLOW_FIELDSET,
    )
    inlines = (StatementLinkLogInline,)

    @admin.display(description="Link", ordering="-first_published_at")
    def reads(self, obj):
        return f"{obj.from_statement.actor.name} {obj.get_kind_display()} {obj.to_statement.actor.name}"

    @admin.display(description="Read both ways")
    def both_ways(self, obj):
        if obj is None or obj.pk is None:
            return "Shown once the link is saved."
        return format_html(
            "<p>{} <strong>{}</strong> {}</p><p>{} is <strong>{}</strong> {}</p><p class='help'>{}</p>",
            _said(obj.from_statement),
            obj.verb,
            _said(obj.to_statement),
            _said(obj.to_statement),
            obj.reverse,
            _said(obj.from_statement),
            visibility(obj),
        )


def visibility(link):
    """Whether readers see `link`, and what they wait for if not: it and both statements live."""
    own = StatementLink.objects.with_state().filter(pk=link.pk).values_list("state", flat=True).get()
    statements = Statement.objects.with_state().filter(pk__in=[link.from_statement_id, link.to_statement_id])
    waiting = [f"this link is {State(own).label.lower()}"] if own != State.LIVE else []
    waiting += [
        f"{_said(statement)} is {State(statement.state).label.lower()}"
        for statement in statements.select_related("actor")
        if statement.state != State.LIVE
    ]
    if not waiting:
        return "Readers see this link on both statements’ pages."
    return "Readers see this link once it and both statements are live: " + "; ".join(waiting) + "."
