"""Editors write corrections and updates; reporters read them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsroom")
    original, app_config.models_module = getattr(app_config, "models_module", None), True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = {p.codename: p for p in Permission.objects.filter(content_type__app_label="newsroom", codename__endswith="_correction")}
    Group.objects.get(name="Editor").permissions.add(perms["view_correction"], perms["add_correction"], perms["change_correction"])
    Group.objects.get(name="Reporter").permissions.add(perms["view_correction"])


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Reporter"]):
        group.permissions.remove(*Permission.objects.filter(codename__endswith="_correction"))


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0003_schedule_versions_corrections_history")]

    operations = [migrations.RunPython(grant, revoke)]
