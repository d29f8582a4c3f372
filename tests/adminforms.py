"""Filling in admin forms as a browser would: every field the page renders, with its current value."""

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    """The named fields of the form whose id ends in `_form` (the admin's add and change forms)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields, self.in_form, self.textarea, self.select, self.option = {}, False, None, None, None
        self.multiple = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("id") or "").endswith("_form"):
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields[name] = a.get("value", "on")
            else:
                self.fields[name] = a.get("value", "")
        elif tag == "textarea" and name:
            self.textarea, self.fields[name] = name, ""
        elif tag == "select" and name:
            self.select, self.multiple = name, "multiple" in a
            if not self.multiple:  # a multiple select with nothing chosen sends nothing
                self.fields.setdefault(name, "")
        elif tag == "option" and self.select:
            self.option = a.get("value", "")
            if "selected" in a and self.multiple:
                self.fields.setdefault(self.select, []).append(self.option)
            elif "selected" in a:
                self.fields[self.select] = self.option

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            # The admin writes a newline after <textarea>, which browsers drop.
            value = self.fields[self.textarea] + data
            self.fields[self.textarea] = (
                value[1:] if value.startswith("\n") and not self.fields[self.textarea] else value
            )


def form_fields(html):
    """The fields of the admin add or change form in `html`, as a browser would submit them unchanged."""
    parser = _FormFields()
    parser.feed(html)
    return parser.fields


def admin_form(client, url, **changes):
    """GET the admin form at `url` and return its fields with `changes` applied, ready to POST."""
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    return {**form_fields(page.content.decode()), **changes}
