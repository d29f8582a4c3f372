"""Small factories for test data: each makes a valid object and takes overrides."""

import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from newsroom.content.models import Actor, Article, Citation, Photo, Source, Statement

_n = itertools.count(1)


def user(role=None, **fields):
    """role: "Reporter", "Editor", "superuser" or None (a staff member with no group)."""
    n = next(_n)
    fields = {"username": f"user{n}", "is_staff": True, **fields}
    if role == "superuser":
        return get_user_model().objects.create_superuser(password="pw", email=f"u{n}@example.org", **fields)
    account = get_user_model().objects.create_user(password="pw", **fields)
    if role:
        account.groups.add(Group.objects.get(name=role))
    return account


def actor(**fields):
    n = next(_n)
    return Actor.objects.create(**{"name": f"Actor {n}", "slug": f"actor-{n}", **fields})


def source(**fields):
    n = next(_n)
    return Source.objects.create(**{"name": f"Source {n}", "slug": f"source-{n}", **fields})


def article(**fields):
    n = next(_n)
    tags = fields.pop("tags", [])
    obj = Article.objects.create(
        **{"headline": f"Headline {n}", "slug": f"headline-{n}", "body": f"First paragraph {n}.\n\nSecond.", **fields}
    )
    if tags:
        obj.tags.add(*tags)
    return obj


def statement(**fields):
    tags = fields.pop("tags", [])
    if "actor" not in fields:
        fields["actor"] = actor()
    obj = Statement.objects.create(**{"text": f"Words number {next(_n)}.", **fields})
    if tags:
        obj.tags.add(*tags)
    return obj


def citation(article_obj, statement_obj, **fields):
    return Citation.objects.create(
        article=article_obj, statement=statement_obj, **{"wording": statement_obj.text, "order": next(_n), **fields}
    )


def image_file(width=1400, height=900, name="photo.jpg", fmt="JPEG"):
    """An uploaded image file: a gradient with a block of colour, so renditions have something to show."""
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    ImageDraw.Draw(image).rectangle([width // 3, height // 3, width // 2, height // 2], fill=(140, 28, 19))
    data = io.BytesIO()
    image.save(data, fmt)
    return SimpleUploadedFile(name, data.getvalue(), content_type=f"image/{fmt.lower()}")


def photo(renditions=True, **fields):
    """A saved Photo (files go to MEDIA_ROOT: use the media_root fixture), with its renditions made."""
    from newsroom.content.photos import photo_make_renditions

    obj = Photo.objects.create(**{"image": image_file(), "alt_text": "A police car riddled with bullets", **fields})
    if renditions:
        photo_make_renditions(obj)
    return obj


def live_page(**fields):
    """A live page (a draft: publish it through the workflow)."""
    from newsroom.live.models import LivePage

    n = next(_n)
    tags = fields.pop("tags", [])
    obj = LivePage.objects.create(
        **{"headline": f"Live {n}", "slug": f"live-{n}", "summary": f"Summary {n}.", **fields}
    )
    if tags:
        obj.tags.add(*tags)
    return obj
