"""Test harness: a fresh database per test on SQLite (default) or PostgreSQL, and an API client.

HOTEL_CRM_TEST_BACKEND=postgres runs the same tests against a PostgreSQL database
created for the run (and dropped afterwards) on HOTEL_CRM_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

os.environ["HOTEL_CRM_ENV"] = "test"
os.environ["HOTEL_CRM_SECRET_KEY"] = "test-secret-key-that-is-long-enough-0123456789"
os.environ.setdefault("HOTEL_CRM_TIMEZONE", "Asia/Shanghai")

import httpx
from tortoise import Tortoise, connections

from server.auth.models import Role, User
from server.auth.service import issue_token
from server.core import time as time_module
from server.core.broker import close_broker
from server.db import apply_migrations, close_db, init_db
from server.settings import reset_settings_cache
from tests.factories import make_user

BACKEND = os.environ.get("HOTEL_CRM_TEST_BACKEND", "sqlite")
POSTGRES_ADMIN_URL = os.environ.get("HOTEL_CRM_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if BACKEND == "postgres":
        skip = pytest.mark.skip(reason="SQLite-specific behaviour")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


async def _admin_execute(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(POSTGRES_ADMIN_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def database_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database for the run: a SQLite file to copy, or a PostgreSQL database."""
    if BACKEND == "postgres":
        name = f"hotel_crm_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        asyncio.run(_admin_execute(f'CREATE DATABASE "{name}"'))
        url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

        async def migrate() -> None:
            await apply_migrations(url)
            await close_db()

        asyncio.run(migrate())
        try:
            yield url
        finally:
            asyncio.run(_admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        return
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    url = f"sqlite://{path}"

    async def migrate_sqlite() -> None:
        await apply_migrations(url)
        await close_db()

    asyncio.run(migrate_sqlite())
    yield str(path)


_TABLES_CACHE: list[str] = []


@pytest.fixture
async def db(database_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """A fresh, migrated database for one test; yields its URL."""
    if BACKEND == "postgres":
        url = database_template
        monkeypatch.setenv("HOTEL_CRM_DATABASE_URL", url)
        reset_settings_cache()
        await init_db(url)
        conn = connections.get("default")
        if not _TABLES_CACHE:
            rows = await conn.execute_query_dict(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'tortoise%'"
            )
            _TABLES_CACHE.extend(r["tablename"] for r in rows)
        await conn.execute_script(
            "TRUNCATE " + ", ".join(f'"{t}"' for t in _TABLES_CACHE) + " RESTART IDENTITY CASCADE"
        )
    else:
        target = tmp_path / "test.sqlite3"
        shutil.copyfile(database_template, target)
        url = f"sqlite://{target}"
        monkeypatch.setenv("HOTEL_CRM_DATABASE_URL", url)
        reset_settings_cache()
        await init_db(url)
    try:
        yield url
    finally:
        await close_broker()
        await Tortoise.close_connections()
        reset_settings_cache()


@dataclass
class Api:
    """Talks to the real ASGI app over HTTP, signed in as a user of the requested role."""

    client: httpx.AsyncClient
    tokens: dict[Role, str] = field(default_factory=dict)
    users: dict[Role, User] = field(default_factory=dict)

    async def user(self, role: Role) -> User:
        if role not in self.users:
            self.users[role] = await make_user(f"{role.value.lower()}-user", role, display_name=f"Test {role.value}")
            self.tokens[role] = issue_token(self.users[role])
        return self.users[role]

    async def post(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        as_role: Role | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        sent = dict(headers or {})
        if as_role is not None:
            await self.user(as_role)
            sent["authorization"] = f"Bearer {self.tokens[as_role]}"
        return await self.client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=sent)

    async def gql(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        as_role: Role | None = Role.MANAGER,
    ) -> dict[str, Any]:
        """The response body; asserts HTTP 200."""
        response = await self.post(query, variables, as_role=as_role)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def data(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        as_role: Role | None = Role.MANAGER,
    ) -> dict[str, Any]:
        """The data of a response that must have no top-level errors."""
        body = await self.gql(query, variables, as_role=as_role)
        assert "errors" not in body, body["errors"]
        result: dict[str, Any] = body["data"]
        return result


@pytest.fixture
async def api(db: str) -> AsyncIterator[Api]:
    from server.app import create_app

    app = create_app(manage_database=False)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client)


@dataclass
class FixedClock:
    """Stands in for utcnow in the services under test: install() patches it in, advance() moves it."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def install(self, monkeypatch: pytest.MonkeyPatch, *services: ModuleType) -> FixedClock:
        """Fixes the services' utcnow and the hotel's today (server.core.time) everywhere."""
        for service in (time_module, *services):
            monkeypatch.setattr(service, "utcnow", self)
        return self


class QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise sends while active."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            self.statements.append(message)


@pytest.fixture
def count_queries() -> Iterator[QueryCounter]:
    logger = logging.getLogger("tortoise.db_client")
    counter = QueryCounter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)
