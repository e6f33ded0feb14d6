"""The audit log is append-only: the database itself refuses UPDATE and DELETE on it."""

from tortoise import migrations
from tortoise.migrations import operations as ops

SQLITE = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
]
SQLITE_REVERSE = ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]
POSTGRES_REVERSE = [
    "DROP TRIGGER audit_log_no_change ON audit_log",
    "DROP FUNCTION audit_log_append_only()",
]


def _statements(schema_editor, sqlite, postgres):
    dialect = schema_editor.client.capabilities.dialect
    return postgres if dialect == "postgres" else sqlite


async def forward(apps, schema_editor):
    for statement in _statements(schema_editor, SQLITE, POSTGRES):
        await schema_editor.client.execute_script(statement)


async def backward(apps, schema_editor):
    for statement in _statements(schema_editor, SQLITE_REVERSE, POSTGRES_REVERSE):
        await schema_editor.client.execute_script(statement)


class Migration(migrations.Migration):
    dependencies = [("models", "0001_initial")]

    operations = [ops.RunPython(forward, backward)]
