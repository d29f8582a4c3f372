"""Revisions in the admin: comparing any two word by word, and reverting as a new edit."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path

from newsroom.editorial.editing import EditConflict
from newsroom.editorial.revisions import diff_table, last_content_change, what_happened


def _described(revisions):
    for revision in revisions:
        revision.what = what_happened(revision)
    return revisions


class RevisionsMixin:
    """For a SimpleHistoryAdmin of a kind that keeps revisions (WorkflowAdmin's, live entries'): the
    history with what happened, the compare view, and reverts that obey the same edit rules as the
    change form."""

    object_history_template = "admin/newsroom/object_history.html"
    object_history_form_template = "admin/newsroom/object_history_form.html"
    object_history_list_template = "admin/newsroom/object_history_list.html"

    def get_urls(self):
        compare = self.admin_site.admin_view(self.compare_view)
        name = f"{self.opts.app_label}_{self.opts.model_name}_compare"
        # Before simple-history's "<id>/history/<revision>/", which would take "compare" for a revision.
        return [path("<path:object_id>/history/compare/", compare, name=name), *super().get_urls()]

    def _visible_object(self, request, object_id):
        """The item, when this user may see it; otherwise None."""
        obj = self.get_object(request, unquote(object_id))
        return obj if obj is not None and self.has_view_or_change_permission(request, obj) else None

    def history_view(self, request, object_id, extra_context=None):
        """The revisions, each saying what happened, with the item's comments beside them and the
        comparison set to the last change of content."""
        obj = self._visible_object(request, object_id)
        if obj is not None:
            revisions = _described(
                list(obj.history.select_related("history_user").order_by("-history_date", "-history_id"))
            )
            older, newer = last_content_change(revisions)
            extra_context = {
                **(extra_context or {}),
                "revisions": revisions,
                "default_older": older,
                "default_newer": newer,
                # The desk's comments, for the kinds that have the desk beside them (articles, statements).
                "comments": list(obj.comments.select_related("author")) if hasattr(obj, "comments") else None,
            }
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A revert is an edit of the item as it is now, whatever state the old revision was in.
        current = self.get_object(request, unquote(object_id))
        if request.method == "POST" and (current is None or not self.has_change_permission(request, current)):
            raise PermissionDenied
        try:
            return super().history_form_view(request, object_id, version_id, extra_context)
        except EditConflict:
            return super().history_form_view(request, object_id, version_id, extra_context)

    def compare_view(self, request, object_id):
        """A word-by-word diff between any two revisions of one item."""
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        revisions = _described(
            list(obj.history.select_related("history_user").order_by("-history_date", "-history_id"))
        )
        by_id = {str(r.history_id): r for r in revisions}
        # Without a choice, the last change of content: workflow steps alter no text.
        default_older, default_newer = last_content_change(revisions)
        newer = by_id.get(request.GET.get("newer")) or default_newer
        older = by_id.get(request.GET.get("older")) or default_older
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
                "revert_disabled": self.revert_disabled(request, obj),
            },
        )
