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
