"""Who may change an actor or a source: readers see their names wherever published content names
them, so once content beyond a draft does, only an editor changes them.

Reporters add actors and sources and correct them while only drafts name them; editors hold the
`change_published_actor` and `change_published_source` permissions (newsroom/migrations/
0013_hardinput_reference_permissions.py) and change any.
"""

from django.db.models import Q

from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.content.states import Status
from newsroom.core.permissions import permission


def beyond_drafts(model):
    """Items that have left the reporter's hands: in review, published (live, scheduled or
    expired) or unpublished after readers saw them."""
    return model.objects.exclude(status=Status.DRAFT)


def named_beyond_drafts(obj):
    """Whether any article or statement past the draft stage names this actor or source."""
    if isinstance(obj, Actor):
        # An organisation's name shows beside each of its members' words.
        named = Q(pk=obj.pk) | Q(affiliation=obj.pk)
        return (
            beyond_drafts(Statement).filter(actor__in=Actor.objects.filter(named)).exists()
            # a joint statement names all its speakers
            or beyond_drafts(Statement).filter(co_speakers__in=Actor.objects.filter(named)).exists()
            or beyond_drafts(Article).filter(actors__in=Actor.objects.filter(named)).exists()
        )
    if isinstance(obj, Source):
        return (
            beyond_drafts(Statement).filter(source=obj).exists()
            or beyond_drafts(Article).filter(Q(publisher=obj) | Q(sources=obj)).exists()
        )
    raise TypeError(f"Not an actor or a source: {obj!r}")


def can_change_reference(*, user, obj):
    """Whether `user` may change this actor or source (see the module's docstring)."""
    if not user.has_perm(permission(obj, "change")):
        return False
    if user.has_perm(permission(obj, "change_published")):
        return True
    return not named_beyond_drafts(obj)
