"""Query filters for the API. Unknown tags, actors or sources give an empty list; malformed values a 400."""

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import router
from django_filters.fields import IsoDateTimeField
from django_filters.widgets import QueryArrayWidget
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from taggit.models import Tag

from newsroom.api.claims.filters import IdFilter, in_incident, responding
from newsroom.content.compiled import Compiled
from newsroom.content.models import Actor, Article, Source, Statement
from newsroom.core.times import InUtc
from newsroom.live.models import LiveEntry
from newsroom.reading.search.candidates import search
from newsroom.reading.search.forms import SearchField


class TagSlugsField(forms.Field):
    widget = QueryArrayWidget  # ?tag=nato&tag=eu, or ?tag=nato,eu

    def to_python(self, value):
        return [slug.strip() for item in value or [] for slug in item.split(",") if slug.strip()]


@extend_schema_field(serializers.ListField(child=serializers.SlugField()))
class AllTagsFilter(django_filters.Filter):
    """Items carrying every tag named (by slug)."""

    field_class = TagSlugsField
    repeatable = True  # ?tag=a&tag=b: the API's cache keys by every value (newsroom.api.cache)

    def filter(self, qs, value):
        slugs = set(value or [])
        if not slugs:
            return qs
        tags = list(Tag.objects.filter(slug__in=slugs))
        if len(tags) < len(slugs):
            return qs.none()  # an unknown tag: nothing carries it
        for tag in tags:
            qs = qs.tagged(tag)
        return qs


# The look-ups by slug below are queries of a fixed shape, compiled once per process (newsroom.content.compiled).
_IDS = {}


def by_id(model, slug):
    """The id of the `model` row with `slug`, or None: looked up first, so that the list's query
    filters on a constant the planner has statistics for (an index range in order), not a join."""
    if model not in _IDS:
        _IDS[model] = Compiled(lambda slug: model.objects.filter(slug=slug).values_list("pk")[:1])
    found = _IDS[model].rows(slug=slug)
    return found[0][0] if found else None


_COUNTED = ("statements_counted", "joint_counted", "mentions_counted")  # ActorQuerySet.with_frequency's
_FREQUENCY = Compiled(lambda slug: Actor.objects.filter(slug=slug).with_frequency().values_list("pk", *_COUNTED)[:1])


def with_frequency(slug):
    """The actor with `slug` (its id and how frequent it is: ActorQuerySet.with_frequency), or None; as
    `by_id`, looked up first, so that the list's query filters on a constant."""
    found = _FREQUENCY.rows(slug=slug)
    if not found:
        return None
    pk, *counts = found[0]
    actor = Actor.from_db(router.db_for_read(Actor), ["id"], [pk])  # its other fields deferred, as only("pk")
    actor.__dict__.update(zip(_COUNTED, counts, strict=True))
    return actor


class UtcIsoDateTimeField(InUtc, IsoDateTimeField):
    """An ISO 8601 date-time, in UTC (some valid ISO offsets go beyond what PostgreSQL takes). A bound
    that falls outside the years a date-time can hold once in UTC (“0001-01-01T00:03+03:00” is in the
    year 0) is the first or the last moment there is: a list before or after it is answered, as the
    schema's date-time promises, not refused."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            parsed = IsoDateTimeField.to_python(self, value)  # (a malformed value is refused here, as before)
            if parsed is None or parsed.tzinfo is None:
                raise
            edge = datetime.datetime.min if parsed.year < 5000 else datetime.datetime.max
            return edge.replace(tzinfo=datetime.UTC)


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField


@extend_schema_field(OpenApiTypes.STR)
class SearchFilter(django_filters.Filter):
    """The reader's words (newsroom.reading.search.forms.SearchField): too many is a 400 naming `q`."""

    field_class = SearchField


class FilterForm(forms.Form):
    """Refuses an ordering with an empty entry (?ordering=, or a stray comma): django-filter
    would clear the order, and an unordered page comes out in any order."""

    def clean_ordering(self):
        value = self.cleaned_data.get("ordering")
        if value and not all(value):
            raise forms.ValidationError("An ordering field is empty: name each field, separated by commas.")
        return value


class PublishedFilterSet(django_filters.FilterSet):
    tag = AllTagsFilter(help_text="Tag slug; repeat the parameter for items carrying all the tags.")
    published_after = UtcDateTimeFilter(
        field_name="first_published_at", lookup_expr="gte", help_text="ISO 8601 date-time, e.g. 2023-03-06T00:00:00Z."
    )
    published_before = UtcDateTimeFilter(field_name="first_published_at", lookup_expr="lt")
    q = SearchFilter(
        method="search",
        help_text='Words to look for, all of which must match; "a phrase" in double quotes, negoti* for a prefix. '
        "The best matches among the newest 100 come first, unless `ordering` says otherwise.",
    )

    def search(self, queryset, name, value):
        return queryset  # applied by filter_queryset, after every other filter

    @property
    def searched(self):
        """Whether `q` narrows the list: an actor's items are then fetched by key (ArticleQuerySet.involving)."""
        return self.form.cleaned_data.get("q") is not None

    def filter_queryset(self, queryset):
        # `q` keeps the best of the newest matches, so it must see every other filter first; its
        # ranking gives way to an explicit `ordering`.
        queryset = super().filter_queryset(queryset)
        terms = self.form.cleaned_data.get("q")
        if terms is None:
            return queryset
        found = search(queryset, terms)
        return found.order_by(*queryset.query.order_by) if self.form.cleaned_data.get("ordering") else found


class ArticleFilter(PublishedFilterSet):
    actor = django_filters.CharFilter(method="by_actor", help_text="Slug of an actor mentioned or quoted.")
    source = django_filters.CharFilter(method="by_source", help_text="Slug of the publisher or a source drawn on.")
    incident = django_filters.CharFilter(method=in_incident, help_text="Slug of an incident the reports belong to.")
    ordering = django_filters.OrderingFilter(fields=(("first_published_at", "published"), ("headline", "headline")))

    class Meta:
        model = Article
        fields = []
        form = FilterForm

    def by_actor(self, queryset, name, value):
        actor = with_frequency(value)
        return queryset.none() if actor is None else queryset.involving(actor, by_key=self.searched)

    def by_source(self, queryset, name, value):
        pk = by_id(Source, value)
        return queryset.none() if pk is None else queryset.drawing_on(pk)


class StatementFilter(PublishedFilterSet):
    actor = django_filters.CharFilter(
        method="by_actor", help_text="Slug of a speaker (the first or any other of a joint statement)."
    )
    source = django_filters.CharFilter(method="by_source", help_text="Slug of the source it is known from.")
    made_after = django_filters.DateFilter(field_name="made_on", lookup_expr="gte", help_text="ISO 8601 date.")
    made_before = django_filters.DateFilter(field_name="made_on", lookup_expr="lte")
    incident = django_filters.CharFilter(method=in_incident, help_text="Slug of an incident the statements belong to.")
    responds_to = IdFilter(
        method=responding, help_text="Id of a statement: those linked to it (responding, denying, echoing…)."
    )
    ordering = django_filters.OrderingFilter(fields=(("made_on", "made_on"), ("first_published_at", "published")))

    class Meta:
        model = Statement
        fields = []
        form = FilterForm

    def by_actor(self, queryset, name, value):
        actor = with_frequency(value)
        return queryset.none() if actor is None else queryset.spoken_by(actor, by_key=self.searched)

    def by_source(self, queryset, name, value):
        pk = by_id(Source, value)
        return queryset.none() if pk is None else queryset.filter(source=pk)


class ActorFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Actor.Kind.choices, help_text="Only actors of this kind.")

    class Meta:
        model = Actor
        fields = []


class LiveEntryFilter(django_filters.FilterSet):
    since = UtcDateTimeFilter(
        field_name="first_published_at",
        lookup_expr="gt",
        help_text="ISO 8601 date-time: only entries published after it (e.g. the newest one you have).",
    )

    class Meta:
        model = LiveEntry
        fields = []
