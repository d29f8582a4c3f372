"""Widgets of the admin's forms."""

from django import forms
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
