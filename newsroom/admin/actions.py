"""Bulk workflow actions for the article and statement lists: each item goes through
newsroom.editorial.workflow on its own, so every check and log entry holds as for one item."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse

from newsroom.editorial.workflow import HUMAN_TRANSITIONS, WorkflowError, transition


def bulk_action(t):
    """An admin action that takes transition `t` item by item."""

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


TRANSITION_ACTIONS = [bulk_action(t) for t in HUMAN_TRANSITIONS if t.kinds is None]
