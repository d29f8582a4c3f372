"""List filters that stay one control however many actors, sources and tags there are.

Django's related-field filter prints every actor and tag as a link: a wall at a newsroom's 5,000
actors. These filters print one search box (the admin's own select2 autocomplete, which asks the
server page by page) holding only the value chosen. Actors and sources are searched through the
admin's autocomplete view and their admins' `search_fields`; tags, which Django's autocomplete
view cannot reach through django-taggit's manager, through `tag_suggestions`.

Written here rather than taken from django-admin-autocomplete-filter: that package's last release
predates Django 5's list-filter API (parameters as lists), and this is one small class.
"""

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Case, IntegerField, Value, When
from django.http import JsonResponse
from django.urls import reverse
from taggit.models import Tag

TAG_SUGGESTIONS = 20


class AutocompleteFilter(admin.ListFilter):
    """Filter a list by one related object, chosen in a searching select box.

    Subclasses name the `field_name` (a relation of the listed model) and `title`; `lookup` is
    what the chosen primary key filters on (the field itself by default).
    """

    template = "admin/newsroom/autocomplete_filter.html"
    field_name = ""
    lookup = ""

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.parameter_name = f"{self.field_name}__pk__exact"
        value = params.pop(self.parameter_name, None)
        if isinstance(value, list):
            value = value[-1] if value else None
        self.value = value or None
        self.model = model
        self.admin_site = model_admin.admin_site
        self.field = model._meta.get_field(self.field_name)
        self.remote_model = self.field.remote_field.model
        self.selected = None
        if self.value is not None:
            try:
                self.selected = self.remote_model._default_manager.filter(pk=self.value).first()
            except (ValueError, TypeError) as error:
                raise IncorrectLookupParameters(error) from error

    def has_output(self):
        return True

    def expected_parameters(self):
        return [self.parameter_name]

    def queryset(self, request, queryset):
        if self.value is None:
            return queryset
        try:
            return queryset.filter(**{self.lookup or f"{self.field_name}__pk": self.value}).distinct()
        except (ValueError, TypeError) as error:
            raise IncorrectLookupParameters(error) from error

    def autocomplete_url(self):
        return reverse("admin:autocomplete")

    def choices(self, changelist):
        yield {
            "parameter_name": self.parameter_name,
            "selected": self.selected,
            "value": self.value or "",
            "url": self.autocomplete_url(),
            "app_label": self.model._meta.app_label,
            "model_name": self.model._meta.model_name,
            "field_name": self.field_name,
            "placeholder": f"Any {self.title}",
            "clear_url": changelist.get_query_string(remove=[self.parameter_name]),
            "query_string": changelist.get_query_string(remove=[self.parameter_name, "p"]),
        }


class ActorFilter(AutocompleteFilter):
    title = "actor"


class SourceFilter(AutocompleteFilter):
    title = "source"


class TagFilter(AutocompleteFilter):
    title = "tag"
    field_name = "tags"

    def autocomplete_url(self):
        return reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_tags")


def filter_on(field_name, base, title=None):
    """A filter class of kind `base` for the relation `field_name` (titled `title`)."""
    return type(
        f"{field_name.title()}{base.__name__}", (base,), {"field_name": field_name, "title": title or base.title}
    )


def suggest_tags(term, limit=TAG_SUGGESTIONS):
    """Tag names for what someone is typing: names starting with it first, then containing it."""
    term = (term or "").strip()
    tags = Tag.objects.all()
    if term:
        tags = tags.filter(name__icontains=term).annotate(
            starts=Case(When(name__istartswith=term, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
        tags = tags.order_by("starts", "name")
    else:
        tags = tags.order_by("name")
    return list(tags.values("pk", "name")[: limit + 1])


def tag_suggestions(request):
    """JSON for the tag boxes: select2's format ({results: [{id, text}], pagination}) for the list
    filter, and `names` for the tag field's suggestions."""
    found = suggest_tags(request.GET.get("term"))
    more, found = len(found) > TAG_SUGGESTIONS, found[:TAG_SUGGESTIONS]
    return JsonResponse(
        {
            "results": [{"id": str(t["pk"]), "text": t["name"]} for t in found],
            "pagination": {"more": more},
            "names": [t["name"] for t in found],
        }
    )


def autocomplete_media(model_admin):
    """The admin's select2 scripts and styles, for a list page that has no autocomplete field."""
    return AutocompleteSelect(model_admin.model._meta.get_field("created_by"), model_admin.admin_site).media
