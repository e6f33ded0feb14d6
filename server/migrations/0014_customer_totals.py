"""customerRanking's all-time summary: one row per customer, kept exact by triggers.

customer_totals holds, per customer, the figures of customer performance over all time
(server.stays.service.performance_sql) that do not depend on today: `stays` counts the stays that
are neither CANCELLED nor NO_SHOW (future reservations included), `room_nights` and `room_revenue`
add them up, `revenue_lines` counts the customer's revenue lines and `other_revenue` adds up their
amounts. A customer has performance when stays + revenue_lines > 0 (a line of 0 counts, as there).

Triggers add a row's figures on INSERT, take them away on DELETE and both on an UPDATE of a column
read here (a merge moves stays and lines with one UPDATE of customer_id). Rows without a customer,
and cancelled stays, are skipped before any write: the PMS import of stays without customers costs
a condition per row on SQLite (trigger WHEN) and one scan of the statement's rows on PostgreSQL
(statement-level triggers with transition tables, like 0013; each customer's row touched once per
statement, in key order). The table is created by SQL here rather than from a model: only
hand-written SQL reads it. server/insights/service.py rebuild_customer_totals holds the same rules
for `hotel-crm reports rebuild`; a test checks both against performance_sql.
"""

import importlib

from tortoise import migrations
from tortoise.migrations import operations as ops

_0012 = importlib.import_module("server.migrations.0012_segment_months")

NOT_STAYED = "('CANCELLED', 'NO_SHOW')"
COLUMNS = "customer_id, stays, room_nights, room_revenue, revenue_lines, other_revenue"
FIGURES = COLUMNS.split(", ")[1:]
UPSERT = "ON CONFLICT (customer_id) DO UPDATE SET " + ", ".join(
    f"{f} = customer_totals.{f} + excluded.{f}" for f in FIGURES
)
TABLE = """CREATE TABLE IF NOT EXISTS customer_totals (
    customer_id BIGINT NOT NULL PRIMARY KEY,
    stays BIGINT NOT NULL DEFAULT 0,
    room_nights BIGINT NOT NULL DEFAULT 0,
    room_revenue BIGINT NOT NULL DEFAULT 0,
    revenue_lines BIGINT NOT NULL DEFAULT 0,
    other_revenue BIGINT NOT NULL DEFAULT 0
)"""
STAY_COLUMNS = ("customer_id", "status", "room_nights", "room_revenue")
LINE_COLUMNS = ("customer_id", "amount")


def _counts(row, table):
    return f"{row}.customer_id IS NOT NULL" + (f" AND {row}.status NOT IN {NOT_STAYED}" if table == "stays" else "")


def _signed(row, table, sign):
    """The figures of one row (NEW or OLD), signed, in COLUMNS order and named after them."""
    if table == "stays":
        values = f"{row}.customer_id, {sign}, {sign} * {row}.room_nights, {sign} * {row}.room_revenue, 0, 0"
    else:
        values = f"{row}.customer_id, 0, 0, 0, {sign}, {sign} * {row}.amount"
    return ", ".join(f"{v} AS {c}" for v, c in zip(values.split(", "), COLUMNS.split(", ")))


def _fill():
    return (
        f"INSERT INTO customer_totals ({COLUMNS}) SELECT customer_id, "
        + ", ".join(f"SUM({f})" for f in FIGURES)
        + f" FROM (SELECT {_signed('s', 'stays', 1)} FROM stays s WHERE {_counts('s', 'stays')} "
        f"UNION ALL SELECT {_signed('r', 'revenue_lines', 1)} FROM revenue_lines r WHERE {_counts('r', 'lines')}"
        ") AS f GROUP BY customer_id"
    )


def _sqlite_triggers(table, columns):
    name = "stay" if table == "stays" else "line"

    def add(row, sign):
        return (
            f"INSERT INTO customer_totals ({COLUMNS}) SELECT {_signed(row, table, sign)} "
            f"WHERE {_counts(row, table)} {UPSERT}"
        )

    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    return [
        f"""CREATE TRIGGER customer_totals_{name}_insert AFTER INSERT ON {table}
            WHEN {_counts("NEW", table)} BEGIN {add("NEW", 1)}; END""",
        f"""CREATE TRIGGER customer_totals_{name}_delete AFTER DELETE ON {table}
            WHEN {_counts("OLD", table)} BEGIN {add("OLD", -1)}; END""",
        f"""CREATE TRIGGER customer_totals_{name}_update AFTER UPDATE OF {", ".join(columns)} ON {table}
            WHEN (OLD.customer_id IS NOT NULL OR NEW.customer_id IS NOT NULL) AND ({changed})
            BEGIN {add("OLD", -1)}; {add("NEW", 1)}; END""",
    ]


def sqlite_statements():
    return [
        TABLE,
        *_sqlite_triggers("stays", STAY_COLUMNS),
        *_sqlite_triggers("revenue_lines", LINE_COLUMNS),
        _fill(),
    ]


def _apply(table, *parts):
    """One upsert: the parts (signed rows of the transition tables) added up per customer, in key order."""
    sums = ", ".join(f"SUM({f})" for f in FIGURES)
    nonzero = " OR ".join(f"SUM({f}) <> 0" for f in FIGURES)
    return (
        f"INSERT INTO customer_totals ({COLUMNS}) SELECT customer_id, {sums} "
        f"FROM ({' UNION ALL '.join(parts)}) AS f "
        f"GROUP BY customer_id HAVING {nonzero} ORDER BY customer_id {UPSERT}"
    )


def _rows(table, transition, sign, where=""):
    condition = _counts("r", table)
    return f"SELECT {_signed('r', table, sign)} FROM {transition} r {where}{' AND ' if where else 'WHERE '}{condition}"


def _postgres_triggers(table, columns):
    name = "stays" if table == "stays" else "lines"
    old, new = f"old_{name}", f"new_{name}"
    before = ", ".join(f"o.{c}" for c in columns)
    after = ", ".join(f"n.{c}" for c in columns)
    changed_old = (
        f"JOIN {new} n ON n.id = r.id WHERE ({', '.join(f'r.{c}' for c in columns)}) IS DISTINCT FROM ({after})"
    )
    changed_new = (
        f"JOIN {old} o ON o.id = r.id WHERE ({before}) IS DISTINCT FROM ({', '.join(f'r.{c}' for c in columns)})"
    )
    functions = {
        "insert": (_apply(table, _rows(table, new, 1)), f"NEW TABLE AS {new}"),
        "delete": (_apply(table, _rows(table, old, -1)), f"OLD TABLE AS {old}"),
        "update": (
            _apply(table, _rows(table, old, -1, changed_old), _rows(table, new, 1, changed_new)),
            f"OLD TABLE AS {old} NEW TABLE AS {new}",
        ),
    }
    statements = []
    for op, (body, transitions) in functions.items():
        statements += [
            f"""CREATE OR REPLACE FUNCTION customer_totals_{name}_{op}() RETURNS trigger AS $$
                BEGIN {body}; RETURN NULL; END; $$ LANGUAGE plpgsql""",
            f"""CREATE TRIGGER customer_totals_{name}_{op} AFTER {op.upper()} ON {table}
                REFERENCING {transitions} FOR EACH STATEMENT EXECUTE FUNCTION customer_totals_{name}_{op}()""",
        ]
    return statements


def postgres_statements():
    return [
        TABLE,
        *_postgres_triggers("stays", STAY_COLUMNS),
        *_postgres_triggers("revenue_lines", LINE_COLUMNS),
        _fill(),
    ]


SQLITE_REVERSE = [
    *(
        f"DROP TRIGGER IF EXISTS customer_totals_{name}_{op}"
        for name in ("stay", "line")
        for op in ("insert", "delete", "update")
    ),
    "DROP TABLE IF EXISTS customer_totals",
]
POSTGRES_REVERSE = [
    *(
        f"DROP TRIGGER IF EXISTS customer_totals_{name}_{op} ON {table}"
        for name, table in (("stays", "stays"), ("lines", "revenue_lines"))
        for op in ("insert", "delete", "update")
    ),
    *(
        f"DROP FUNCTION IF EXISTS customer_totals_{name}_{op}()"
        for name in ("stays", "lines")
        for op in ("insert", "delete", "update")
    ),
    "DROP TABLE IF EXISTS customer_totals",
]


async def forward(apps, schema_editor):
    await _0012.run_for_dialect(schema_editor, postgres=postgres_statements(), sqlite=sqlite_statements())


async def backward(apps, schema_editor):
    await _0012.run_for_dialect(schema_editor, postgres=POSTGRES_REVERSE, sqlite=SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("models", "0013_segment_months_statement_triggers")]

    operations = [ops.RunPython(forward, backward)]
