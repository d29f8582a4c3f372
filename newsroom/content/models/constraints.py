"""Database constraints that several models share."""

import functools
import operator

from django.db import models
from django.db.models import Q


def not_blank(field, model):
    """A check constraint that keeps a required text field from holding only an empty string."""
    return models.CheckConstraint(condition=~Q(**{field: ""}), name=f"{model}_{field}_not_blank")


def one_item(model, fields=("article", "statement")):
    """A check constraint for rows that belong to exactly one item: one of the foreign keys
    `fields` set (an article or a statement, unless told of other kinds), the others empty."""
    each = [Q(**{f"{other}__isnull": other != field for other in fields}) for field in fields]
    return models.CheckConstraint(condition=functools.reduce(operator.or_, each), name=f"{model}_one_item")
