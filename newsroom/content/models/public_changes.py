"""Public changes: moments when what readers see changed in a way the items' own dates do not show."""

from django.db import models


class PublicChange(models.Model):
    """A tag, a citation, a caption, an actor mentioned, a source drawn on, a photo or a correction of
    live content changed, or an actor, source, photo or tag that live content names: written by
    newsroom.content.public_changes, read (its newest row) by newsroom.content.public_clock."""

    at = models.DateTimeField()
    what = models.CharField(max_length=200, help_text="What changed, for people reading the table.")

    class Meta:
        ordering = ["-at"]
        # The clock reads the newest row from this index alone.
        indexes = [models.Index(fields=["-at"], name="publicchange_newest")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S}: {self.what}"
