"""Small helpers for the few hand-written SQL statements on hot paths (both SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient


def db() -> BaseDBAsyncClient:
    client: BaseDBAsyncClient = connections.get("default")
    return client


def dialect() -> str:
    return str(db().capabilities.dialect)


def placeholders(query: str) -> str:
    """Queries are written with '?'; asyncpg wants $1, $2, …"""
    if dialect() != "postgres":
        return query
    counter = iter(range(1, 10_000))
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
