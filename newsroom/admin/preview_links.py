"""Sharing a signed preview link from an item's change page, and revoking it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from newsroom.core.numbers import whole_number
from newsroom.editorial.permissions import is_editor
from newsroom.editorial.previews import preview_link_create, preview_link_revoke


class PreviewLinksMixin:
    """For PublishableAdmin: the create and revoke views, and the links the change page lists."""

    @method_decorator(require_POST)
    def preview_link_view(self, request, object_id, link_id=None):
        """Create a preview link for the item, or revoke one (with a link id)."""
        obj = self._visible_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        try:
            if link_id is None:
                hours = whole_number(request.POST.get("hours") or "48", minimum=1)
                if hours is None:
                    raise ValueError("The link's length is a whole number of hours.")
                link = preview_link_create(item=obj, user=request.user, hours=hours)
                url = request.build_absolute_uri(link.get_absolute_url())
                self.message_user(request, f"Preview link, valid until {link.expires_at:%d %b %Y %H:%M}: {url}")
            else:
                link = obj.preview_links.filter(pk=link_id).first()
                if link is not None:
                    preview_link_revoke(link=link, user=request.user)
                    self.message_user(request, "The preview link no longer works.", messages.SUCCESS)
        except (PermissionDenied, ValueError) as error:
            self.message_user(request, str(error) or "Only an editor may share a preview link.", messages.ERROR)
        return self._change_page(obj)

    def preview_link_context(self, request, obj, now):
        return {
            "can_share": is_editor(user=request.user, model=self.model),
            "preview_links": [
                (link, request.build_absolute_uri(link.get_absolute_url()))
                for link in obj.preview_links.filter(revoked_at__isnull=True, expires_at__gt=now)
            ],
        }
