"""Give every tag saved with an empty slug (a name made only of symbols, such as “🇦🇲”) a usable one."""

import re

from django.db import migrations

from newsroom.core.tag_slugs import tag_slug

# What taggit made of such names: "" for the first, "_1", "_2"… for the next ones.
BROKEN = re.compile(r"(_\d+)?")


def repair(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.order_by("pk"):
        if not BROKEN.fullmatch(tag.slug):
            continue
        base, n = tag_slug(tag.name), 1
        slug = base
        while slug in taken:
            slug, n = f"{base}_{n}", n + 1
        taken.discard(tag.slug)
        taken.add(slug)
        tag.slug = slug
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0010_reader_photos"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    # Nothing to undo: the old empty slugs broke every page that linked to them.
    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
