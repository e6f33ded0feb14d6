"""PostgreSQL: indexes that answer LIKE 'prefix%' (search by name, pinyin, initials, e-mail, company, last digits).

A default B-tree under a non-C collation cannot serve LIKE; text_pattern_ops can. SQLite needs nothing:
its searches are half-open ranges on the ordinary indexes.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

PREFIX_COLUMNS = [
    ("customers", "name"),
    ("customers", "name_pinyin_key"),
    ("customers", "name_initials"),
    ("customers", "name_en_key"),
    ("customers", "email"),
    ("customers", "employer"),
    ("customers", "employer_key"),
    ("customer_phones", "digits_reversed"),
]


def _name(table, column):
    return f"idx_{table}_{column}_prefix"


async def forward(apps, schema_editor):
    if schema_editor.client.capabilities.dialect != "postgres":
        return
    for table, column in PREFIX_COLUMNS:
        await schema_editor.client.execute_script(
            f'CREATE INDEX IF NOT EXISTS "{_name(table, column)}" ON "{table}" ("{column}" text_pattern_ops)'
        )


async def backward(apps, schema_editor):
    if schema_editor.client.capabilities.dialect != "postgres":
        return
    for table, column in PREFIX_COLUMNS:
        await schema_editor.client.execute_script(f'DROP INDEX IF EXISTS "{_name(table, column)}"')


class Migration(migrations.Migration):
    dependencies = [("models", "0004_card_and_search_indexes")]

    operations = [ops.RunPython(forward, backward)]
