"""Photos: an uploaded image with what a reader needs to read it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator

from newsroom.content.models.constraints import not_blank


class Photo(models.Model):
    """An uploaded image with what a reader needs to read it: alt text, credit, caption, focal point.

    Renditions (several widths, AVIF, WebP and JPEG) are made by newsroom.content.photos when it is saved
    in the admin; `rendition_widths` lists the widths made, so pages name them without a query.
    """

    image = models.ImageField(upload_to="photos/%Y/%m/", width_field="width", height_field="height")
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    alt_text = models.CharField(
        max_length=300,
        help_text="What the photo shows, for readers who cannot see it (screen readers, images off).",
    )
    credit = models.CharField(max_length=200, blank=True, help_text="Photographer or agency.")
    caption = models.TextField(blank=True, help_text="Shown under the photo where a caption gives no text of its own.")
    focal_x = models.FloatField(
        "focal point across",
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 is the left edge, 1 the right: what a cropped card keeps in view.",
    )
    focal_y = models.FloatField(
        "focal point down",
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="0 is the top edge, 1 the bottom.",
    )
    rendition_widths = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            not_blank("alt_text", "photo"),
            models.CheckConstraint(
                condition=Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="photo_focal_point_inside",
            ),
        ]

    def __str__(self):
        return Truncator(self.alt_text).words(10)
