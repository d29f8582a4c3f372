"""The workflow log and the revisions are append-only in the database itself, not only in Python:
an UPDATE or DELETE of a row is refused whatever code or SQL sends it.

PostgreSQL refuses both with a row trigger. TRUNCATE (the test suite's flush) fires no row
trigger, so emptying a whole test database still works. SQLite refuses UPDATE only: its flush is
a DELETE of every row, which a DELETE trigger would break.
"""

from django.db import migrations

TABLES = ("newsroom_workflowlogentry", "newsroom_historicalarticle", "newsroom_historicalstatement")

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION newsroom_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END"
            )


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in ("postgresql", "sqlite"):
        for table in TABLES:
            on = f" ON {table}" if vendor == "postgresql" else ""
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only{on}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS newsroom_append_only()")


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0008_hardinput_reference_permissions")]

    operations = [migrations.RunPython(create, drop)]
