"""The workflow log's rows belong to exactly one item of any kind the workflow knows: articles,
statements, the claims' links, incidents and fact-checks (0019), live pages and their entries
(0022_live_coverage), which were added on two branches, each with its own version of the check.
SQLite rebuilds the table to change it, so the log's append-only trigger (0014) is made again."""

import importlib

from django.conf import settings
from django.db import migrations, models

append_only = importlib.import_module("newsroom.migrations.0014_hardinput_append_only")


def keep_append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        append_only.drop(apps, schema_editor)
        append_only.create(apps, schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('newsroom', '0024_live_beside_claims_and_statement_speakers'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='workflowlogentry',
            name='workflowlogentry_one_item',
        ),
        migrations.AddConstraint(
            model_name='workflowlogentry',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('article__isnull', False), ('factcheck__isnull', True), ('incident__isnull', True), ('liveentry__isnull', True), ('livepage__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('liveentry__isnull', True), ('livepage__isnull', True), ('statement__isnull', False), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('liveentry__isnull', True), ('livepage__isnull', True), ('statement__isnull', True), ('statementlink__isnull', False)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', False), ('liveentry__isnull', True), ('livepage__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', False), ('incident__isnull', True), ('liveentry__isnull', True), ('livepage__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('liveentry__isnull', True), ('livepage__isnull', False), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('liveentry__isnull', False), ('livepage__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), _connector='OR'), name='workflowlogentry_one_item'),
        ),
        migrations.RunPython(keep_append_only, keep_append_only),
    ]
