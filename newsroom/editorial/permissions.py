"""Who may do what to an article or statement. Reading code (views, the admin's lists) and the
workflow both ask here, so the rules have one home and reading code never imports the workflow."""

from newsroom.content.states import Status
from newsroom.core.permissions import permission


def is_editor(*, user, model):
    """Editors (and superusers) hold the publish permission for the model."""
    return user.has_perm(permission(model, "publish"))


def can_edit(*, user, item):
    """Editors edit anything; a reporter edits only their own drafts."""
    if not user.has_perm(permission(type(item), "change")):
        return False
    if is_editor(user=user, model=type(item)):
        return True
    return item.status == Status.DRAFT and item.created_by_id == user.pk
