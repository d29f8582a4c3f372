"""The Reporter and Editor groups and their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
ALL = (VIEW, ADD, CHANGE, DELETE)

# A reporter writes: they may change only their own drafts (enforced by newsroom.workflow.can_edit).
REPORTER = {
    "article": ALL,
    "statement": ALL,
    "citation": ALL,
    "caption": ALL,
    "articlesource": ALL,
    "articleactor": ALL,
    "actor": (VIEW, ADD, CHANGE),
    "actoralias": ALL,
    "source": (VIEW, ADD, CHANGE),
    "workflowlogentry": (VIEW,),
}

EDITOR = {
    **{model: ALL for model in REPORTER},
    "workflowlogentry": (VIEW,),
}
EDITOR_EXTRA = ("publish_article", "publish_statement")
EDITOR_TAGS = ALL  # editors keep the tag list tidy


def codenames(spec):
    return [f"{action}_{model}" for model, actions in spec.items() for action in actions]


def create_roles(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        original, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(app_label, names):
        found = list(Permission.objects.filter(content_type__app_label=app_label, codename__in=names))
        missing = set(names) - {p.codename for p in found}
        if missing:
            raise RuntimeError(f"Missing permissions: {sorted(missing)}")
        return found

    reporter, _ = Group.objects.get_or_create(name="Reporter")
    reporter.permissions.set(perms("newsroom", codenames(REPORTER)))

    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(
        perms("newsroom", codenames(EDITOR) + list(EDITOR_EXTRA)) + perms("taggit", codenames({"tag": EDITOR_TAGS}))
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
