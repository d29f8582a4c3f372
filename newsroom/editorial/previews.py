"""Signed, expiring, revocable preview links for unpublished articles and statements."""

import datetime

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from newsroom.editorial.models import PreviewLink
from newsroom.editorial.permissions import is_editor

DEFAULT_HOURS = 48
MAX_HOURS = 24 * 14


def preview_token(link):
    return link.token


def link_for_token(token):
    """The live link a token names, or None: a bad signature, a revoked or an expired link all fail."""
    try:
        pk = signing.Signer(salt=PreviewLink.TOKEN_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError):
        return None
    return (
        PreviewLink.objects.filter(pk=pk, revoked_at__isnull=True, expires_at__gt=timezone.now())
        .select_related("article", "statement")
        .first()
    )


def preview_link_create(*, item, user, hours: int = DEFAULT_HOURS):
    """An editor shares `item` as it stands, for `hours` (at most two weeks), with someone outside."""
    if not is_editor(user=user, model=type(item)):
        raise PermissionDenied("Only an editor may share a preview link.")
    hours = max(1, min(hours, MAX_HOURS))
    now = timezone.now()
    with transaction.atomic():
        return PreviewLink.objects.create(
            **{item._meta.model_name: item},
            created_by=user,
            created_at=now,
            expires_at=now + datetime.timedelta(hours=hours),
        )


def preview_link_revoke(*, link, user):
    if not is_editor(user=user, model=type(link.item)):
        raise PermissionDenied("Only an editor may revoke a preview link.")
    PreviewLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
