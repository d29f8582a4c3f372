"""Filters of the claims lists, and those the statement and article lists take (`responds_to`,
`incident`). A statement id that is not a positive whole number, or a kind not on the list, is a
400 naming the parameter; an unknown incident or rating an empty list."""

import django_filters
from django import forms
from django.db.models import F, Lookup, Subquery
from drf_spectacular.utils import extend_schema_field

from newsroom.claims.kinds import Kind
from newsroom.claims.models import FactCheck, Incident, IncidentStatement, Rating, StatementLink

# The largest id PostgreSQL's bigint holds: a larger one is malformed, not "not found".
LARGEST_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": LARGEST_ID})
class IdFilter(django_filters.Filter):
    """A statement's id."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", LARGEST_ID)
        super().__init__(*args, **kwargs)


class AmongIds(Lookup):
    """`lhs` (a column of ids) is one of the ids a subquery (`rhs`) reads. On PostgreSQL
    `= ANY(ARRAY(subquery))`: the ids are read once, as an array, and matched through the column's
    index, without a round trip of their own and without a plan for a query that names each of them
    (813 ids twice for the largest incident: 13 ms of psycopg splitting the query, 6 ms of planning).
    As a join or `IN (subquery)` the planner would read every link to match them."""

    lookup_name = "among_ids"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = compiler.compile(self.lhs)
        rhs, rhs_params = compiler.compile(self.rhs)
        return f"{lhs} IN {rhs}", (*lhs_params, *rhs_params)

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = compiler.compile(self.lhs)
        rhs, rhs_params = compiler.compile(self.rhs)
        return f"{lhs} = ANY(ARRAY{rhs})", (*lhs_params, *rhs_params)


def live_incident(slug):
    """The id of the live incident with `slug`, or None: a draft incident has no members for readers."""
    return Incident.objects.live().filter(slug=slug).values_list("pk", flat=True).first()


def answering(statement_id):
    """The ids of the statements with a live link to `statement_id` (those answering it)."""
    return StatementLink.objects.live().filter(to_statement=statement_id).values("from_statement")


def in_incident(queryset, name, value):
    incident = live_incident(value)
    return queryset.none() if incident is None else queryset.filter(incidents=incident)


def responding(queryset, name, value):
    return queryset.filter(pk__in=answering(value))


class LinkFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Kind.choices, help_text="Only links of this kind.")
    responds_to = IdFilter(field_name="to_statement", help_text="Id of the statement the links answer.")
    from_statement = IdFilter(field_name="from_statement", help_text="Id of the statement that makes the links.")
    statement = IdFilter(method="touching", help_text="Id of a statement at either end.")
    incident = django_filters.CharFilter(
        method="by_incident", help_text="Slug of an incident: links between two of its statements."
    )

    class Meta:
        model = StatementLink
        fields = []

    def touching(self, queryset, name, value):
        return queryset.touching([value])

    def by_incident(self, queryset, name, value):
        incident = live_incident(value)
        if incident is None:
            return queryset.none()
        # Its statements' ids as an array the query reads once: the links are found through their
        # indexes (a join lets the planner read every link to match them).
        members = IncidentStatement.objects.filter(incident=incident).values("statement_id")
        return queryset.filter(
            AmongIds(F("from_statement_id"), Subquery(members)), AmongIds(F("to_statement_id"), Subquery(members))
        )


class IncidentFilter(django_filters.FilterSet):
    began_after = django_filters.DateFilter(field_name="began_on", lookup_expr="gte", help_text="ISO 8601 date.")
    began_before = django_filters.DateFilter(field_name="began_on", lookup_expr="lte", help_text="ISO 8601 date.")

    class Meta:
        model = Incident
        fields = []


class FactCheckFilter(django_filters.FilterSet):
    rating = django_filters.CharFilter(method="by_rating", help_text="Slug of a rating of the scale.")
    statement = IdFilter(field_name="statement", help_text="Id of the statement checked.")

    class Meta:
        model = FactCheck
        fields = []

    def by_rating(self, queryset, name, value):
        rating = Rating.objects.filter(slug=value).values_list("pk", flat=True).first()
        return queryset.none() if rating is None else queryset.filter(rating=rating)
