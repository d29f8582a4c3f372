"""The workflow log and the revisions are append-only in the database itself, not only in Python:
an UPDATE or DELETE of a row is refused whatever code or SQL sends it.

PostgreSQL refuses both with a row trigger. TRUNCATE (the test suite's flush) fires no row
trigger, so emptying a whole test database still works. SQLite refuses UPDATE only: its flush is
a DELETE of every row, which a DELETE trigger would break.

One UPDATE stays allowed: emptying a revision's `history_user_id`, which is what deleting a user
account does (simple-history's SET_NULL). Setting it to someone else is refused.
"""

from django.db import migrations

TABLES = ("newsroom_workflowlogentry", "newsroom_historicalarticle", "newsroom_historicalstatement")

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION newsroom_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) ->> 'history_user_id') IS NULL
            AND to_jsonb(NEW) ? 'history_user_id'
            AND to_jsonb(NEW) - 'history_user_id' = to_jsonb(OLD) - 'history_user_id' THEN
        RETURN NEW;  -- a deleted account's name taken off its revisions
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
"""


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_FUNCTION, params=None)  # its % are PL/pgSQL's, not placeholders
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION newsroom_append_only()"
            )
    elif vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            for table in TABLES:
                columns = [
                    c.name
                    for c in schema_editor.connection.introspection.get_table_description(cursor, table)
                    if c.name != "history_user_id"
                ]
                refuse = f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END"
                schema_editor.execute(
                    f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OF {', '.join(columns)} ON {table} {refuse}"
                )
                if table != "newsroom_workflowlogentry":  # the revision tables name their author
                    schema_editor.execute(
                        f"CREATE TRIGGER {table}_append_only_user BEFORE UPDATE OF history_user_id ON {table} "
                        f"WHEN NEW.history_user_id IS NOT NULL {refuse}"
                    )


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        for table in TABLES:
            on = f" ON {table}" if vendor == "postgresql" else ""
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only{on}")
            if vendor == "sqlite":
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_user")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS newsroom_append_only()")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0013_hardinput_reference_permissions")]

    operations = [migrations.RunPython(create, drop)]
