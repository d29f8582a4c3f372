"""What articles and statements share in the admin: workflow buttons, bulk actions, the log inline,
and permissions that follow newsroom.workflow (a reporter edits only their own drafts)."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from newsroom.editing import EditConflict, save_edit
from newsroom.forms import VersionedForm
from newsroom.models import Correction, WorkflowLogEntry
from newsroom.previews import preview_link_create, preview_link_revoke
from newsroom.querysets import Status
from newsroom.revisions import diff_table
from newsroom.workflow import (
    TRANSITIONS,
    WorkflowError,
    allowed_transitions,
    can_edit,
    is_editor,
    transition,
)


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


def _time_field(request, name, label):
    """A date and time from a datetime-local input, in the newsroom's time zone; empty is None."""
    value = request.POST.get(name, "").strip()
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise WorkflowError(f"{label}: “{value}” is not a date and time.")
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


class CorrectionInline(ContentInline):
    """Dated corrections and updates, shown to readers at the foot of the page."""

    model = Correction
    fields = ("published_at", "kind", "text")
    verbose_name_plural = "Corrections and updates"

    def has_add_permission(self, request, obj=None):
        # Corrections are for what readers have seen: published items only.
        return obj is not None and obj.status == Status.PUBLISHED and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False


class WorkflowAdmin(SimpleHistoryAdmin):
    change_form_template = "admin/newsroom/workflow_change_form.html"
    object_history_template = "admin/newsroom/object_history.html"
    form = VersionedForm
    actions = [bulk_action(t) for t in TRANSITIONS.values()]
    workflow_readonly_fields = (
        "status", "created_by", "first_published_at", "last_published_at", "go_live_at", "expires_at", "version",
    )  # fmt: skip
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
        obj._history_user = request.user
        if not change:
            obj.created_by = request.user
            obj.save()
        else:
            save_edit(item=obj, expected_version=form.cleaned_data["opened_version"])

    def save_formset(self, request, form, formset, change):
        if formset.model is Correction:
            for inline_form in formset.forms:
                if inline_form.instance.pk is None:
                    inline_form.instance.created_by = request.user
        super().save_formset(request, form, formset, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict:
            # Another save won the race after this form was validated. Validating again now
            # reports the conflict, with what changed, and keeps this person's text in the form.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A revert is an edit of the item as it is now, whatever state the old revision was in.
        current = self.get_object(request, unquote(object_id))
        if request.method == "POST" and (current is None or not self.has_change_permission(request, current)):
            raise PermissionDenied
        try:
            return super().history_form_view(request, object_id, version_id, extra_context)
        except EditConflict:
            return super().history_form_view(request, object_id, version_id, extra_context)

    @method_decorator(require_POST)
    def preview_link_view(self, request, object_id, link_id=None):
        """Create a preview link for the item, or revoke one (with a link id)."""
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        try:
            if link_id is None:
                link = preview_link_create(item=obj, user=request.user, hours=request.POST.get("hours") or 48)
                url = request.build_absolute_uri(link.get_absolute_url())
                self.message_user(request, f"Preview link, valid until {link.expires_at:%d %b %Y %H:%M}: {url}")
            else:
                link = obj.preview_links.filter(pk=link_id).first()
                if link is not None:
                    preview_link_revoke(link=link, user=request.user)
                    self.message_user(request, "The preview link no longer works.", messages.SUCCESS)
        except (WorkflowError, ValueError) as error:
            self.message_user(request, str(error), messages.ERROR)
        return self._change_page(obj)

    def compare_view(self, request, object_id):
        """A word-by-word diff between any two revisions of one item."""
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        revisions = list(obj.history.select_related("history_user").order_by("-history_date", "-history_id"))
        by_id = {str(r.history_id): r for r in revisions}
        newer = by_id.get(request.GET.get("newer")) or (revisions[0] if revisions else None)
        older = by_id.get(request.GET.get("older")) or (revisions[1] if len(revisions) > 1 else newer)
        return TemplateResponse(
            request,
            "admin/newsroom/revision_compare.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Compare revisions of “{obj}”",
                "opts": self.opts,
                "original": obj,
                "revisions": revisions,
                "older": older,
                "newer": newer,
                "rows": diff_table(older, newer) if older and newer else [],
            },
        )

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj):
        return format_html('<span class="nr-status nr-status-{}">{}</span>', obj.status, obj.get_status_display())

    def _visible_object(self, request, object_id):
        """The item, when this user may see it; otherwise None."""
        obj = self.get_object(request, unquote(object_id))
        return obj if obj is not None and self.has_view_or_change_permission(request, obj) else None

    def _change_page(self, obj):
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_transition"
        view = self.admin_site.admin_view(self.transition_view)
        compare = self.admin_site.admin_view(self.compare_view)
        share = self.admin_site.admin_view(self.preview_link_view)
        return [
            path("<path:object_id>/preview-links/", share, name=f"{self.opts.app_label}_{self.opts.model_name}_share"),
            path(
                "<path:object_id>/preview-links/<int:link_id>/revoke/",
                share,
                name=f"{self.opts.app_label}_{self.opts.model_name}_revoke_share",
            ),
            path("<path:object_id>/transition/<str:transition_name>/", view, name=name),
            path(
                "<path:object_id>/history/compare/",
                compare,
                name=f"{self.opts.app_label}_{self.opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def transition_view(self, request, object_id, transition_name):
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        try:
            transition(
                item=obj,
                user=request.user,
                name=transition_name,
                note=request.POST.get("note", ""),
                go_live_at=_time_field(request, "go_live_at", "Go live at"),
                expires_at=_time_field(request, "expires_at", "Expire at"),
            )
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            label = TRANSITIONS[transition_name].label
            self.message_user(request, f"{label}: “{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS)
        return self._change_page(obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["now"] = timezone.now()
            context["can_share"] = is_editor(user=request.user, model=self.model)
            context["preview_links"] = [
                (link, request.build_absolute_uri(link.get_absolute_url()))
                for link in obj.preview_links.filter(revoked_at__isnull=True, expires_at__gt=context["now"])
            ]
            context["workflow_transitions"] = allowed_transitions(user=request.user, item=obj)
            context["workflow_last_return"] = (
                obj.log.filter(transition="return").select_related("user").first()
                if obj.status == Status.DRAFT
                else None
            )
        return super().render_change_form(request, context, add, change, form_url, obj)
