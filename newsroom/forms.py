import datetime

from django import forms
from django.utils.html import format_html, format_html_join
from taggit.forms import TagWidgetMixin
from taggit.models import Tag

from newsroom.editing import current_version
from newsroom.revisions import changes_between


def to_utc(value):
    """An aware date-time in UTC, or a ValidationError: PostgreSQL refuses offsets beyond ±15:59
    and Python cannot shift a time near year 9999 across the date line."""
    if value is None:
        return None
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError:
        raise forms.ValidationError("The date and time are out of range.", code="invalid") from None


class UtcDateTimeField(forms.DateTimeField):
    """A date and time from a `datetime-local` input (the newsroom's time zone) or ISO 8601."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def to_python(self, value):
        return to_utc(super().to_python(value))


class VersionedForm(forms.ModelForm):
    """An edit form that knows which version it was opened at, and refuses to overwrite a newer one."""

    opened_version = forms.IntegerField(
        widget=forms.HiddenInput,
        required=False,
        min_value=1,
        error_messages={"required": "The form did not say which version you opened: reload the page and edit again."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The version in the database now, not the instance's: a revert form holds an old copy.
            self.fields["opened_version"].initial = current_version(self.instance)
            self.fields["opened_version"].required = True

    def clean_tags(self):
        # taggit's field lets any length through, and its table holds 100 characters a name.
        tags = self.cleaned_data["tags"]
        longest = Tag._meta.get_field("name").max_length
        too_long = [tag for tag in tags if len(tag) > longest]
        if too_long:
            raise forms.ValidationError(
                "A tag may have at most %(limit)d characters: “%(tag)s…” has %(length)d.",
                code="max_length",
                params={"limit": longest, "tag": too_long[0][:30], "length": len(too_long[0])},
            )
        return tags

    def clean(self):
        cleaned = super().clean()
        opened = cleaned.get("opened_version")
        if self.instance.pk and opened is not None:
            now = current_version(self.instance)
            if now != opened:
                changes = changes_between(type(self.instance), self.instance.pk, opened, now)
                listed = format_html_join("", "<li><strong>{}</strong>: {}</li>", changes) if changes else ""
                raise forms.ValidationError(
                    format_html(
                        "Someone saved this {} while you were editing it (your copy is version {}, the saved one "
                        "is version {}). Your text is still below: copy what you need, reload, and apply it "
                        "again.<ul>{}</ul>",
                        self.instance._meta.verbose_name,
                        opened,
                        now,
                        listed,
                    ),
                    code="edit_conflict",
                )
        return cleaned


class TransitionForm(forms.Form):
    """What a workflow button sends: a note, the schedule (publishing only) and the version the
    person had in front of them."""

    note = forms.CharField(required=False, max_length=5000)
    go_live_at = UtcDateTimeField(required=False, label="Go live at")
    expires_at = UtcDateTimeField(required=False, label="Expire at")
    version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    # "Publish with its statements": the statements shown to the editor, as "pk:version,pk:version".
    statement_versions = forms.CharField(required=False, max_length=5000, widget=forms.HiddenInput)

    def clean_statement_versions(self):
        value = self.cleaned_data["statement_versions"].strip()
        if not value:
            return None
        try:
            pairs = [part.split(":") for part in value.split(",")]
            return {int(pk): int(version) for pk, version in pairs}
        except ValueError:
            raise forms.ValidationError("The statements shown could not be read: reload the page.") from None

    def step_arguments(self):
        """The keyword arguments for newsroom.workflow.transition (the statements' versions aside)."""
        return {k: v for k, v in self.cleaned_data.items() if k != "statement_versions"}

    def error_text(self):
        """The errors as one sentence naming each field, for an admin message."""
        return " ".join(
            f"{self.fields[name].label or name.replace('_', ' ').capitalize()}: {' '.join(errors)}"
            for name, errors in self.errors.items()
        )


class CommentForm(forms.Form):
    """A note on an item for the people working on it (newsroom.desk.comment_add)."""

    text = forms.CharField(label="Comment", max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class AssignmentForm(forms.Form):
    """Who looks after an item on the desk, and by when (newsroom.desk.assignment_set)."""

    assigned_to = forms.ModelChoiceField(queryset=None, required=False, label="Assigned to", empty_label="Nobody")
    due_at = UtcDateTimeField(required=False, label="Due")

    def __init__(self, *args, editors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = editors
        self.fields["assigned_to"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


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
