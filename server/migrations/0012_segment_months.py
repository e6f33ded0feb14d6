"""segmentReport's summary: stays per dimension value, property and arrival month, kept exact by triggers.

The triggers add a stay's figures under each of its dimension values on INSERT, take them away on
DELETE, and both on an UPDATE of a column the report reads; a change of a customer's industry or
nature moves that customer's stays between values. The SQL is written out here (frozen with the
migration); server/reports/service.py holds the same rules for `hotel-crm reports rebuild`, and a
test checks that both agree. An index on stays.arrival serves the partial months at a period's edges.
"""

from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

NONE = "'(none)'"
NO_CUSTOMER = "'(no customer)'"
STAY_COLUMNS = ("property", "market_segment", "channel", "country", "customer_type", "room_type")
DIMENSIONS = ("PROPERTY", "MARKET_SEGMENT", "CHANNEL", "COUNTRY", "CUSTOMER_TYPE", "ROOM_TYPE")
COLUMNS = "dimension, segment_key, property, month, stays, cancelled, room_nights, room_revenue"
UPSERT = """ON CONFLICT (dimension, segment_key, property, month) DO UPDATE SET
    stays = segment_months.stays + excluded.stays,
    cancelled = segment_months.cancelled + excluded.cancelled,
    room_nights = segment_months.room_nights + excluded.room_nights,
    room_revenue = segment_months.room_revenue + excluded.room_revenue"""
STAY_UPDATE_COLUMNS = (
    "property, arrival, status, room_nights, room_revenue, market_segment, channel, country, "
    "customer_type, room_type, customer_id"
)


def _month(dialect, row):
    return f"to_char({row}.arrival, 'YYYY-MM')" if dialect == "postgres" else f"substr({row}.arrival, 1, 7)"


def _figures(row, sign):
    cancelled = f"{row}.status IN ('CANCELLED', 'NO_SHOW')"
    return (
        f"{sign}, {sign} * (CASE WHEN {cancelled} THEN 1 ELSE 0 END), "
        f"{sign} * (CASE WHEN {cancelled} THEN 0 ELSE {row}.room_nights END), "
        f"{sign} * (CASE WHEN {cancelled} THEN 0 ELSE {row}.room_revenue END)"
    )


def _customer_key(row, column):
    return (
        f"CASE WHEN {row}.customer_id IS NULL THEN {NO_CUSTOMER} ELSE COALESCE("
        f"(SELECT NULLIF(c.{column}, '') FROM customers c WHERE c.id = {row}.customer_id), {NONE}) END"
    )


def _add_stay(dialect, row, sign):
    """One statement: the stay `row` (NEW, OLD or a function's argument) added with sign +1 or -1."""
    keys = [
        f"SELECT '{d}' AS dimension, COALESCE(NULLIF({row}.{c}, ''), {NONE}) AS segment_key"
        for d, c in zip(DIMENSIONS, STAY_COLUMNS)
    ]
    keys += [f"SELECT 'INDUSTRY', {_customer_key(row, 'industry')}", f"SELECT 'NATURE', {_customer_key(row, 'nature')}"]
    return (
        f"INSERT INTO segment_months ({COLUMNS}) "
        f"SELECT d.dimension, d.segment_key, {row}.property, {_month(dialect, row)}, {_figures(row, sign)} "
        f"FROM ({' UNION ALL '.join(keys)}) AS d WHERE true {UPSERT}"
    )


def _move_customer(dialect, old, new, sign, different):
    """One statement: a customer's stays taken from (sign -1, keys of OLD) or added to (+1, NEW) their values."""
    row = old if sign < 0 else new
    keys = " UNION ALL ".join(
        f"SELECT '{d}' AS dimension, COALESCE(NULLIF({row}.{c}, ''), {NONE}) AS segment_key "
        f"WHERE {old}.{c} {different} {new}.{c}"
        for d, c in (("INDUSTRY", "industry"), ("NATURE", "nature"))
    )
    cancelled = "s.status IN ('CANCELLED', 'NO_SHOW')"
    month = _month(dialect, "s")
    return (
        f"INSERT INTO segment_months ({COLUMNS}) "
        f"SELECT d.dimension, d.segment_key, s.property, {month}, {sign} * COUNT(*), "
        f"{sign} * SUM(CASE WHEN {cancelled} THEN 1 ELSE 0 END), "
        f"{sign} * SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_nights END), "
        f"{sign} * SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_revenue END) "
        f"FROM stays s, ({keys}) AS d WHERE s.customer_id = {new}.id "
        f"GROUP BY d.dimension, d.segment_key, s.property, {month} {UPSERT}"
    )


def _fill(dialect):
    """The summary computed from the stays already there."""
    cancelled = "s.status IN ('CANCELLED', 'NO_SHOW')"
    figures = (
        f"COUNT(*), SUM(CASE WHEN {cancelled} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_nights END), "
        f"SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_revenue END)"
    )
    keys = [(d, f"COALESCE(NULLIF(s.{c}, ''), {NONE})") for d, c in zip(DIMENSIONS, STAY_COLUMNS)]
    keys += [
        (d, f"CASE WHEN s.customer_id IS NULL THEN {NO_CUSTOMER} ELSE COALESCE(NULLIF(c.{c}, ''), {NONE}) END")
        for d, c in (("INDUSTRY", "industry"), ("NATURE", "nature"))
    ]
    month = _month(dialect, "s")
    return [
        f"INSERT INTO segment_months ({COLUMNS}) SELECT '{d}', {key}, s.property, {month}, {figures} "
        f"FROM stays s LEFT JOIN customers c ON c.id = s.customer_id GROUP BY {key}, s.property, {month}"
        for d, key in keys
    ]


def sqlite_statements():
    return [
        "CREATE INDEX IF NOT EXISTS idx_stays_arrival ON stays (arrival)",
        f"""CREATE TRIGGER segment_months_stay_insert AFTER INSERT ON stays
            BEGIN {_add_stay("sqlite", "NEW", 1)}; END""",
        f"""CREATE TRIGGER segment_months_stay_delete AFTER DELETE ON stays
            BEGIN {_add_stay("sqlite", "OLD", -1)}; END""",
        f"""CREATE TRIGGER segment_months_stay_update AFTER UPDATE OF {STAY_UPDATE_COLUMNS} ON stays
            BEGIN {_add_stay("sqlite", "OLD", -1)}; {_add_stay("sqlite", "NEW", 1)}; END""",
        f"""CREATE TRIGGER segment_months_customer_update AFTER UPDATE OF industry, nature ON customers
            WHEN OLD.industry IS NOT NEW.industry OR OLD.nature IS NOT NEW.nature
            BEGIN {_move_customer("sqlite", "OLD", "NEW", -1, "IS NOT")};
                  {_move_customer("sqlite", "OLD", "NEW", 1, "IS NOT")}; END""",
        *_fill("sqlite"),
    ]


def postgres_statements():
    return [
        "CREATE INDEX IF NOT EXISTS idx_stays_arrival ON stays (arrival)",
        f"""CREATE OR REPLACE FUNCTION segment_months_add(stay stays, sign integer) RETURNS void AS $$
            BEGIN {_add_stay("postgres", "stay", "sign")}; END; $$ LANGUAGE plpgsql""",
        """CREATE OR REPLACE FUNCTION segment_months_stay() RETURNS trigger AS $$
            BEGIN
              IF TG_OP <> 'INSERT' THEN PERFORM segment_months_add(OLD, -1); END IF;
              IF TG_OP <> 'DELETE' THEN PERFORM segment_months_add(NEW, 1); END IF;
              RETURN NULL;
            END; $$ LANGUAGE plpgsql""",
        f"""CREATE TRIGGER segment_months_stay AFTER INSERT OR DELETE OR UPDATE OF {STAY_UPDATE_COLUMNS}
            ON stays FOR EACH ROW EXECUTE FUNCTION segment_months_stay()""",
        f"""CREATE OR REPLACE FUNCTION segment_months_customer() RETURNS trigger AS $$
            BEGIN
              {_move_customer("postgres", "OLD", "NEW", -1, "IS DISTINCT FROM")};
              {_move_customer("postgres", "OLD", "NEW", 1, "IS DISTINCT FROM")};
              RETURN NULL;
            END; $$ LANGUAGE plpgsql""",
        """CREATE TRIGGER segment_months_customer AFTER UPDATE OF industry, nature ON customers
            FOR EACH ROW WHEN (OLD.industry IS DISTINCT FROM NEW.industry OR OLD.nature IS DISTINCT FROM NEW.nature)
            EXECUTE FUNCTION segment_months_customer()""",
        *_fill("postgres"),
    ]


SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS segment_months_stay_insert",
    "DROP TRIGGER IF EXISTS segment_months_stay_delete",
    "DROP TRIGGER IF EXISTS segment_months_stay_update",
    "DROP TRIGGER IF EXISTS segment_months_customer_update",
    "DROP INDEX IF EXISTS idx_stays_arrival",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS segment_months_stay ON stays",
    "DROP TRIGGER IF EXISTS segment_months_customer ON customers",
    "DROP FUNCTION IF EXISTS segment_months_stay()",
    "DROP FUNCTION IF EXISTS segment_months_customer()",
    "DROP FUNCTION IF EXISTS segment_months_add(stays, integer)",
    "DROP INDEX IF EXISTS idx_stays_arrival",
]


async def run_for_dialect(schema_editor, *, postgres, sqlite):
    """Runs the statements written for the database's dialect, one script each (0013 and 0014 too)."""
    is_postgres = schema_editor.client.capabilities.dialect == "postgres"
    for statement in postgres if is_postgres else sqlite:
        await schema_editor.client.execute_script(statement)


async def forward(apps, schema_editor):
    await run_for_dialect(schema_editor, postgres=postgres_statements(), sqlite=sqlite_statements())


async def backward(apps, schema_editor):
    await run_for_dialect(schema_editor, postgres=POSTGRES_REVERSE, sqlite=SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("models", "0011_account_management")]

    initial = False

    operations = [
        ops.CreateModel(
            name="SegmentMonth",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("dimension", fields.CharField(max_length=16)),
                ("segment_key", fields.CharField(max_length=64)),
                ("property", fields.CharField(max_length=64)),
                ("month", fields.CharField(max_length=7)),
                ("stays", fields.BigIntField(default=0)),
                ("cancelled", fields.BigIntField(default=0)),
                ("room_nights", fields.BigIntField(default=0)),
                ("room_revenue", fields.BigIntField(default=0)),
            ],
            options={
                "table": "segment_months",
                "app": "models",
                "unique_together": (("dimension", "segment_key", "property", "month"),),
                "indexes": [Index(fields=["dimension", "month"])],
                "pk_attr": "id",
            },
            bases=["Model"],
        ),
        ops.RunPython(forward, backward),
    ]
