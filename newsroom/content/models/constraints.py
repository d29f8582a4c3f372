"""Database constraints that several models share."""

from django.db import models
from django.db.models import Q


def not_blank(field, model):
    """A check constraint that keeps a required text field from holding only an empty string."""
    return models.CheckConstraint(condition=~Q(**{field: ""}), name=f"{model}_{field}_not_blank")


def one_item(model, fields=("article", "statement")):
    """A check constraint for rows that belong to exactly one of the items `fields` name (an article
    or a statement; the workflow's log and corrections also a live page's entry, or a live page)."""
    condition = Q()
    for field in fields:
        condition |= Q(
            **{f"{field}__isnull": False}, **{f"{other}__isnull": True for other in fields if other != field}
        )
    return models.CheckConstraint(condition=condition, name=f"{model}_one_item")
