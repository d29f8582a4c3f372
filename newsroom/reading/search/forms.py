"""The reader's search as a form: the search page's query string, and the API's `q`."""

from urllib.parse import urlencode

from django import forms

from newsroom.reading.search.results import search_page
from newsroom.reading.search.terms import SearchError, parse


class SearchField(forms.CharField):
    """The reader's words, parsed into Terms; a search too long to run is a validation error."""

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        try:
            return parse(text)
        except SearchError as error:
            raise forms.ValidationError(str(error), code="too_long") from None


_KIND_SELECTS = {}  # {a choice of SearchForm.kind: its <select> with that choice selected}


class SearchForm(forms.Form):
    """What the search page reads from its query string."""

    q = SearchField(required=False, label="Words")
    kind = forms.ChoiceField(
        required=False, choices=[("", "Reports and statements"), ("article", "Reports"), ("statement", "Statements")]
    )
    tag = forms.SlugField(required=False, allow_unicode=True)
    actor = forms.SlugField(required=False, allow_unicode=True)
    after = forms.DateField(required=False, label="From")
    before = forms.DateField(required=False, label="To")
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def kind_select(self):
        """The `kind` field's <select>, as `{{ form.kind }}` renders it: rendered once per process for each of its
        choices (Django renders a widget through its template engine: about a millisecond of every search), and
        as the field renders it for any other value or with an error."""
        field = self["kind"]
        value = field.value() or ""
        if value not in _KIND_VALUES or field.errors:
            return field.as_widget()
        if value not in _KIND_SELECTS:
            _KIND_SELECTS[value] = field.as_widget()
        return _KIND_SELECTS[value]

    def results(self):
        """The page of results the form asks for, or None when it asks for nothing or is invalid."""
        if not self.is_valid() or not self.cleaned_data["q"]:
            return None
        data = self.cleaned_data
        results = search_page(
            data["q"],
            page=data["page"] or 1,
            kind=data["kind"],
            tag=data["tag"],
            actor=data["actor"],
            after=data["after"],
            before=data["before"],
        )
        kept = {name: self.data[name] for name in self.fields if name != "page" and self.data.get(name)}
        if results.has_previous:
            results.previous_url = "?" + urlencode({**kept, "page": results.number - 1})
        if results.has_next:
            results.next_url = "?" + urlencode({**kept, "page": results.number + 1})
        return results


_KIND_VALUES = {value for value, _ in SearchForm.base_fields["kind"].choices}
