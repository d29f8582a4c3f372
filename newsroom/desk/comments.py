"""Comments: notes on an item between the people working on it, never shown to readers."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from newsroom.content.models import Article, Statement
from newsroom.core.permissions import permission
from newsroom.desk.items import item_field
from newsroom.desk.models import Comment


def comment_add(*, item: Article | Statement, user, text: str) -> Comment:
    """Leave a note on `item` for the people working on it. Anyone who may see the item may
    comment, in any state: the conversation goes on after publication too."""
    if not user.has_perm(permission(item, "view")):
        raise PermissionDenied(f"You may not comment on this {item._meta.verbose_name}.")
    with transaction.atomic():
        comment = Comment(**item_field(item), author=user, text=(text or "").strip())
        comment.full_clean()
        comment.save()
    return comment
