"""Photo renditions: each photo at several widths in AVIF, WebP and JPEG, through Django's STORAGES.

Renditions are named from the photo and the width (`renditions/<pk>/<width>.<ext>`), so a page
builds `srcset` from `Photo.rendition_widths` and the storage's URLs, with no query and no check
that a file exists. They are made once, when a photo is saved in the admin; on the file system by
default, on S3-compatible object storage when settings say so.

Bounded work: a photo over NEWSROOM_PHOTO_MAX_PIXELS is refused at upload from its header alone
(photo_check_pixels: a 657 KB PNG of 13,000 × 13,000 took 30 s and 1.6 GB to render), and never
decoded to make renditions, however it was stored. The renditions are made outside the request that saved the
photo (photo_renditions_later): in a process of their own, started once the save commits, with a
hard cap on its CPU time, its wall time and its memory; the save answers at once, and pages show the
item without the photo until its renditions exist.
"""

import io
import resource
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
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
# How wide each picture shows, as site.css lays it out (the browser picks the rendition from this,
# before any style is loaded: a `sizes` narrower than the layout serves a blurry photo). Pages are
# 72rem at most with 1rem each side; below those widths a picture spans the screen less that 2rem.
# The story's text column: 42rem (.story), narrower screens the whole width.
STORY_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
# A card on a list: a picture beside its text, 14rem wide from 43.75rem, 6.5rem on phones (.card-article.has-photo).
CARD_SIZES = "(min-width: 43.75rem) 14rem, 6.5rem"
# The front page's top story: across the left column, three fifths of the page less a 2.5rem gap (.home-grid).
LEAD_SIZES = "(min-width: 72rem) 40.5rem, (min-width: 56.25rem) calc((100vw - 4.5rem) * 0.6), calc(100vw - 2rem)"


def formats():
    """The formats this Pillow can write: AVIF needs a Pillow built with libavif."""
    return [(ext, mime) for ext, mime in FORMATS if ext != "avif" or features.check("avif")]


def rendition_name(photo, width, ext):
    return f"renditions/{photo.pk}/{width}.{ext}"


def widths_for(original_width):
    """Rendition widths no wider than the original (never enlarged); the original's own when smaller."""
    fitting = [w for w in WIDTHS if w <= original_width]
    return fitting or [original_width]


def photo_check_pixels(file):
    """Refuse (ValidationError) an image with more pixels than NEWSROOM_PHOTO_MAX_PIXELS, reading its
    header only: nothing is decoded."""
    position = file.tell()
    try:
        _check_size(Image.open(file).size)
    finally:
        file.seek(position)


def _check_size(size):
    width, height = size
    limit = settings.NEWSROOM_PHOTO_MAX_PIXELS
    if width * height > limit:
        raise ValidationError(
            f"The photo is {width:,} × {height:,} pixels ({width * height / 1e6:,.0f} megapixels); "
            f"the most accepted is {limit / 1e6:,.0f} megapixels. Export it smaller.",
            code="too_many_pixels",
        )


def photo_renditions_later(photo):
    """Have the renditions of `photo` made outside this request, once the transaction that saved it
    commits (NEWSROOM_PHOTO_RENDITIONS "process"), or now ("inline": tests, and a shell)."""
    if settings.NEWSROOM_PHOTO_RENDITIONS == "inline":
        photo_make_renditions(photo)
        return
    pk = photo.pk
    transaction.on_commit(lambda: photo_renditions_process(pk))


def photo_renditions_process(pk, *, seconds=None):
    """Start `manage.py photo_renditions <pk>` in a session of its own; it caps itself
    (limit_this_process) before it opens the photo. Returns the process; a thread reaps it."""
    process = subprocess.Popen(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), "photo_renditions", str(pk),
         "--seconds", str(seconds or settings.NEWSROOM_RENDITION_SECONDS)],
        cwd=settings.BASE_DIR,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    threading.Thread(target=process.wait, daemon=True, name=f"renditions-{pk}").start()
    return process


def limit_this_process(*, seconds, memory=None):
    """Cap this process at `seconds` of CPU time and twice that of wall time, and at `memory` bytes
    (NEWSROOM_RENDITION_MEMORY): past either, the kernel ends it, whatever Pillow is doing."""
    memory = memory or settings.NEWSROOM_RENDITION_MEMORY
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    signal.alarm(seconds * 2)


def photo_make_renditions(photo, *, storage=None):
    """Write every rendition of `photo` to storage and record their widths on it."""
    storage = storage or default_storage
    with photo.image.open("rb") as original:
        image = Image.open(original)
        _check_size(image.size)  # from the header: however the photo got here, no more is decoded
        # A JPEG decodes at 1/2, 1/4 or 1/8 of its size for next to nothing: no larger than the
        # widest rendition needs (either way round, before the EXIF rotation).
        image.draft("RGB", (max(WIDTHS), max(WIDTHS)))
        image = ImageOps.exif_transpose(image)
        image.load()
    widths = widths_for(image.width)
    resized = image
    for width in sorted(widths, reverse=True):
        # Each from the one before, widest first: the work shrinks with each width.
        height = max(1, round(image.height * width / image.width))
        resized = resized.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
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
