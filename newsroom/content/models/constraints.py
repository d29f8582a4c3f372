"""Database constraints that several models share."""

from django.db import models
from django.db.models import Q


def not_blank(field, model):
    """A check constraint that keeps a required text field from holding only an empty string."""
    return models.CheckConstraint(condition=~Q(**{field: ""}), name=f"{model}_{field}_not_blank")


def one_item(model):
    """A check constraint for rows that belong to exactly one article or one statement."""
    return models.CheckConstraint(
        condition=Q(article__isnull=False, statement__isnull=True) | Q(article__isnull=True, statement__isnull=False),
        name=f"{model}_one_item",
    )
