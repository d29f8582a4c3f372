from django import forms
from django.utils.html import format_html, format_html_join
from taggit.models import Tag

from newsroom.core.limits import TAGS_PER_ITEM
from newsroom.core.numbers import whole_number
from newsroom.core.times import UtcDateTimeField
from newsroom.editorial.editing import current_version
from newsroom.editorial.revisions import changes_between


class VersionInput(forms.HiddenInput):
    """The version a form was opened at. The admin's fieldsets label every field they hold; a label's
    `for` may not point at a hidden control, so this one is no label's target."""

    def id_for_label(self, id_):
        return None


class VersionedForm(forms.ModelForm):
    """An edit form that knows which version it was opened at, and refuses to overwrite a newer one."""

    opened_version = forms.IntegerField(
        widget=VersionInput,
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
        # taggit's field lets any length and number through, and its table holds 100 characters a name.
        tags = self.cleaned_data["tags"]
        if len(tags) > TAGS_PER_ITEM:
            raise forms.ValidationError(
                "An item may carry at most %(limit)d tags: these are %(count)d.",
                code="max_tags",
                params={"limit": TAGS_PER_ITEM, "count": len(tags)},
            )
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
        pairs = [[whole_number(number, minimum=1) for number in part.split(":")] for part in value.split(",")]
        if any(len(pair) != 2 or None in pair for pair in pairs):
            raise forms.ValidationError("The statements shown could not be read: reload the page.")
        return dict(pairs)

    def step_arguments(self):
        """The keyword arguments for newsroom.editorial.workflow.transition (the statements' versions aside)."""
        return {k: v for k, v in self.cleaned_data.items() if k != "statement_versions"}

    def error_text(self):
        """The errors as one sentence naming each field, for an admin message."""
        return " ".join(
            f"{self.fields[name].label or name.replace('_', ' ').capitalize()}: {' '.join(errors)}"
            for name, errors in self.errors.items()
        )
