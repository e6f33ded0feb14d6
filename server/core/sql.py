"""Small helpers for the few hand-written SQL statements on hot paths (both SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from server.core.time import as_utc
from server.settings import get_settings


def db() -> BaseDBAsyncClient:
    client: BaseDBAsyncClient = connections.get("default")
    return client


def dialect() -> str:
    return str(db().capabilities.dialect)


def placeholders(query: str) -> str:
    """Queries are written with '?'; asyncpg wants $1, $2, …"""
    if dialect() != "postgres":
        return query
    counter = itertools.count(1)
    return re.sub(r"\?", lambda _: f"${next(counter)}", query)


async def fetch(query: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return list(await db().execute_query_dict(placeholders(query), list(params)))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_match(column: str, prefix: str) -> tuple[str, list[Any]]:
    """A condition 'column starts with prefix' that an index on column can answer.

    SQLite compares in code-point order, so a half-open range uses the B-tree;
    PostgreSQL gets LIKE with the wildcards escaped.
    """
    if dialect() == "postgres":
        return f"{column} LIKE ? ESCAPE '\\'", [_escape_like(prefix) + "%"]
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return f"{column} >= ? AND {column} < ?", [prefix, upper]


def in_list(values: list[Any]) -> str:
    return ",".join("?" for _ in values)


def moment_param(moment: datetime) -> Any:
    """A time as a parameter of hand-written SQL, comparable with a stored datetime column on both backends."""
    if dialect() == "postgres":
        return as_utc(moment)
    # Tortoise stores SQLite datetimes as ISO text in UTC; compare text with text of the same shape.
    return as_utc(moment).isoformat(" ", "microseconds").replace(".000000", "")


def _sqlite_hotel_shift() -> str:
    """SQLite has no time zones: a stored UTC moment is shifted by the hotel's current UTC offset
    (China has no DST)."""
    offset = datetime.now(get_settings().timezone).utcoffset() or timedelta()
    return f"'{int(offset.total_seconds() // 60):+d} minutes'"


def hotel_month(column: str) -> tuple[str, list[Any]]:
    """An expression for the month (YYYY-MM) at the hotel of a stored UTC datetime column, and its parameters."""
    if dialect() == "postgres":
        return f"to_char({column} AT TIME ZONE ?, 'YYYY-MM')", [get_settings().timezone.key]
    return f"strftime('%Y-%m', {column}, {_sqlite_hotel_shift()})", []


def hotel_date(column: str) -> tuple[str, list[Any]]:
    """An expression for the date at the hotel of a stored UTC datetime column, and its parameters."""
    if dialect() == "postgres":
        return f"CAST(({column} AT TIME ZONE ?) AS DATE)", [get_settings().timezone.key]
    return f"date({column}, {_sqlite_hotel_shift()})", []


def row_date(value: Any) -> date:
    """A date column as a row of hand-written SQL returns it (a date on PostgreSQL, ISO text on SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def row_moment(value: Any) -> datetime:
    """A datetime column as a row of hand-written SQL returns it (aware on PostgreSQL, ISO text on SQLite), in UTC."""
    return as_utc(value if isinstance(value, datetime) else datetime.fromisoformat(str(value)))
