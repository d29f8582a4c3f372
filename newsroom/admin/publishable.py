"""The admin for articles and statements: permissions that follow newsroom.permissions (a
reporter edits only their own drafts), saves that never overwrite anyone (newsroom.editing), and
the workflow buttons, which take each step through newsroom.workflow."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from newsroom.admin.actions import TRANSITION_ACTIONS
from newsroom.admin.preview_links import PreviewLinksMixin
from newsroom.admin.revisions import RevisionsMixin
from newsroom.editing import EditConflict, save_edit
from newsroom.forms import TransitionForm, VersionedForm
from newsroom.models import WORKFLOW_FIELDS, Correction
from newsroom.permissions import can_edit, is_editor
from newsroom.querysets import Status
from newsroom.workflow import TRANSITIONS, WorkflowError, allowed_transitions, correction_add, transition

WORKFLOW_FIELDSET = ("Workflow", {"fields": WORKFLOW_FIELDS})


class PublishableAdmin(PreviewLinksMixin, RevisionsMixin, SimpleHistoryAdmin):
    change_form_template = "admin/newsroom/workflow_change_form.html"
    form = VersionedForm
    actions = TRANSITION_ACTIONS
    readonly_fields = WORKFLOW_FIELDS
    list_select_related = ("created_by",)
    show_facets = admin.ShowFacets.NEVER

    def get_queryset(self, request):
        # Lists, change pages and the workflow panel read `state` (scheduled, live, expired...).
        return super().get_queryset(request).with_state()

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
        obj._history_user = request.user
        if not change:
            obj.created_by = request.user
            obj.save()
        else:
            save_edit(item=obj, expected_version=form.cleaned_data["opened_version"], user=request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Correction:
            return super().save_formset(request, form, formset, change)
        # New corrections go through the workflow's one service; a fix to an existing note is an edit.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline in formset.forms:
            if not inline.has_changed():
                continue
            if inline.instance.pk is not None:
                formset.changed_objects.append((inline.save(), inline.changed_data))
                continue
            try:
                correction = correction_add(
                    item=form.instance,
                    user=request.user,
                    text=inline.cleaned_data["text"],
                    kind=inline.cleaned_data["kind"],
                    published_at=inline.cleaned_data["published_at"],
                )
            except WorkflowError as error:
                self.message_user(request, f"The correction was not added: {error}", messages.ERROR)
            else:
                formset.new_objects.append(correction)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict:
            # Another save won the race after this form was validated. Validating again now
            # reports the conflict, with what changed, and keeps this person's text in the form.
            return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="nr-status nr-status-{}">{}</span>', obj.state, obj.state_label)

    def _visible_object(self, request, object_id):
        """The item, when this user may see it; otherwise None."""
        obj = self.get_object(request, unquote(object_id))
        return obj if obj is not None and self.has_view_or_change_permission(request, obj) else None

    def _change_page(self, obj):
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        share = self.admin_site.admin_view(self.preview_link_view)
        return [
            path("<path:object_id>/preview-links/", share, name=f"{prefix}_share"),
            path("<path:object_id>/preview-links/<int:link_id>/revoke/", share, name=f"{prefix}_revoke_share"),
            path(
                "<path:object_id>/transition/<str:transition_name>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{prefix}_transition",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{prefix}_compare",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def transition_view(self, request, object_id, transition_name):
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        form = TransitionForm(request.POST)
        if not form.is_valid():
            self.message_user(request, form.error_text(), messages.ERROR)
            return self._change_page(obj)
        try:
            transition(item=obj, user=request.user, name=transition_name, **form.cleaned_data)
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            label = TRANSITIONS[transition_name].label
            self.message_user(request, f"{label}: “{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS)
        return self._change_page(obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            now = timezone.now()
            context.update(self.preview_link_context(request, obj, now))
            context["workflow_transitions"] = allowed_transitions(user=request.user, item=obj)
            context["workflow_last_return"] = (
                obj.log.filter(transition="return").select_related("user").first()
                if obj.status == Status.DRAFT
                else None
            )
        return super().render_change_form(request, context, add, change, form_url, obj)
