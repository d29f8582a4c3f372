"""Widgets of the admin's forms."""

from django import forms
from django.contrib.admin import widgets
from django.utils.html import format_html
from taggit.forms import TagWidgetMixin


class TagSuggestionsInput(TagWidgetMixin, forms.TextInput):
    """django-taggit's comma-separated tag box, with existing tags offered as one types (from
    `suggestions_url`, through a datalist the browser shows natively); a new name becomes a tag."""

    def __init__(self, suggestions_url, attrs=None):
        super().__init__(attrs={"autocomplete": "off", "class": "vTextField nr-tag-input", **(attrs or {})})
        self.suggestions_url = suggestions_url

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["attrs"]["list"] = f"{widget['attrs'].get('id', name)}-suggestions"
        widget["attrs"]["data-suggestions-url"] = self.suggestions_url
        return context

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        list_id = f"{(attrs or {}).get('id', name)}-suggestions"
        return format_html(
            '{}<datalist id="{}"></datalist><div class="help nr-tag-help">Separate tags with commas: existing '
            "tags are offered as you type, and a new name makes a new tag.</div>",
            box,
            list_id,
        )


class AutocompleteSelect(widgets.AutocompleteSelect):
    """The admin's searching select, as valid HTML: Django renders its empty first option with no
    text, which an <option> may not have without a label, and leaves it out of a required select,
    whose first option must be empty. The label is for the select itself; select2, which stands in
    for it on screen, shows its own placeholder. A multiple select has no empty option."""

    def optgroups(self, name, value, attr=None):
        groups = super().optgroups(name, value, attr)
        options = groups[0][1]
        if self.allow_multiple_selected:
            return groups
        if not options or options[0]["value"] != "":
            options.insert(0, self.create_option(name, "", "", False, 0))
        options[0]["attrs"]["label"] = "Choose one" if self.is_required else "None"
        for index, option in enumerate(options):
            option["index"] = str(index)
        return groups


class LabelledAutocompleteMixin:
    """For a ModelAdmin or an inline: its autocomplete foreign keys use the AutocompleteSelect above."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
