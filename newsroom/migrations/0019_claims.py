"""Claims and answers (newsroom.claims): links between statements, incidents, the rating scale and
fact-checks; the workflow log names them too.

Besides the tables: the roles' permissions on them (a reporter writes drafts of each, an editor
publishes), the append-only triggers of migration 0014 on their revision tables (and again on the
workflow log, whose table SQLite rebuilt here to change its check constraint, losing its trigger),
and a five-step rating scale for editors to start from.
"""

import importlib

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models


REPORTER = {
    "statementlink": ("view", "add", "change", "delete"),
    "incident": ("view", "add", "change", "delete"),
    "incidentarticle": ("view", "add", "change", "delete"),
    "incidentstatement": ("view", "add", "change", "delete"),
    "factcheck": ("view", "add", "change", "delete"),
    "factcheckreference": ("view", "add", "change", "delete"),
    "rating": ("view",),
}
EDITOR = {
    **REPORTER,
    "rating": ("view", "add", "change", "delete"),
}
EDITOR_EXTRA = ("publish_statementlink", "publish_incident", "publish_factcheck")


def codenames(spec):
    return [f"{action}_{model}" for model, actions in spec.items() for action in actions]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups can hold them.
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("newsroom")
    original, app_config.models_module = getattr(app_config, "models_module", None), True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, names in (("Reporter", codenames(REPORTER)), ("Editor", codenames(EDITOR) + list(EDITOR_EXTRA))):
        perms = list(Permission.objects.filter(content_type__app_label="newsroom", codename__in=names))
        if len(perms) != len(names):
            raise RuntimeError(f"Missing permissions: {sorted(set(names) - {p.codename for p in perms})}")
        for group in Group.objects.filter(name=name):
            group.permissions.add(*perms)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    names = codenames(EDITOR) + list(EDITOR_EXTRA)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="newsroom", codename__in=names))


APPEND_ONLY = ("newsroom_historicalstatementlink", "newsroom_historicalincident", "newsroom_historicalfactcheck")
LOG = "newsroom_workflowlogentry"


def append_only(apps, schema_editor):
    """Migration 0014's triggers on the new revision tables, and on the log again where SQLite
    rebuilt it (PostgreSQL keeps a table's triggers through ALTER TABLE)."""
    append_only_0014 = importlib.import_module("newsroom.migrations.0014_hardinput_append_only")
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(append_only_0014.POSTGRESQL_FUNCTION, params=None)
        for table in APPEND_ONLY:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION newsroom_append_only()"
            )
    elif vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            for table in (LOG, *APPEND_ONLY):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
                columns = [
                    c.name
                    for c in schema_editor.connection.introspection.get_table_description(cursor, table)
                    if c.name != "history_user_id"
                ]
                refuse = f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END"
                schema_editor.execute(
                    f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OF {', '.join(columns)} ON {table} {refuse}"
                )
                if table != LOG:
                    schema_editor.execute(
                        f"CREATE TRIGGER {table}_append_only_user BEFORE UPDATE OF history_user_id ON {table} "
                        f"WHEN NEW.history_user_id IS NOT NULL {refuse}"
                    )


def drop_append_only(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in APPEND_ONLY:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        elif vendor == "sqlite":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_user")


# A common fact-checkers' scale (as the IFCN's signatories use it), for editors to rename or extend.
SCALE = [
    (1, "False", "false", "The claim is not accurate."),
    (2, "Mostly false", "mostly-false", "The claim holds an element of truth but leaves out or distorts facts."),
    (3, "Half true", "half-true", "The claim is partly accurate but leaves out important details or takes them out of context."),
    (4, "Mostly true", "mostly-true", "The claim is accurate but needs clarification or additional information."),
    (5, "True", "true", "The claim is accurate and nothing significant is missing."),
]


def rating_scale(apps, schema_editor):
    Rating = apps.get_model("newsroom", "Rating")
    for value, name, slug, description in SCALE:
        Rating.objects.get_or_create(value=value, defaults={"name": name, "slug": slug, "description": description})


def no_rating_scale(apps, schema_editor):
    apps.get_model("newsroom", "Rating").objects.filter(slug__in=[slug for _, _, slug, _ in SCALE]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('newsroom', '0017_scale_indexes'),
        ('auth', '0012_alter_user_first_name_max_length'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='FactCheck',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('headline', models.CharField(max_length=300)),
                ('slug', models.SlugField(max_length=300, unique=True)),
                ('claim_reviewed', models.CharField(help_text='The claim checked, in one sentence: what search engines show as the claim.', max_length=500)),
                ('reviewer', models.CharField(help_text='Who checked it, as readers will see the name.', max_length=200)),
                ('reviewed_on', models.DateField(default=django.utils.timezone.localdate, help_text='The facts as known on this day: a later check is a new review.', verbose_name='checked on')),
                ('reasoning', models.TextField(help_text='What was checked and how, and why it earns its rating. Paragraphs: a blank line.', max_length=50000, validators=[django.core.validators.MaxLengthValidator(50000)])),
            ],
            options={
                'verbose_name': 'fact-check',
                'ordering': ['-first_published_at', '-created_at'],
                'permissions': [('publish_factcheck', 'Can publish, return and unpublish fact-checks')],
            },
        ),
        migrations.CreateModel(
            name='FactCheckReference',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(help_text='What it is, e.g. “Video released by the Artsakh police, 5 March 2023”.', max_length=300)),
                ('url', models.URLField(blank=True, max_length=1000, verbose_name='URL')),
                ('order', models.PositiveSmallIntegerField(default=0)),
            ],
            options={
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='HistoricalFactCheck',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('updated_at', models.DateTimeField(blank=True, editable=False)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('headline', models.CharField(max_length=300)),
                ('slug', models.SlugField(max_length=300)),
                ('claim_reviewed', models.CharField(help_text='The claim checked, in one sentence: what search engines show as the claim.', max_length=500)),
                ('reviewer', models.CharField(help_text='Who checked it, as readers will see the name.', max_length=200)),
                ('reviewed_on', models.DateField(default=django.utils.timezone.localdate, help_text='The facts as known on this day: a later check is a new review.', verbose_name='checked on')),
                ('reasoning', models.TextField(help_text='What was checked and how, and why it earns its rating. Paragraphs: a blank line.', max_length=50000, validators=[django.core.validators.MaxLengthValidator(50000)])),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical fact-check',
                'verbose_name_plural': 'historical fact-checks',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalIncident',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('updated_at', models.DateTimeField(blank=True, editable=False)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('title', models.CharField(help_text='What happened, as a short headline.', max_length=300)),
                ('slug', models.SlugField(max_length=300)),
                ('summary', models.TextField(help_text='What happened, when and where, in the newsroom’s words.', max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000)])),
                ('began_on', models.DateField(help_text='The day it happened (or began).', verbose_name='date')),
                ('ended_on', models.DateField(blank=True, help_text='For an incident over several days.', null=True, verbose_name='until')),
                ('place', models.CharField(blank=True, help_text='E.g. “near Stepanakert”.', max_length=300, verbose_name='where')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical incident',
                'verbose_name_plural': 'historical incidents',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalStatementLink',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(blank=True, editable=False)),
                ('updated_at', models.DateTimeField(blank=True, editable=False)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('kind', models.CharField(choices=[('responds_to', 'responds to'), ('denies', 'denies'), ('confirms', 'confirms'), ('echoes', 'echoes'), ('contradicts', 'contradicts'), ('criticises', 'criticises'), ('clarifies', 'clarifies'), ('retracts', 'retracts')], help_text='“responds to”: Answers it, without a stronger word fitting. “denies”: Says what it states is not true. “confirms”: Says, from its own knowledge, that it is true. “echoes”: Says much the same, after it or the same day (“in a similar statement”). “contradicts”: States the opposite, without answering it directly. “criticises”: Attacks it or its speaker (“hit back”, “called it …”). “clarifies”: Explains or narrows what it meant. “retracts”: Withdraws it (usually its own speaker).', max_length=16)),
                ('note', models.TextField(blank=True, help_text='What the link is, in the newsroom’s words, where the kind alone does not say it. Shown to readers.', max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000)])),
                ('evidence', models.TextField(blank=True, help_text='The words of the report that state the link, as printed, e.g. “Echoing a weekend statement by the Armenian Foreign Ministry, …”.', max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000)])),
                ('origin', models.CharField(choices=[('editor', 'Added by an editor'), ('ingest', 'Proposed by ingest')], default='editor', editable=False, max_length=16)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical link between statements',
                'verbose_name_plural': 'historical links between statements',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='Incident',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('title', models.CharField(help_text='What happened, as a short headline.', max_length=300)),
                ('slug', models.SlugField(max_length=300, unique=True)),
                ('summary', models.TextField(help_text='What happened, when and where, in the newsroom’s words.', max_length=5000, validators=[django.core.validators.MaxLengthValidator(5000)])),
                ('began_on', models.DateField(help_text='The day it happened (or began).', verbose_name='date')),
                ('ended_on', models.DateField(blank=True, help_text='For an incident over several days.', null=True, verbose_name='until')),
                ('place', models.CharField(blank=True, help_text='E.g. “near Stepanakert”.', max_length=300, verbose_name='where')),
            ],
            options={
                'ordering': ['-began_on', '-pk'],
                'permissions': [('publish_incident', 'Can publish, return and unpublish incidents')],
            },
        ),
        migrations.CreateModel(
            name='IncidentArticle',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            ],
            options={
                'verbose_name': 'report on an incident',
            },
        ),
        migrations.CreateModel(
            name='IncidentStatement',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            ],
            options={
                'verbose_name': 'statement on an incident',
            },
        ),
        migrations.CreateModel(
            name='Rating',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='As readers see it, e.g. “Mostly false”.', max_length=100, unique=True)),
                ('slug', models.SlugField(max_length=100, unique=True)),
                ('value', models.PositiveSmallIntegerField(help_text='Its place on the scale: 1 is the least accurate, the highest the most.', unique=True)),
                ('description', models.TextField(blank=True, help_text='What the rating means, shown to readers.', max_length=1000)),
            ],
            options={
                'ordering': ['value'],
            },
        ),
        migrations.CreateModel(
            name='StatementLink',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished')], default='draft', editable=False, max_length=16)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('first_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('last_published_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('go_live_at', models.DateTimeField(blank=True, editable=False, help_text='Readers see it from this time on.', null=True, verbose_name='goes live at')),
                ('expires_at', models.DateTimeField(blank=True, editable=False, help_text='Readers stop seeing it at this time.', null=True, verbose_name='expires at')),
                ('version', models.PositiveIntegerField(default=1, editable=False)),
                ('kind', models.CharField(choices=[('responds_to', 'responds to'), ('denies', 'denies'), ('confirms', 'confirms'), ('echoes', 'echoes'), ('contradicts', 'contradicts'), ('criticises', 'criticises'), ('clarifies', 'clarifies'), ('retracts', 'retracts')], help_text='“responds to”: Answers it, without a stronger word fitting. “denies”: Says what it states is not true. “confirms”: Says, from its own knowledge, that it is true. “echoes”: Says much the same, after it or the same day (“in a similar statement”). “contradicts”: States the opposite, without answering it directly. “criticises”: Attacks it or its speaker (“hit back”, “called it …”). “clarifies”: Explains or narrows what it meant. “retracts”: Withdraws it (usually its own speaker).', max_length=16)),
                ('note', models.TextField(blank=True, help_text='What the link is, in the newsroom’s words, where the kind alone does not say it. Shown to readers.', max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000)])),
                ('evidence', models.TextField(blank=True, help_text='The words of the report that state the link, as printed, e.g. “Echoing a weekend statement by the Armenian Foreign Ministry, …”.', max_length=2000, validators=[django.core.validators.MaxLengthValidator(2000)])),
                ('origin', models.CharField(choices=[('editor', 'Added by an editor'), ('ingest', 'Proposed by ingest')], default='editor', editable=False, max_length=16)),
            ],
            options={
                'verbose_name': 'link between statements',
                'verbose_name_plural': 'links between statements',
                'ordering': ['-first_published_at', '-created_at'],
                'permissions': [('publish_statementlink', 'Can publish, return and unpublish links between statements')],
            },
        ),
        migrations.RemoveConstraint(
            model_name='workflowlogentry',
            name='workflowlogentry_one_item',
        ),
        migrations.AddField(
            model_name='factcheck',
            name='created_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='factcheck',
            name='statement',
            field=models.ForeignKey(help_text='The statement checked.', on_delete=django.db.models.deletion.PROTECT, related_name='fact_checks', to='newsroom.statement'),
        ),
        migrations.AddField(
            model_name='workflowlogentry',
            name='factcheck',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='log', to='newsroom.factcheck'),
        ),
        migrations.AddField(
            model_name='factcheckreference',
            name='fact_check',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='references', to='newsroom.factcheck'),
        ),
        migrations.AddField(
            model_name='historicalfactcheck',
            name='created_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalfactcheck',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalfactcheck',
            name='statement',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The statement checked.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.statement'),
        ),
        migrations.AddField(
            model_name='historicalincident',
            name='created_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalincident',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='created_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='from_statement',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.statement', verbose_name='statement'),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='reported_by',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The outlet or agency that states it, where no report here does.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.source'),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='reported_in',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The report that states the link.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.article'),
        ),
        migrations.AddField(
            model_name='historicalstatementlink',
            name='to_statement',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The earlier statement (or one of the same day) that this one answers, echoes, denies…', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.statement', verbose_name='the statement it answers'),
        ),
        migrations.AddField(
            model_name='incident',
            name='created_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='workflowlogentry',
            name='incident',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='log', to='newsroom.incident'),
        ),
        migrations.AddField(
            model_name='incidentarticle',
            name='article',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='incident_memberships', to='newsroom.article'),
        ),
        migrations.AddField(
            model_name='incidentarticle',
            name='incident',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='article_memberships', to='newsroom.incident'),
        ),
        migrations.AddField(
            model_name='incident',
            name='articles',
            field=models.ManyToManyField(blank=True, related_name='incidents', through='newsroom.IncidentArticle', to='newsroom.article', verbose_name='reports'),
        ),
        migrations.AddField(
            model_name='incidentstatement',
            name='incident',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='statement_memberships', to='newsroom.incident'),
        ),
        migrations.AddField(
            model_name='incidentstatement',
            name='statement',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='incident_memberships', to='newsroom.statement'),
        ),
        migrations.AddField(
            model_name='incident',
            name='statements',
            field=models.ManyToManyField(blank=True, related_name='incidents', through='newsroom.IncidentStatement', to='newsroom.statement'),
        ),
        migrations.AddConstraint(
            model_name='rating',
            constraint=models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='rating_name_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='rating',
            constraint=models.CheckConstraint(condition=models.Q(('value__gte', 1)), name='rating_value'),
        ),
        migrations.AddField(
            model_name='historicalfactcheck',
            name='rating',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='newsroom.rating'),
        ),
        migrations.AddField(
            model_name='factcheck',
            name='rating',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='fact_checks', to='newsroom.rating'),
        ),
        migrations.AddField(
            model_name='statementlink',
            name='created_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='statementlink',
            name='from_statement',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='links_out', to='newsroom.statement', verbose_name='statement'),
        ),
        migrations.AddField(
            model_name='statementlink',
            name='reported_by',
            field=models.ForeignKey(blank=True, help_text='The outlet or agency that states it, where no report here does.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='reported_links', to='newsroom.source'),
        ),
        migrations.AddField(
            model_name='statementlink',
            name='reported_in',
            field=models.ForeignKey(blank=True, help_text='The report that states the link.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='reported_links', to='newsroom.article'),
        ),
        migrations.AddField(
            model_name='statementlink',
            name='to_statement',
            field=models.ForeignKey(help_text='The earlier statement (or one of the same day) that this one answers, echoes, denies…', on_delete=django.db.models.deletion.PROTECT, related_name='links_in', to='newsroom.statement', verbose_name='the statement it answers'),
        ),
        migrations.AddField(
            model_name='workflowlogentry',
            name='statementlink',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='log', to='newsroom.statementlink'),
        ),
        migrations.AddConstraint(
            model_name='workflowlogentry',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('article__isnull', False), ('factcheck__isnull', True), ('incident__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('statement__isnull', False), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', True), ('statement__isnull', True), ('statementlink__isnull', False)), models.Q(('article__isnull', True), ('factcheck__isnull', True), ('incident__isnull', False), ('statement__isnull', True), ('statementlink__isnull', True)), models.Q(('article__isnull', True), ('factcheck__isnull', False), ('incident__isnull', True), ('statement__isnull', True), ('statementlink__isnull', True)), _connector='OR'), name='workflowlogentry_one_item'),
        ),
        migrations.AddConstraint(
            model_name='factcheckreference',
            constraint=models.CheckConstraint(condition=models.Q(('title', ''), _negated=True), name='factcheckreference_title_not_blank'),
        ),
        migrations.AddIndex(
            model_name='incidentarticle',
            index=models.Index(fields=['article', 'incident'], name='incidentarticle_by_article'),
        ),
        migrations.AddConstraint(
            model_name='incidentarticle',
            constraint=models.UniqueConstraint(fields=('incident', 'article'), name='incidentarticle_once'),
        ),
        migrations.AddIndex(
            model_name='incidentstatement',
            index=models.Index(fields=['statement', 'incident'], name='incidentstatement_by_statement'),
        ),
        migrations.AddConstraint(
            model_name='incidentstatement',
            constraint=models.UniqueConstraint(fields=('incident', 'statement'), name='incidentstatement_once'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-first_published_at', '-id'], name='incident_published_newest'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-updated_at'], name='incident_published_updated'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('status', 'published'), ('go_live_at__isnull', False)), fields=['-go_live_at'], name='incident_go_live'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('expires_at__isnull', False)), fields=['-expires_at'], name='incident_expiry'),
        ),
        migrations.AddIndex(
            model_name='incident',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-began_on', '-id'], name='incident_began'),
        ),
        migrations.AddConstraint(
            model_name='incident',
            constraint=models.CheckConstraint(condition=models.Q(('title', ''), _negated=True), name='incident_title_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='incident',
            constraint=models.CheckConstraint(condition=models.Q(('slug', ''), _negated=True), name='incident_slug_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='incident',
            constraint=models.CheckConstraint(condition=models.Q(('ended_on__isnull', True), ('ended_on__gte', models.F('began_on')), _connector='OR'), name='incident_ends_after_start'),
        ),
        migrations.AddConstraint(
            model_name='incident',
            constraint=models.CheckConstraint(condition=models.Q(('expires_at__isnull', True), ('go_live_at__isnull', True), ('expires_at__gt', models.F('go_live_at')), _connector='OR'), name='incident_expiry_after_go_live'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-first_published_at', '-id'], name='factcheck_published_newest'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-updated_at'], name='factcheck_published_updated'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(condition=models.Q(('status', 'published'), ('go_live_at__isnull', False)), fields=['-go_live_at'], name='factcheck_go_live'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(condition=models.Q(('expires_at__isnull', False)), fields=['-expires_at'], name='factcheck_expiry'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(fields=['statement', '-first_published_at'], name='factcheck_statement'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(fields=['rating', '-first_published_at', '-id'], name='factcheck_rating'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('headline', ''), _negated=True), name='factcheck_headline_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('slug', ''), _negated=True), name='factcheck_slug_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('claim_reviewed', ''), _negated=True), name='factcheck_claim_reviewed_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('reviewer', ''), _negated=True), name='factcheck_reviewer_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('reasoning', ''), _negated=True), name='factcheck_reasoning_not_blank'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('expires_at__isnull', True), ('go_live_at__isnull', True), ('expires_at__gt', models.F('go_live_at')), _connector='OR'), name='factcheck_expiry_after_go_live'),
        ),
        migrations.AddIndex(
            model_name='statementlink',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-first_published_at', '-id'], name='link_published_newest'),
        ),
        migrations.AddIndex(
            model_name='statementlink',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['-updated_at'], name='link_published_updated'),
        ),
        migrations.AddIndex(
            model_name='statementlink',
            index=models.Index(condition=models.Q(('status', 'published'), ('go_live_at__isnull', False)), fields=['-go_live_at'], name='link_go_live'),
        ),
        migrations.AddIndex(
            model_name='statementlink',
            index=models.Index(condition=models.Q(('expires_at__isnull', False)), fields=['-expires_at'], name='link_expiry'),
        ),
        migrations.AddConstraint(
            model_name='statementlink',
            constraint=models.CheckConstraint(condition=models.Q(('from_statement', models.F('to_statement')), _negated=True), name='statementlink_not_itself'),
        ),
        migrations.AddConstraint(
            model_name='statementlink',
            constraint=models.UniqueConstraint(fields=('from_statement', 'to_statement', 'kind'), name='statementlink_once'),
        ),
        migrations.AddConstraint(
            model_name='statementlink',
            constraint=models.CheckConstraint(condition=models.Q(('expires_at__isnull', True), ('go_live_at__isnull', True), ('expires_at__gt', models.F('go_live_at')), _connector='OR'), name='statementlink_expiry_after_go_live'),
        ),
        migrations.RunPython(grant, revoke),
        migrations.RunPython(append_only, drop_append_only),
        migrations.RunPython(rating_scale, no_rating_scale),
    ]
