"""The desk's forms: a comment, an assignment."""

from django import forms

from newsroom.core.times import UtcDateTimeField


class CommentForm(forms.Form):
    """A note on an item for the people working on it (newsroom.desk.comments.comment_add)."""

    text = forms.CharField(label="Comment", max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class AssignmentForm(forms.Form):
    """Who looks after an item on the desk, and by when (newsroom.desk.assignments.assignment_set)."""

    assigned_to = forms.ModelChoiceField(queryset=None, required=False, label="Assigned to", empty_label="Nobody")
    due_at = UtcDateTimeField(required=False, label="Due")

    def __init__(self, *args, editors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assigned_to"].queryset = editors
        self.fields["assigned_to"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
