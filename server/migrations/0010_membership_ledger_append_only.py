"""The membership ledger is append-only: the database itself refuses UPDATE and DELETE on it.

A balance is only ever changed together with a new ledger entry; a correction is a new ADJUST
entry, never an edit of an old one.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

SQLITE = [
    """CREATE TRIGGER membership_ledger_no_update BEFORE UPDATE ON membership_ledger
       BEGIN SELECT RAISE(ABORT, 'membership_ledger is append-only'); END""",
    """CREATE TRIGGER membership_ledger_no_delete BEFORE DELETE ON membership_ledger
       BEGIN SELECT RAISE(ABORT, 'membership_ledger is append-only'); END""",
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION membership_ledger_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'membership_ledger is append-only'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER membership_ledger_no_change BEFORE UPDATE OR DELETE ON membership_ledger
       FOR EACH ROW EXECUTE FUNCTION membership_ledger_append_only()""",
]
SQLITE_REVERSE = ["DROP TRIGGER membership_ledger_no_update", "DROP TRIGGER membership_ledger_no_delete"]
POSTGRES_REVERSE = [
    "DROP TRIGGER membership_ledger_no_change ON membership_ledger",
    "DROP FUNCTION membership_ledger_append_only()",
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
    dependencies = [("models", "0009_membership_and_partner_keys")]

    operations = [ops.RunPython(forward, backward)]
