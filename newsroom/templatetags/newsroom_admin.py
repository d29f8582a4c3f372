"""Template filters for the newsroom's admin pages."""

from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

from newsroom.editorial.revisions import what_happened as describe

register = template.Library()


@register.filter
def what_happened(revision):
    """What a revision records: the workflow step (with its note) or the edit."""
    return describe(revision)


@register.filter
def ago(moment):
    """How long ago, in the desk's words: "just now" under a minute (Django's timesince says
    "0 minutes"), else "3 hours ago"."""
    if moment is None:
        return ""
    if timezone.now() - moment < timedelta(minutes=1):
        return "just now"
    return f"{timesince(moment)} ago"
