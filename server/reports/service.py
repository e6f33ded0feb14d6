"""Segment analysis (SPEC §2.10, §4.4 segmentReport) and the rebuild of its summary.

Rules of a row, per value of the dimension, over the stays whose ARRIVAL date is in the period:
- `stays` counts every stay; `cancelled` those CANCELLED or NO_SHOW;
- `room_nights` and `room_revenue` add up only the other stays (RESERVED, IN_HOUSE, CHECKED_OUT);
- `adr` = room_revenue / room_nights, rounded half-up to the fen once (server.core.money), None at 0 nights;
- `share` = the row's room_revenue / the room_revenue of all rows (0.0 when that total is 0).

Keys: the stored value as it is; an empty or missing value is NO_VALUE "(none)"; INDUSTRY and NATURE of a
stay without a customer are NO_CUSTOMER "(no customer)"; REGION is the UN M49 sub-region of the country
code (server/reports/regions.py), UNKNOWN_REGION "(unknown)" for a code it does not know (e.g. "TMP");
ARRIVAL_YEAR is "YYYY", ARRIVAL_MONTH "YYYY-MM". Rows of ARRIVAL_YEAR and ARRIVAL_MONTH come in key order,
every other dimension by room revenue, largest first (then by key). Values with no stay in the period
have no row.

Speed: whole arrival months come from segment_months (kept exact by triggers, migration 0012), the days
of a partial month at the period's edges from stays through idx_stays_arrival_figures (migration 0015);
one SQL statement adds both up with GROUP BY.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from tortoise.transactions import in_transaction

from server.core import sql
from server.core.errors import DomainError, ErrorCode
from server.core.money import Fen, divide_half_up
from server.reports.regions import COUNTRY_REGIONS
from server.reports.tables import Column, ColumnKind, Table
from server.stays.service import NOT_STAYED

NO_VALUE = "(none)"
NO_CUSTOMER = "(no customer)"
UNKNOWN_REGION = "(unknown)"
# The stays that did not happen (server.stays.service.NOT_STAYED) as an SQL list: "cancelled" here.
_NOT_STAYED_SQL = "(" + ", ".join(f"'{status}'" for status in NOT_STAYED) + ")"


class SegmentDimension(Enum):
    PROPERTY = "PROPERTY"
    MARKET_SEGMENT = "MARKET_SEGMENT"
    CHANNEL = "CHANNEL"
    COUNTRY = "COUNTRY"
    REGION = "REGION"
    INDUSTRY = "INDUSTRY"
    NATURE = "NATURE"
    CUSTOMER_TYPE = "CUSTOMER_TYPE"
    ROOM_TYPE = "ROOM_TYPE"
    ARRIVAL_YEAR = "ARRIVAL_YEAR"
    ARRIVAL_MONTH = "ARRIVAL_MONTH"


TIME_DIMENSIONS = frozenset({SegmentDimension.ARRIVAL_YEAR, SegmentDimension.ARRIVAL_MONTH})


@dataclass(frozen=True)
class SegmentRow:
    key: str
    stays: int
    cancelled: int
    room_nights: int
    room_revenue: Fen
    adr: Fen | None
    share: float


def _stay_value(column: str) -> str:
    return f"COALESCE(NULLIF(s.{column}, ''), '{NO_VALUE}')"


def _customer_value(column: str) -> str:
    return (
        f"CASE WHEN s.customer_id IS NULL THEN '{NO_CUSTOMER}' ELSE COALESCE(NULLIF(c.{column}, ''), '{NO_VALUE}') END"
    )


# The dimensions segment_months stores, with the key of a stay `s` (joined to its customer `c`).
STORED_KEYS: dict[str, str] = {
    "PROPERTY": _stay_value("property"),
    "MARKET_SEGMENT": _stay_value("market_segment"),
    "CHANNEL": _stay_value("channel"),
    "COUNTRY": _stay_value("country"),
    "CUSTOMER_TYPE": _stay_value("customer_type"),
    "ROOM_TYPE": _stay_value("room_type"),
    "INDUSTRY": _customer_value("industry"),
    "NATURE": _customer_value("nature"),
}


@dataclass(frozen=True)
class _Source:
    """Where a dimension's rows come from: a stored dimension, grouped by its key or by the arrival month."""

    stored: str
    by_month: bool = False


_SOURCES: dict[SegmentDimension, _Source] = {
    SegmentDimension.REGION: _Source("COUNTRY"),
    SegmentDimension.ARRIVAL_YEAR: _Source("PROPERTY", by_month=True),
    SegmentDimension.ARRIVAL_MONTH: _Source("PROPERTY", by_month=True),
}


def _source(dimension: SegmentDimension) -> _Source:
    return _SOURCES.get(dimension) or _Source(dimension.value)


def _month_of(column: str) -> str:
    """The arrival month YYYY-MM of a date column."""
    if sql.dialect() == "postgres":
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def _figures_of_stays() -> str:
    cancelled = f"s.status IN {_NOT_STAYED_SQL}"
    return (
        f"COUNT(*) AS stays, SUM(CASE WHEN {cancelled} THEN 1 ELSE 0 END) AS cancelled, "
        f"SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_nights END) AS room_nights, "
        f"SUM(CASE WHEN {cancelled} THEN 0 ELSE s.room_revenue END) AS room_revenue"
    )


def _outer_key(dimension: SegmentDimension) -> tuple[str, list[Any]]:
    """The row's key from the inner key k (a stored value or a month)."""
    if dimension is SegmentDimension.ARRIVAL_YEAR:
        return "substr(k, 1, 4)", []
    if dimension is SegmentDimension.REGION:
        arms = " ".join("WHEN ? THEN ?" for _ in COUNTRY_REGIONS)
        params: list[Any] = [NO_VALUE, NO_VALUE]
        for code, region in COUNTRY_REGIONS.items():
            params += [code, region]
        return f"CASE k WHEN ? THEN ? {arms} ELSE '{UNKNOWN_REGION}' END", params
    return "k", []


@dataclass(frozen=True)
class _Split:
    """A period cut into whole months (from the summary) and edge days (from the stays)."""

    first_month: str | None
    last_month: str | None
    whole_months: bool
    edges: list[tuple[date | None, date | None]]


def _split(start: date | None, end: date | None) -> _Split:
    first = start if start is None or start.day == 1 else (start.replace(day=1) + timedelta(days=32)).replace(day=1)
    if end is None or end.day == calendar.monthrange(end.year, end.month)[1]:
        last = end
    else:
        last = end.replace(day=1) - timedelta(days=1)
    if first is not None and last is not None and first > last:
        return _Split(None, None, False, [(start, end)])
    edges: list[tuple[date | None, date | None]] = []
    if start is not None and first is not None and start < first:
        edges.append((start, first - timedelta(days=1)))
    if end is not None and last is not None and last < end:
        edges.append((last + timedelta(days=1), end))
    return _Split(
        first.strftime("%Y-%m") if first is not None else None,
        last.strftime("%Y-%m") if last is not None else None,
        True,
        edges,
    )


def _period_query(
    dimension: SegmentDimension, property_name: str | None, start: date | None, end: date | None
) -> tuple[str, list[Any]]:
    source = _source(dimension)
    split = _split(start, end)
    parts: list[str] = []
    params: list[Any] = []
    if split.whole_months:
        where = ["dimension = ?"]
        params.append(source.stored)
        if split.first_month is not None:
            where.append("month >= ?")
            params.append(split.first_month)
        if split.last_month is not None:
            where.append("month <= ?")
            params.append(split.last_month)
        if property_name is not None:
            where.append("property = ?")
            params.append(property_name)
        key = "month" if source.by_month else "segment_key"
        parts.append(
            f"SELECT {key} AS k, SUM(stays) AS stays, SUM(cancelled) AS cancelled, SUM(room_nights) AS room_nights, "
            f"SUM(room_revenue) AS room_revenue FROM segment_months WHERE {' AND '.join(where)} GROUP BY 1"
        )
    stay_key = _month_of("s.arrival") if source.by_month else STORED_KEYS[source.stored]
    join = " LEFT JOIN customers c ON c.id = s.customer_id" if source.stored in ("INDUSTRY", "NATURE") else ""
    for edge_start, edge_end in split.edges:
        where = []
        if edge_start is not None:
            where.append("s.arrival >= ?")
            params.append(edge_start)
        if edge_end is not None:
            where.append("s.arrival <= ?")
            params.append(edge_end)
        if property_name is not None:
            where.append("s.property = ?")
            params.append(property_name)
        parts.append(
            f"SELECT {stay_key} AS k, {_figures_of_stays()} FROM stays s{join} WHERE {' AND '.join(where)} GROUP BY 1"
        )
    outer, outer_params = _outer_key(dimension)
    query = (
        f"SELECT {outer} AS segment_key, SUM(stays) AS stays, SUM(cancelled) AS cancelled, "
        f"SUM(room_nights) AS room_nights, SUM(room_revenue) AS room_revenue "
        f"FROM ({' UNION ALL '.join(parts)}) AS parts GROUP BY 1 HAVING SUM(stays) > 0"
    )
    return query, [*outer_params, *params]


async def _check_property(property_name: str) -> None:
    rows = await sql.fetch(
        "SELECT 1 AS found FROM segment_months WHERE dimension = 'PROPERTY' AND property = ? LIMIT 1", [property_name]
    )
    if not rows:
        raise DomainError(ErrorCode.NOT_FOUND, f"没有酒店“{property_name}”的入住记录", field="property")


async def segment_report(
    *,
    dimension: SegmentDimension,
    property_name: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[SegmentRow]:
    """One row per value of the dimension over the stays arriving in [start, end] (either side open when None).

    Refuses a period that ends before it starts (field "to"), a blank property and a property without any
    stay (field "property"); nothing else.
    """
    if start is not None and end is not None and start > end:
        raise DomainError(ErrorCode.INVALID, "结束日期不能早于开始日期", field="to")
    if property_name is not None:
        if not property_name.strip():
            raise DomainError(ErrorCode.INVALID, "酒店不能为空：不限酒店时请不填", field="property")
        await _check_property(property_name)
    query, params = _period_query(dimension, property_name, start, end)
    found = await sql.fetch(query, params)
    total = sum(int(r["room_revenue"]) for r in found)
    rows = [
        SegmentRow(
            key=str(r["segment_key"]),
            stays=int(r["stays"]),
            cancelled=int(r["cancelled"]),
            room_nights=int(r["room_nights"]),
            room_revenue=int(r["room_revenue"]),
            adr=divide_half_up(int(r["room_revenue"]), int(r["room_nights"])),
            share=int(r["room_revenue"]) / total if total else 0.0,
        )
        for r in found
    ]
    if dimension in TIME_DIMENSIONS:
        rows.sort(key=lambda row: row.key)
    else:
        rows.sort(key=lambda row: (-row.room_revenue, row.key))
    return rows


async def rebuild_segment_months() -> int:
    """Recomputes segment_months from the stays in one transaction; returns its number of rows.

    The triggers keep it exact; this is for after a restore, a bulk load with triggers off, or doubt.
    """
    month = _month_of("s.arrival")
    async with in_transaction() as connection:
        await connection.execute_query("DELETE FROM segment_months")
        for stored, key in STORED_KEYS.items():
            await connection.execute_query(
                f"INSERT INTO segment_months (dimension, segment_key, property, month, stays, cancelled, "
                f"room_nights, room_revenue) SELECT '{stored}', {key}, s.property, {month}, {_figures_of_stays()} "
                f"FROM stays s LEFT JOIN customers c ON c.id = s.customer_id GROUP BY 2, 3, 4"
            )
        rows = await connection.execute_query_dict("SELECT COUNT(*) AS n FROM segment_months")
    return int(rows[0]["n"])


KEY_HEADERS: dict[SegmentDimension, str] = {
    SegmentDimension.PROPERTY: "酒店",
    SegmentDimension.MARKET_SEGMENT: "市场细分",
    SegmentDimension.CHANNEL: "渠道",
    SegmentDimension.COUNTRY: "国家/地区(代码)",
    SegmentDimension.REGION: "区域(联合国M49)",
    SegmentDimension.INDUSTRY: "行业",
    SegmentDimension.NATURE: "客户性质",
    SegmentDimension.CUSTOMER_TYPE: "客人类型",
    SegmentDimension.ROOM_TYPE: "房型",
    SegmentDimension.ARRIVAL_YEAR: "到店年份",
    SegmentDimension.ARRIVAL_MONTH: "到店月份",
}
# The marker keys as a reader of the file understands them; every other key is written as it is.
KEY_LABELS = {NO_VALUE: "（未填写）", NO_CUSTOMER: "（无客户档案）", UNKNOWN_REGION: "（未知地区）"}
SEGMENT_COLUMNS = (
    Column("预订数(笔)", ColumnKind.INTEGER),
    Column("取消及未到(笔)", ColumnKind.INTEGER),
    Column("间夜数(间夜)", ColumnKind.INTEGER),
    Column("客房收入(元)", ColumnKind.MONEY),
    Column("平均房价(元)", ColumnKind.MONEY),
    Column("收入占比(%)", ColumnKind.PERCENT),
)


def segment_table(dimension: SegmentDimension, rows: list[SegmentRow]) -> Table:
    """segmentReport's rows as a table to export."""
    return Table(
        name=f"segments-{dimension.value.lower()}",
        title=f"细分分析-{KEY_HEADERS[dimension]}",
        columns=(Column(KEY_HEADERS[dimension]), *SEGMENT_COLUMNS),
        rows=[
            (KEY_LABELS.get(r.key, r.key), r.stays, r.cancelled, r.room_nights, r.room_revenue, r.adr, r.share)
            for r in rows
        ],
    )
