"""Small factories for test data: each makes a valid object and takes overrides."""

import datetime
import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify

from newsroom.claims.models import FactCheck, Incident, Rating, StatementLink
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


new_statement = statement  # for factories whose `statement` argument hides this function


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


def link(from_statement, to_statement, kind="responds_to", **fields):
    """A draft link: `from_statement` <kind> `to_statement`."""
    return StatementLink.objects.create(from_statement=from_statement, to_statement=to_statement, kind=kind, **fields)


def incident(**fields):
    n = next(_n)
    articles, statements = fields.pop("articles", []), fields.pop("statements", [])
    obj = Incident.objects.create(
        **{
            "title": f"Incident {n}",
            "slug": f"incident-{n}",
            "summary": f"What happened {n}.",
            "began_on": datetime.date(2023, 3, 5),
            **fields,
        }
    )
    obj.articles.add(*articles)
    obj.statements.add(*statements)
    return obj


def rating(value=1, **fields):
    """The scale's step at `value` (migration 0019 makes five; a flushed database gets them anew)."""
    names = {1: "False", 2: "Mostly false", 3: "Half true", 4: "Mostly true", 5: "True"}
    name = fields.pop("name", names.get(value, f"Rating {value}"))
    found, _ = Rating.objects.get_or_create(value=value, defaults={"name": name, "slug": slugify(name), **fields})
    return found


def fact_check(statement=None, **fields):
    n = next(_n)
    return FactCheck.objects.create(
        **{
            "statement": statement if statement is not None else new_statement(),
            "headline": f"Fact-check {n}",
            "slug": f"fact-check-{n}",
            "claim_reviewed": f"Claim {n}.",
            "rating": fields.pop("rating", None) or rating(1),
            "reviewer": "Anna Reviewer",
            "reasoning": f"Why {n}.\n\nMore reasons.",
            **fields,
        }
    )


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
