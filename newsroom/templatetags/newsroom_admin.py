"""Template filters for the newsroom's admin pages."""

from django import template

from newsroom.editorial.revisions import what_happened as describe

register = template.Library()


@register.filter
def what_happened(revision):
    """What a revision records: the workflow step (with its note) or the edit."""
    return describe(revision)
