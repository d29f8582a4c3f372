from django import forms
from django.utils.html import format_html, format_html_join

from newsroom.editing import current_version
from newsroom.revisions import changes_between


class VersionedForm(forms.ModelForm):
    """An edit form that knows which version it was opened at, and refuses to overwrite a newer one."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The version in the database now, not the instance's: a revert form holds an old copy.
            self.fields["opened_version"].initial = current_version(self.instance)

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
