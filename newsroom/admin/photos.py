from django import forms
from django.conf import settings
from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html

from newsroom.content.models import Photo
from newsroom.content.photos import photo_check_pixels, photo_renditions_later, picture
from newsroom.edge import purge_on_commit


class PhotoForm(forms.ModelForm):
    class Meta:
        model = Photo
        fields = ("image", "alt_text", "credit", "caption", "focal_x", "focal_y")
        widgets = {"alt_text": forms.TextInput(attrs={"size": 80})}

    def clean_image(self):
        image = self.cleaned_data["image"]
        limit = settings.NEWSROOM_PHOTO_MAX_BYTES
        if image and image.size > limit:
            raise forms.ValidationError(
                f"The photo is {filesizeformat(image.size)}; the most accepted is {filesizeformat(limit)}."
            )
        if image:
            photo_check_pixels(image)
        return image


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    form = PhotoForm
    list_display = ("thumbnail", "alt_text", "credit", "width", "height", "created_at")
    search_fields = ("alt_text", "credit", "caption")
    readonly_fields = ("preview", "width", "height", "rendition_widths")
    fieldsets = (
        (None, {"fields": ("image", "preview", "alt_text", "credit", "caption")}),
        ("Cropping for cards", {"fields": ("focal_x", "focal_y")}),
        ("Renditions", {"classes": ("collapse",), "fields": ("width", "height", "rendition_widths")}),
    )

    def save_model(self, request, obj, form, change):
        if change:
            purge_on_commit(obj)
        super().save_model(request, obj, form, change)
        # Renditions are named by photo and width: a new image overwrites the old one's.
        if "image" in form.changed_data or not obj.rendition_widths:
            photo_renditions_later(obj)

    @admin.display(description="Photo")
    def thumbnail(self, obj):
        found = picture(obj)
        if found is None:
            return "—"
        return format_html('<img src="{}" alt="" width="80" style="height:auto">', found.src)

    @admin.display(description="Preview")
    def preview(self, obj):
        found = picture(obj)
        if found is None:
            return "Being made: reload in a moment. (Pages show the photo once it has renditions.)"
        return format_html('<img src="{}" alt="{}" style="max-width:24rem;height:auto">', found.src, found.alt)
