"""PostgreSQL: segmentReport's summary kept by statement-level stay triggers instead of 0012's row-level one.

0012's trigger ran eight upserts per stay. These run one upsert per statement: the statement's rows
(transition tables) are added up per (dimension, segment_key, property, month) and written in the
order of that key, so each summary row is touched once per statement and concurrent writers lock
rows in the same order. An UPDATE adds the new values and takes away the old in one signed
aggregate, only for the rows whose report columns changed (PostgreSQL allows no `UPDATE OF`
column list with transition tables). The key rules are 0012's own helpers. The customer trigger
(industry, nature) stays row-level. SQLite has no statement-level triggers: nothing changes there.
"""

import importlib

from tortoise import migrations
from tortoise.migrations import operations as ops

_0012 = importlib.import_module("server.migrations.0012_segment_months")
NONE, NO_CUSTOMER = _0012.NONE, _0012.NO_CUSTOMER
COLUMNS, UPSERT = _0012.COLUMNS, _0012.UPSERT
FIGURES = "stays, cancelled, room_nights, room_revenue"
KEY = "dimension, segment_key, property, month"
REPORT_COLUMNS = [c.strip() for c in _0012.STAY_UPDATE_COLUMNS.split(",")]


def _rows(table, sign, where=""):
    """The signed figures of each stay in `table` (alias r) under each of its eight dimension values."""
    keys = [f"SELECT '{d}', COALESCE(NULLIF(r.{c}, ''), {NONE})" for d, c in zip(_0012.DIMENSIONS, _0012.STAY_COLUMNS)]
    keys += [f"SELECT 'INDUSTRY', {_0012._customer_key('r', 'industry')}"]
    keys += [f"SELECT 'NATURE', {_0012._customer_key('r', 'nature')}"]
    return (
        f"SELECT d.dimension, d.segment_key, r.property, {_0012._month('postgres', 'r')}, {_0012._figures('r', sign)} "
        f"FROM {table} CROSS JOIN LATERAL ({' UNION ALL '.join(keys)}) AS d (dimension, segment_key) {where}"
    )


def _apply(*parts):
    """One upsert: the parts added up per summary key, zero sums left out, in key order."""
    sums = ", ".join(f"SUM({f})" for f in FIGURES.split(", "))
    nonzero = " OR ".join(f"SUM({f}) <> 0" for f in FIGURES.split(", "))
    return (
        f"INSERT INTO segment_months ({COLUMNS}) SELECT {KEY}, {sums} "
        f"FROM ({' UNION ALL '.join(parts)}) AS f ({COLUMNS}) "
        f"GROUP BY {KEY} HAVING {nonzero} ORDER BY {KEY} {UPSERT}"
    )


_CHANGED = (
    f"JOIN new_stays n ON n.id = r.id WHERE ({', '.join(f'r.{c}' for c in REPORT_COLUMNS)}) "
    f"IS DISTINCT FROM ({', '.join(f'n.{c}' for c in REPORT_COLUMNS)})"
)
_CHANGED_NEW = (
    f"JOIN old_stays o ON o.id = r.id WHERE ({', '.join(f'o.{c}' for c in REPORT_COLUMNS)}) "
    f"IS DISTINCT FROM ({', '.join(f'r.{c}' for c in REPORT_COLUMNS)})"
)
_FUNCTIONS = {
    "insert": _apply(_rows("new_stays r", 1)),
    "delete": _apply(_rows("old_stays r", -1)),
    "update": _apply(_rows("old_stays r", -1, _CHANGED), _rows("new_stays r", 1, _CHANGED_NEW)),
}
_TRANSITIONS = {
    "insert": "NEW TABLE AS new_stays",
    "delete": "OLD TABLE AS old_stays",
    "update": "OLD TABLE AS old_stays NEW TABLE AS new_stays",
}
# 0012's row-level stay trigger and its functions, as 0012 created them (for the way back).
_ROW_LEVEL = [s for s in _0012.postgres_statements() if "segment_months_stay" in s or "segment_months_add(" in s]
assert len(_ROW_LEVEL) == 3, _ROW_LEVEL

POSTGRES = [
    "DROP TRIGGER IF EXISTS segment_months_stay ON stays",
    "DROP FUNCTION IF EXISTS segment_months_stay()",
    "DROP FUNCTION IF EXISTS segment_months_add(stays, integer)",
]
for _op, _sql in _FUNCTIONS.items():
    POSTGRES += [
        f"""CREATE OR REPLACE FUNCTION segment_months_stays_{_op}() RETURNS trigger AS $$
            BEGIN {_sql}; RETURN NULL; END; $$ LANGUAGE plpgsql""",
        f"""CREATE TRIGGER segment_months_stays_{_op} AFTER {_op.upper()} ON stays
            REFERENCING {_TRANSITIONS[_op]} FOR EACH STATEMENT EXECUTE FUNCTION segment_months_stays_{_op}()""",
    ]
POSTGRES_REVERSE = [
    *(f"DROP TRIGGER IF EXISTS segment_months_stays_{op} ON stays" for op in _FUNCTIONS),
    *(f"DROP FUNCTION IF EXISTS segment_months_stays_{op}()" for op in _FUNCTIONS),
    *_ROW_LEVEL,
]


async def forward(apps, schema_editor):
    await _0012.run_for_dialect(schema_editor, postgres=POSTGRES, sqlite=[])


async def backward(apps, schema_editor):
    await _0012.run_for_dialect(schema_editor, postgres=POSTGRES_REVERSE, sqlite=[])


class Migration(migrations.Migration):
    dependencies = [("models", "0012_segment_months")]

    operations = [ops.RunPython(forward, backward)]
