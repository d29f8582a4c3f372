"""Template filters for the reading site."""

from django import template
from django.utils import timezone

from newsroom.discovery import canonical_tags

register = template.Library()


@register.filter
def machine_time(value):
    """A datetime as HTML's `datetime` attribute wants it: local time to the second, with its offset.

    Django's `date:"c"` keeps microseconds, which the HTML standard does not allow (three
    fractional digits at most), so the Nu HTML checker refuses it.
    """
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


@register.filter
def with_tag(path, slug):
    """The combined tag path `path` (slugs joined by /) with one more tag, in its canonical order."""
    return "/".join(canonical_tags([*path.split("/"), slug]))
