"""Photos: renditions through STORAGES, <picture> with srcset and lazy loading, upload in the admin."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.storage import InMemoryStorage, default_storage
from PIL import Image

from newsroom.content.models import Caption, Photo
from newsroom.content.photos import (
    STORY_SIZES,
    enclosure,
    formats,
    lead_photo,
    photo_make_renditions,
    picture,
    rendition_name,
    rendition_urls,
    widths_for,
)
from tests import factories

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[1]


def test_renditions_are_made_at_each_width_up_to_the_original_in_every_format(photo):
    assert photo.width == 1400 and photo.rendition_widths == [320, 640, 960, 1280]
    assert [ext for ext, _ in formats()] == ["avif", "webp", "jpg"]  # the pinned Pillow writes AVIF
    for width in photo.rendition_widths:
        for ext, _ in formats():
            with default_storage.open(rendition_name(photo, width, ext)) as stored:
                image = Image.open(io.BytesIO(stored.read()))
                assert image.width == width and image.format == {"jpg": "JPEG"}.get(ext, ext.upper())


def test_a_small_photo_is_never_enlarged():
    assert widths_for(200) == [200]
    assert widths_for(700) == [320, 640]


def test_renditions_go_to_whatever_storage_is_configured(db, media_root):
    memory = InMemoryStorage(base_url="https://media.example.org/")
    photo = factories.photo(renditions=False)
    photo_make_renditions(photo, storage=memory)
    assert memory.exists(rendition_name(photo, 320, "webp"))
    found = picture(photo, storage=memory)
    assert found.src == f"https://media.example.org/renditions/{photo.pk}/640.jpg"


def test_s3_compatible_storage_is_chosen_from_the_environment(tmp_path):
    """With NEWSROOM_MEDIA_S3_BUCKET set, uploads go to the bucket through django-storages."""
    script = (
        "import django; django.setup();"
        "from django.core.files.storage import storages; s = storages['default'];"
        "print(type(s).__module__, s.bucket_name, s.endpoint_url, s.url('renditions/1/320.webp'))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "1",
        "NEWSROOM_MEDIA_S3_BUCKET": "newsroom-media",
        "NEWSROOM_MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        "NEWSROOM_MEDIA_S3_CUSTOM_DOMAIN": "media.news.example.org",
    }
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "storages.backends.s3",
        "newsroom-media",
        "http://127.0.0.1:9000",
        "https://media.news.example.org/renditions/1/320.webp",
    ]


def test_a_captioned_photo_shows_as_a_picture_with_srcset_sizes_and_lazy_loading(client, photo, make_published):
    article = factories.article(body="First.\n\nSecond.")
    Caption.objects.create(article=article, photo=photo, text="The vehicle", credit="Public Radio", position=1)
    Caption.objects.create(article=article, text="A photo we do not have", position=2)
    make_published(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'<source type="image/avif" srcset="/media/renditions/{photo.pk}/320.avif 320w, ' in page
    assert f'<source type="image/webp" srcset="/media/renditions/{photo.pk}/320.webp 320w, ' in page
    assert (
        f'<img src="/media/renditions/{photo.pk}/640.jpg" srcset="/media/renditions/{photo.pk}/320.jpg 320w, ' in page
    )
    assert (
        f'sizes="{STORY_SIZES}" alt="A police car riddled with bullets" width="1280" height="823" loading="lazy"'
    ) in page
    assert 'The vehicle <span class="credit">Public Radio</span>' in page
    # A caption without its photo is a line of text, not an empty frame labelled "Photo".
    assert '<p class="caption-note">A photo we do not have</p>' in page


def test_a_card_photo_is_cropped_around_its_focal_point(client, db, media_root, make_published):
    photo = factories.photo(focal_x=0.25, focal_y=0.4)
    make_published(factories.article(headline="With a card photo", card_photo=photo))
    page = client.get("/").content.decode()
    assert 'class="crop focus-x-30 focus-y-40"' in page  # classes of site.css: no inline style under the CSP


def test_feeds_get_a_lead_photo_its_rendition_urls_and_an_enclosure(photo):
    article = factories.article()
    assert lead_photo(article) is None
    Caption.objects.create(article=article, photo=photo, text="In the text")
    assert lead_photo(article) == photo  # a captioned photo stands in for a card photo
    url, length, mime = enclosure(photo)
    assert url == f"/media/renditions/{photo.pk}/1280.jpg" and mime == "image/jpeg"
    assert length == default_storage.size(rendition_name(photo, 1280, "jpg")) > 0
    urls = rendition_urls(photo)
    assert (f"/media/renditions/{photo.pk}/1280.jpg", "image/jpeg", 1280) in urls
    assert len(urls) == 4 * len(formats())


def admin_post(client, user, **fields):
    client.force_login(user)
    data = {"alt_text": "", "credit": "", "caption": "", "focal_x": "0.5", "focal_y": "0.5", **fields}
    return client.post("/admin/newsroom/photo/add/", data)


def test_a_reporter_uploads_a_photo_in_the_admin_and_its_renditions_are_made(client, reporter, media_root):
    response = admin_post(client, reporter, image=factories.image_file(800, 600), alt_text="Officials in a hall")
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get()
    assert photo.rendition_widths == [320, 640] and (media_root / rendition_name(photo, 640, "avif")).exists()


def test_the_admin_refuses_a_photo_without_alt_text(client, reporter, media_root):
    response = admin_post(client, reporter, image=factories.image_file(), alt_text="   ")
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert not Photo.objects.exists()


def test_the_admin_refuses_a_file_that_is_not_an_image_or_too_large(client, reporter, media_root, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    not_image = SimpleUploadedFile("photo.jpg", b"<?php echo 1; ?>", content_type="image/jpeg")
    response = admin_post(client, reporter, image=not_image, alt_text="Something")
    assert "Upload a valid image" in response.content.decode()
    settings.NEWSROOM_PHOTO_MAX_BYTES = 1000
    response = admin_post(client, reporter, image=factories.image_file(), alt_text="Something")
    assert "the most accepted is 1000" in response.content.decode()
    assert not Photo.objects.exists()


def test_a_focal_point_outside_the_photo_is_a_form_error(client, reporter, media_root):
    response = admin_post(client, reporter, image=factories.image_file(), alt_text="Something", focal_x="1.5")
    assert "Ensure this value is less than or equal to 1" in response.content.decode()


# Bounded work: pixels capped from the header, renditions outside the request, in a capped process.


def pixel_bomb():
    """13,000 × 13,000 pixels in 20 KB of PNG: 169 megapixels to decode."""
    import io
    import warnings

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    data = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        Image.new("1", (13_000, 13_000)).save(data, "PNG")
    return SimpleUploadedFile("huge.png", data.getvalue(), content_type="image/png")


def test_a_photo_of_too_many_pixels_is_refused_from_its_header(client, reporter, media_root):
    import warnings

    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        response = admin_post(client, reporter, image=pixel_bomb(), alt_text="Nothing to see")
    page = response.content.decode()
    assert response.status_code == 200
    assert "13,000 × 13,000 pixels (169 megapixels); the most accepted is 50 megapixels" in page
    assert not Photo.objects.exists()


def test_renditions_are_never_made_of_a_photo_over_the_cap_however_it_was_stored(db, media_root, settings):
    from django.core.exceptions import ValidationError

    photo = factories.photo(renditions=False)  # 1,400 × 900
    settings.NEWSROOM_PHOTO_MAX_PIXELS = 1_000_000
    with pytest.raises(ValidationError, match="1 megapixels"):
        photo_make_renditions(photo)
    assert Photo.objects.get(pk=photo.pk).rendition_widths == []


def test_the_admin_save_answers_before_the_renditions_and_starts_them_after_its_commit(
    client, reporter, media_root, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from newsroom.content import photos

    settings.NEWSROOM_PHOTO_RENDITIONS = "process"
    started = []
    monkeypatch.setattr(photos, "photo_renditions_process", started.append)
    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_post(client, reporter, image=factories.image_file(800, 600), alt_text="Officials in a hall")
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert photo.rendition_widths == [] and started == []  # nothing made in the request, nothing before commit
    for callback in callbacks:
        callback()
    assert started == [photo.pk]


@pytest.mark.django_db(transaction=True)
def test_the_rendition_process_makes_them_after_the_answer(client, roles, media_root, settings, monkeypatch):
    """The real process, started by a real commit: on PostgreSQL, whose test database it can open."""
    import time

    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the rendition process opens the database itself: the SQLite test database is in memory")
    settings.NEWSROOM_PHOTO_RENDITIONS = "process"
    name = connection.settings_dict["NAME"]
    monkeypatch.setenv("DATABASE_URL", f"postgres://postgres@127.0.0.1:{connection.settings_dict['PORT']}/{name}")
    monkeypatch.setenv("DJANGO_MEDIA_ROOT", str(media_root))
    reporter = factories.user("Reporter")
    response = admin_post(client, reporter, image=factories.image_file(800, 600), alt_text="Officials in a hall")
    assert response.status_code == 302
    photo = Photo.objects.get()
    deadline = time.monotonic() + 120
    while not Photo.objects.get(pk=photo.pk).rendition_widths and time.monotonic() < deadline:
        time.sleep(0.2)
    photo.refresh_from_db()
    assert photo.rendition_widths == [320, 640] and (media_root / rendition_name(photo, 640, "webp")).exists()


@pytest.mark.parametrize(
    "work, ended_by",
    [
        ("while True: pass", "SIGXCPU"),  # CPU time
        ("import time; time.sleep(30)", "SIGALRM"),  # wall time: twice the CPU seconds
        ("b = bytearray(1024 ** 3)", "MemoryError"),  # memory
    ],
)
def test_a_capped_process_is_ended_by_the_kernel(work, ended_by):
    import subprocess
    import sys

    code = (
        "import django; django.setup(); from newsroom.content.photos import limit_this_process; "
        f"limit_this_process(seconds=1, memory=512 * 1024 ** 2)\n{work}"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    if ended_by.startswith("SIG"):
        assert result.returncode == -getattr(__import__("signal"), ended_by), result.stderr
    else:
        assert ended_by in result.stderr
