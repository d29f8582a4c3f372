"""What articles and statements share in the admin: workflow buttons, bulk actions, the log inline,
and permissions that follow newsroom.workflow (a reporter edits only their own drafts)."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from newsroom.models import WorkflowLogEntry
from newsroom.querysets import Status
from newsroom.workflow import TRANSITIONS, WorkflowError, allowed_transitions, can_edit, is_editor, transition


class WorkflowLogInline(admin.TabularInline):
    """The transition log, read-only: nobody adds, edits or deletes an entry here."""

    model = WorkflowLogEntry
    fields = ("created_at", "action", "from_status", "to_status", "user", "note")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = "workflow step"
    verbose_name_plural = "Workflow history"
    ordering = ("-created_at", "-pk")

    @admin.display(description="Action")
    def action(self, entry):
        return entry.get_transition_display()

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


class ContentInline(admin.TabularInline):
    """An inline that is editable exactly when its article or statement is."""

    extra = 0

    def _editable(self, request, obj):
        return obj is None or can_edit(user=request.user, item=obj)

    def has_add_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._editable(request, obj) and super().has_delete_permission(request, obj)


def bulk_action(t):
    """An admin action that takes transition `t` item by item through newsroom.workflow."""

    def action(modeladmin, request, queryset):
        note = request.POST.get("note", "").strip()
        if t.note_required and (not note or "apply" not in request.POST):
            if "apply" in request.POST:
                modeladmin.message_user(request, f"“{t.label}” needs a note: {t.note_label.lower()}.", messages.ERROR)
            return TemplateResponse(
                request,
                "admin/newsroom/transition_note.html",
                {
                    **modeladmin.admin_site.each_context(request),
                    "title": f"{t.label}: {queryset.count()} {modeladmin.opts.verbose_name_plural}",
                    "transition": t,
                    "items": queryset,
                    "opts": modeladmin.opts,
                    "action_name": action.__name__,
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                    "note": note,
                },
            )
        done, refused = [], []
        for item in queryset:
            try:
                transition(item=item, user=request.user, name=t.name, note=note)
            except WorkflowError as error:
                refused.append(f"“{item}”: {error}")
            else:
                done.append(f"“{item}”")
        if done:
            modeladmin.message_user(request, f"{t.label}: done for {', '.join(done)}.", messages.SUCCESS)
        if refused:
            modeladmin.message_user(request, f"{t.label}: refused for {' '.join(refused)}", messages.WARNING)
        return None

    action.__name__ = f"{t.name}_selected"
    action.short_description = f"{t.label}: selected %(verbose_name_plural)s"
    action.allowed_permissions = ("publish",) if t.editor_only else ("change",)
    return action


class WorkflowAdmin(admin.ModelAdmin):
    change_form_template = "admin/newsroom/workflow_change_form.html"
    actions = [bulk_action(t) for t in TRANSITIONS.values()]
    workflow_readonly_fields = ("status", "created_by", "first_published_at", "last_published_at")
    list_select_related = ("created_by",)
    show_facets = admin.ShowFacets.NEVER

    def get_readonly_fields(self, request, obj=None):
        return tuple(super().get_readonly_fields(request, obj)) + self.workflow_readonly_fields

    def has_publish_permission(self, request):
        return is_editor(user=request.user, model=self.model)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_edit(user=request.user, item=obj)

    def has_delete_permission(self, request, obj=None):
        # Only drafts can go; anything that entered the workflow is unpublished instead (its log protects it).
        if obj is None:
            return super().has_delete_permission(request)
        return (
            super().has_delete_permission(request, obj)
            and can_edit(user=request.user, item=obj)
            and obj.status == Status.DRAFT
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="nr-status nr-status-{}">{}</span>', obj.status, obj.get_status_display())

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_transition"
        view = self.admin_site.admin_view(self.transition_view)
        return [path("<path:object_id>/transition/<str:transition_name>/", view, name=name), *super().get_urls()]

    def transition_view(self, request, object_id, transition_name):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        try:
            transition(item=obj, user=request.user, name=transition_name, note=request.POST.get("note", ""))
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            label = TRANSITIONS[transition_name].label
            self.message_user(request, f"{label}: “{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS)
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["workflow_transitions"] = allowed_transitions(user=request.user, item=obj)
            context["workflow_last_return"] = (
                obj.log.filter(transition="return").select_related("user").first()
                if obj.status == Status.DRAFT
                else None
            )
        return super().render_change_form(request, context, add, change, form_url, obj)
