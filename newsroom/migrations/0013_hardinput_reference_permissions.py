"""Editors change actors and sources that content beyond drafts names; reporters only the others
(newsroom.references). Reporters keep adding and changing the rest."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHED = ("change_published_actor", "change_published_source")


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the group can hold them.
    app_config = apps.get_app_config("newsroom")
    original, app_config.models_module = getattr(app_config, "models_module", None), True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="newsroom", codename__in=PUBLISHED)
    assert perms.count() == len(PUBLISHED)
    Group.objects.get(name="Editor").permissions.add(*perms)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Editor"):
        group.permissions.remove(*Permission.objects.filter(codename__in=PUBLISHED))


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0012_hardinput_text_limits")]

    operations = [
        migrations.AlterModelOptions(
            name="actor",
            options={
                "ordering": ["name"],
                "permissions": [
                    ("change_published_actor", "Can change actors that submitted or published content names")
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="source",
            options={
                "ordering": ["name"],
                "permissions": [
                    ("change_published_source", "Can change sources that submitted or published content names")
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
