"""The admin for everything that goes through the workflow: permissions that follow
newsroom.editorial.permissions (a reporter edits only their own drafts), saves that never overwrite
anyone (newsroom.editorial.editing), revisions, and the workflow buttons, which take each step
through newsroom.editorial.workflow (`WorkflowAdmin`). Articles and statements also have the desk
beside them: comments, assignment, autosave, preview and preview links (`PublishableAdmin`)."""

from dataclasses import dataclass

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from newsroom.admin.actions import TRANSITION_ACTIONS
from newsroom.admin.desk import DeskMixin
from newsroom.admin.filters import autocomplete_media, tag_suggestions
from newsroom.admin.preview_links import PreviewLinksMixin
from newsroom.admin.revisions import RevisionsMixin
from newsroom.admin.widgets import LabelledAutocompleteMixin, TagSuggestionsInput
from newsroom.content.models import WORKFLOW_FIELDS, Article, Correction
from newsroom.content.states import Status
from newsroom.desk import autosave
from newsroom.edge import purge_on_commit
from newsroom.editorial.editing import EditConflict, content_differs, save_edit
from newsroom.editorial.forms import TransitionForm, VersionedForm
from newsroom.editorial.permissions import can_edit, is_editor
from newsroom.editorial.workflow import (
    TRANSITIONS,
    WorkflowError,
    allowed_transitions,
    article_publish_with_statements,
    correction_add,
    publish_with_statements_refusal,
    refusal,
    statements_to_publish_with,
    transition,
)

# The workflow fields, read-only; who wrote the item is a name, not a link to the user admin
# (which reporters may not open).
SHOWN_WORKFLOW_FIELDS = tuple("written_by" if f == "created_by" else f for f in WORKFLOW_FIELDS)
WORKFLOW_FIELDSET = ("Workflow", {"fields": SHOWN_WORKFLOW_FIELDS})
# The button that takes "Publish" together with the statements the article cites.
PUBLISH_WITH_STATEMENTS = "publish_with_statements"


class WorkflowAdmin(LabelledAutocompleteMixin, RevisionsMixin, SimpleHistoryAdmin):
    """Any kind registered with the workflow (workflow.register_publishable): its steps, its log and
    revisions, edits checked against the version opened."""

    change_form_template = "admin/newsroom/workflow_change_form.html"
    form = VersionedForm
    actions = TRANSITION_ACTIONS
    readonly_fields = SHOWN_WORKFLOW_FIELDS
    list_select_related = ("created_by",)
    show_facets = admin.ShowFacets.NEVER

    @property
    def media(self):
        # The list filters search with the admin's select2 even where the page has no such field.
        return super().media + autocomplete_media(self)

    @admin.display(description="Created by")
    def written_by(self, obj):
        user = obj.created_by
        return (user.get_full_name() or user.get_username()) if user else "—"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.has_default() and callable(db_field.default):
            # Django adds a hidden "initial-" copy of a field whose default is computed, carrying the
            # field's aria-describedby, which a hidden input may not have; the change form's own
            # value is what is saved, so the copy is not needed to tell a change.
            kwargs.setdefault("show_hidden_initial", False)
        if db_field.name == "tags":
            kwargs["widget"] = TagSuggestionsInput(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_tags"))
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_fieldsets(self, request, obj=None):
        # The version the form was opened at goes in the form unlabelled (workflow_change_form.html):
        # a row of its own would be a label for a hidden input, which HTML does not allow.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "opened_version"]})
            for name, options in super().get_fieldsets(request, obj)
        ]

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
        if change:  # before the form, its tags and its inlines are saved: what readers saw
            purge_on_commit(obj)
        if not change:
            obj.created_by = request.user
            obj._change_reason = "Created"
            obj.save()
        elif content_differs(obj):
            save_edit(item=obj, expected_version=form.cleaned_data["opened_version"], user=request.user)
        # A form saved with the content as stored keeps its version: no empty revision, and the
        # version the form checked (VersionedForm.clean) is still the one a workflow step names.

    def response_change(self, request, obj):
        """After a save from the change page: take the workflow step whose button was pressed,
        naming the version just saved, so the step acts on exactly what the person had in front of them."""
        name = request.POST.get("_transition")
        if not name:
            return super().response_change(request, obj)
        step = "publish" if name == PUBLISH_WITH_STATEMENTS else name
        t = TRANSITIONS.get(step)
        label = t.label if t else name
        form = TransitionForm(request.POST, prefix=f"transition-{step}")
        if t is None or not form.is_valid():
            reason = form.error_text() if t else f"Unknown transition “{name}”."
            self.message_user(request, f"Your changes were saved; “{label}” was not taken: {reason}", messages.ERROR)
            return self._change_page(obj)
        arguments = {**form.step_arguments(), "version": obj.version}
        try:
            if name == PUBLISH_WITH_STATEMENTS:
                published = article_publish_with_statements(
                    article=obj,
                    user=request.user,
                    statement_versions=form.cleaned_data["statement_versions"] or {},
                    **arguments,
                )
            else:
                published = []
                transition(item=obj, user=request.user, name=step, **arguments)
        except WorkflowError as error:
            self.message_user(request, f"Your changes were saved; “{label}” was not taken: {error}", messages.ERROR)
        else:
            with_them = (
                f", with {len(published)} cited statement{'s' if len(published) != 1 else ''}" if published else ""
            )
            self.message_user(
                request,
                f"Saved. {label}: “{obj}” is now {obj.get_status_display().lower()}{with_them}.",
                messages.SUCCESS,
            )
        return self._change_page(obj)

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

    def _change_page(self, obj):
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            # Read-only and asked at every keystroke: no transaction needed around it.
            path(
                "tags/",
                transaction.non_atomic_requests(self.admin_site.admin_view(self.tags_view)),
                name=f"{prefix}_tags",
            ),
            path(
                "<path:object_id>/transition/<str:transition_name>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{prefix}_transition",
            ),
            *super().get_urls(),
        ]

    def tags_view(self, request):
        """Tag names for the tag box and the tag filter, for anyone who may see this list."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return tag_suggestions(request)

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
            transition(item=obj, user=request.user, name=transition_name, **form.step_arguments())
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            label = TRANSITIONS[transition_name].label
            self.message_user(request, f"{label}: “{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS)
        return self._change_page(obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if request.method == "POST" and request.POST.get("_transition") and context["adminform"].form.errors:
            self.message_user(
                request,
                "Nothing was saved and no workflow step was taken: "
                "correct the errors below, then press the button again.",
                messages.ERROR,
            )
        if obj is not None:
            context["workflow_transitions"] = allowed_transitions(user=request.user, item=obj)
            context["workflow_steps"] = self._step_offers(request, obj, context)
            context["workflow_last_return"] = (
                obj.log.filter(transition="return").select_related("user").first()
                if obj.status == Status.DRAFT
                else None
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _step_offers(self, request, obj, context):
        """The workflow buttons: each step this person may take, with why it would be refused as the
        item is saved now. Publishing an article whose cited statements readers cannot see is
        offered only as "Publish with these statements" (a plain Publish would be refused), and
        only when that can succeed; otherwise the page says why before anyone presses."""
        offers = []
        for t in context["workflow_transitions"]:
            offer = StepOffer(t, refusal(user=request.user, item=obj, name=t.name))
            if t.name == "publish" and isinstance(obj, Article):
                statements = statements_to_publish_with(article=obj)
                if statements:
                    context["publish_with"] = statements
                    context["publish_with_versions"] = ",".join(f"{s.pk}:{s.version}" for s in statements)
                    offer.refusal = None  # the plain step is not offered: the one with its statements is
                    offer.with_statements_refusal = publish_with_statements_refusal(
                        user=request.user, article=obj, statements=statements
                    )
            offers.append(offer)
        return offers


@dataclass
class StepOffer:
    """A workflow button on the change page, and why its step would be refused now (None: it would not)."""

    step: object
    refusal: str | None
    with_statements_refusal: str | None = None


class PublishableAdmin(DeskMixin, PreviewLinksMixin, WorkflowAdmin):
    """Articles and statements: the workflow, with the desk beside them (comments, assignment,
    autosave, preview of the unsaved form, preview links)."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        kind = self.opts.model_name
        if not change:
            autosave.autosave_discard(user=request.user, kind=kind, object_id=None)
        autosave.autosave_discard(user=request.user, kind=kind, object_id=obj.pk)

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        share = self.admin_site.admin_view(self.preview_link_view)
        preview = self.admin_site.admin_view(self.preview_view)
        autosave_view = self.admin_site.admin_view(self.autosave_view)
        return [
            path("add/preview/", preview, name=f"{prefix}_add_preview"),
            path("add/autosave/", autosave_view, name=f"{prefix}_add_autosave"),
            path("<path:object_id>/preview/", preview, name=f"{prefix}_preview"),
            path("<path:object_id>/autosave/", autosave_view, name=f"{prefix}_autosave"),
            path("<path:object_id>/comments/", self.admin_site.admin_view(self.comment_view), name=f"{prefix}_comment"),
            path("<path:object_id>/assign/", self.admin_site.admin_view(self.assign_view), name=f"{prefix}_assign"),
            path("<path:object_id>/preview-links/", share, name=f"{prefix}_share"),
            path("<path:object_id>/preview-links/<int:link_id>/revoke/", share, name=f"{prefix}_revoke_share"),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context.update(self.desk_context(request, obj), desk=True)
        if obj is not None:
            context.update(self.preview_link_context(request, obj, timezone.now()))
        return super().render_change_form(request, context, add, change, form_url, obj)
