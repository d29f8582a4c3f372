"""Photo renditions: each photo at several widths in AVIF, WebP and JPEG, through Django's STORAGES.

Renditions are named from the photo and the width (`renditions/<pk>/<width>.<ext>`), so a page
builds `srcset` from `Photo.rendition_widths` and the storage's URLs, with no query and no check
that a file exists. They are made once, when a photo is saved in the admin (photo_make_renditions);
on the file system by default, on S3-compatible object storage when settings say so.
"""

import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps, features

from newsroom.content.public_changes import photo_is_shown, public_change

# Widths for a column of text (about 720 px) on phones, and twice that on dense screens.
WIDTHS = (320, 640, 960, 1280, 1600)
# Modern formats first: the browser takes the first <source> it can show; JPEG is for the rest.
FORMATS = (("avif", "image/avif"), ("webp", "image/webp"), ("jpg", "image/jpeg"))
SAVE_OPTIONS = {
    "avif": {"format": "AVIF", "quality": 60, "speed": 8},
    "webp": {"format": "WEBP", "quality": 78, "method": 4},
    "jpg": {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}
# How wide the photo shows: the text column on wide screens, the whole screen on phones.
STORY_SIZES = "(min-width: 60rem) 45rem, 100vw"
CARD_SIZES = "(min-width: 60rem) 20rem, 100vw"


def formats():
    """The formats this Pillow can write: AVIF needs a Pillow built with libavif."""
    return [(ext, mime) for ext, mime in FORMATS if ext != "avif" or features.check("avif")]


def rendition_name(photo, width, ext):
    return f"renditions/{photo.pk}/{width}.{ext}"


def widths_for(original_width):
    """Rendition widths no wider than the original (never enlarged); the original's own when smaller."""
    fitting = [w for w in WIDTHS if w <= original_width]
    return fitting or [original_width]


def photo_make_renditions(photo, *, storage=None):
    """Write every rendition of `photo` to storage and record their widths on it."""
    storage = storage or default_storage
    with photo.image.open("rb") as original:
        image = ImageOps.exif_transpose(Image.open(original))
        image.load()
    widths = widths_for(image.width)
    for width in widths:
        height = max(1, round(image.height * width / image.width))
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        for ext, _ in formats():
            data = io.BytesIO()
            # JPEG has no transparency; the others keep it.
            frame = resized.convert("RGB") if ext == "jpg" or resized.mode not in ("RGB", "RGBA") else resized
            frame.save(data, **SAVE_OPTIONS[ext])
            name = rendition_name(photo, width, ext)
            if storage.exists(name):
                storage.delete(name)
            storage.save(name, ContentFile(data.getvalue()))
    type(photo).objects.filter(pk=photo.pk).update(rendition_widths=widths)
    photo.rendition_widths = widths
    if photo_is_shown(photo):  # new files under the same names: pages that show it change
        public_change(f"renditions of photo {photo.pk}")
    return widths


@dataclass
class Source:
    mime: str
    srcset: str


@dataclass
class Picture:
    """What a template needs for <picture>: a <source> per modern format and the JPEG <img>."""

    photo: object
    sources: list
    src: str
    src_largest: str
    srcset: str
    sizes: str
    width: int
    height: int

    @property
    def alt(self):
        return self.photo.alt_text

    @property
    def focus_classes(self):
        """The focal point as two classes of site.css (`focus-x-30 focus-y-60`, in tenths), which
        set `object-position` for crops that keep what matters in view. Classes, not a style
        attribute: the Content-Security-Policy allows no inline style."""
        return f"focus-x-{int(self.photo.focal_x * 10 + 0.5) * 10} focus-y-{int(self.photo.focal_y * 10 + 0.5) * 10}"


def picture(photo, sizes=STORY_SIZES, *, storage=None):
    """The renditions of `photo` for a template, or None when there is none yet."""
    if photo is None or not photo.rendition_widths:
        return None
    storage = storage or default_storage
    widths = sorted(photo.rendition_widths)

    def srcset(ext):
        return ", ".join(f"{storage.url(rendition_name(photo, w, ext))} {w}w" for w in widths)

    sources = [Source(mime, srcset(ext)) for ext, mime in formats() if ext != "jpg"]
    fallback = widths[min(1, len(widths) - 1)]
    height = round(photo.height * widths[-1] / photo.width) if photo.width and photo.height else None
    return Picture(
        photo=photo,
        sources=sources,
        src=storage.url(rendition_name(photo, fallback, "jpg")),
        src_largest=storage.url(rendition_name(photo, widths[-1], "jpg")),
        srcset=srcset("jpg"),
        sizes=sizes,
        width=widths[-1],
        height=height,
    )


def rendition_urls(photo, *, storage=None):
    """[(url, mime type, width)] of every rendition: for feeds (enclosures, JSON Feed `image`)."""
    if photo is None:
        return []
    storage = storage or default_storage
    return [
        (storage.url(rendition_name(photo, w, ext)), mime, w)
        for w in sorted(photo.rendition_widths)
        for ext, mime in formats()
    ]


def lead_photo(article):
    """The photo that stands for an article on cards, in shared links and in feeds: its card photo,
    else the first captioned photo. Uses prefetched captions when the caller fetched them."""
    if article.card_photo_id:
        return article.card_photo
    for caption in article.captions.all():
        if caption.photo_id:
            return caption.photo
    return None


def enclosure(photo, *, storage=None):
    """(url, length in bytes, mime type) of the largest JPEG rendition, for an RSS or Atom enclosure
    (feeds need the length; JPEG is what every reader shows). None without renditions."""
    if photo is None or not photo.rendition_widths:
        return None
    storage = storage or default_storage
    name = rendition_name(photo, max(photo.rendition_widths), "jpg")
    return storage.url(name), storage.size(name), "image/jpeg"
