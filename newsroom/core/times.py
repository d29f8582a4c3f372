"""Times as the database keeps them: aware, in UTC."""

import datetime

from django import forms


def to_utc(value):
    """An aware date-time in UTC, or a ValidationError: PostgreSQL refuses offsets beyond ±15:59
    and Python cannot shift a time near year 9999 across the date line."""
    if value is None:
        return None
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError:
        raise forms.ValidationError("The date and time are out of range.", code="invalid") from None


class InUtc:
    """Mixed into a date-time form field (Django's, django-filter's ISO 8601 one): its value in UTC."""

    def to_python(self, value):
        return to_utc(super().to_python(value))


class UtcDateTimeField(InUtc, forms.DateTimeField):
    """A date and time from a `datetime-local` input (the newsroom's time zone) or ISO 8601."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
