"""Inlines shared by the article and statement admins: the workflow log, content that is editable
exactly when its item is, and corrections."""

from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper

from newsroom.admin.widgets import LabelledAutocompleteMixin
from newsroom.content.models import Correction
from newsroom.content.states import Status
from newsroom.editorial.models import WorkflowLogEntry
from newsroom.editorial.permissions import can_edit

# New rows one save of an inline may add, at most: past them the formset answers a form error after
# making no more forms (Django's own bound, absolute_max, is 2,000 forms per inline, which a 3 KB
# POST asking for a billion on every inline of a draft spent 23.7 s making and cleaning).
NEW_ROWS = 100

# Django's table, with each cell naming its column: on a phone admin.css stacks each row into a card.
TABULAR = "admin/newsroom/edit_inline/tabular.html"


def bounded(formset_class):
    """A formset that makes at most the rows its item has and NEW_ROWS more, whatever TOTAL_FORMS
    asks: past that, Django's formset stops making forms and answers "Please submit at most … forms"."""

    class Bounded(formset_class):
        @property
        def absolute_max(self):
            return len(self.get_queryset()) + NEW_ROWS  # the rows are read for the forms anyway

    return Bounded


class BoundedRowsMixin:
    """For every inline: its formset is `bounded`."""

    def get_formset(self, request, obj=None, **kwargs):
        return bounded(super().get_formset(request, obj, **kwargs))


class WorkflowLogInline(BoundedRowsMixin, admin.TabularInline):
    """The transition log, read-only: nobody adds, edits or deletes an entry here."""

    model = WorkflowLogEntry
    template = TABULAR
    fields = ("created_at", "action", "from_status", "to_status", "by", "note")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = "workflow step"
    verbose_name_plural = "Workflow history"
    ordering = ("-created_at", "-pk")

    @admin.display(description="Action")
    def action(self, entry):
        return entry.get_transition_display()

    @admin.display(description="By")
    def by(self, entry):
        # A name, not a link to the user admin, which reporters may not open.
        if entry.user is None:
            return "the scheduler"
        return entry.user.get_full_name() or entry.user.get_username()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Whoever may see the item may see its history.
        return True


def label_rows(formset_class, verbose_name):
    """A formset whose every input is named for screen readers: a table cell's input has no
    label of its own, only the column heading (“Wording (cited statement 2)”, “Delete …”)."""

    class Labelled(formset_class):
        def add_fields(self, form, index):
            super().add_fields(form, index)
            row = f"{verbose_name} {index + 1}" if index is not None else f"new {verbose_name}"
            for name, field in form.fields.items():
                if field.widget.is_hidden:
                    continue
                label = "Delete" if name == "DELETE" else str(field.label or name)
                widget = field.widget
                # The admin wraps a related field's widget (the + and pencil links). The wrapper's
                # copies all share one `attrs`, the original inner widget's, so a label set on it
                # lands on every later row; the copy of the inner widget is this row's own.
                while isinstance(widget, RelatedFieldWidgetWrapper):
                    widget = widget.widget
                widget.attrs = {**widget.attrs, "aria-label": f"{label} ({row})"}

    return Labelled


class ContentInline(LabelledAutocompleteMixin, BoundedRowsMixin, admin.TabularInline):
    """An inline that is editable exactly when its article or statement is."""

    template = TABULAR
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return label_rows(formset, self.verbose_name)

    def _editable(self, request, obj):
        return obj is None or can_edit(user=request.user, item=obj)

    def has_add_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_delete_permission(request, obj)


class CorrectionInline(ContentInline):
    """Dated corrections and updates, shown to readers at the foot of the page. New ones are
    saved through newsroom.editorial.workflow.correction_add (PublishableAdmin.save_formset)."""

    model = Correction
    fields = ("published_at", "kind", "text")
    verbose_name_plural = "Corrections and updates"

    def has_add_permission(self, request, obj=None):
        # Corrections are for what readers have seen: published items only.
        return obj is not None and obj.status == Status.PUBLISHED and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False
