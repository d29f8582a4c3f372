"""Revisions in the admin: comparing any two word by word, and reverting as a new edit."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from newsroom.editing import EditConflict
from newsroom.revisions import diff_table


class RevisionsMixin:
    """For PublishableAdmin (a SimpleHistoryAdmin): the compare view, and reverts that obey the
    same edit rules as the change form."""

    object_history_template = "admin/newsroom/object_history.html"

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
