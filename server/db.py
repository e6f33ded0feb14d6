"""Database configuration: Tortoise config, SQLite pragmas, start-up checks, migrations."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tortoise import Tortoise, connections
from tortoise.migrations.api import migrate as tortoise_migrate

from server.settings import get_settings

MODEL_MODULES = [
    "server.auth.models",
    "server.customers.models",
    "server.stays.models",
    "server.interactions.models",
    "server.knowledge.models",
    "server.complaints.models",
    "server.membership.models",
    "server.partners.models",
    "server.contacts.models",
    "server.contracts.models",
    "server.feedback.models",
    "server.prospects.models",
    "server.reports.models",
]
MIGRATIONS_MODULE = "server.migrations"

# What a power cut or a changed ID number must not cost us (SPEC §3, §5).
SQLITE_PRAGMAS = {
    "journal_mode": "WAL",
    "synchronous": "FULL",
    "foreign_keys": "ON",
    "secure_delete": "ON",
    "busy_timeout": "10000",
}
_EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "2",
    "foreign_keys": "1",
    "secure_delete": "1",
}


class DatabaseSetupError(RuntimeError):
    """The database does not run with the settings durability and privacy depend on."""


def connection_url(database_url: str) -> str:
    """The database URL with our SQLite pragmas as query parameters (Tortoise applies them)."""
    if database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")
    if not database_url.startswith("sqlite"):
        return database_url
    scheme, _, rest = database_url.partition("://")
    if rest.startswith("//"):
        # sqlite:////abs/path (SQLAlchemy's spelling) means the same as sqlite:///abs/path.
        database_url = f"{scheme}://{'/' + rest.lstrip('/')}"
    parts = urlsplit(database_url)
    params = dict(parse_qsl(parts.query))
    for name, value in SQLITE_PRAGMAS.items():
        params.setdefault(name, value)
    return urlunsplit(parts._replace(query=urlencode(params)))


def tortoise_config(database_url: str | None = None) -> dict[str, Any]:
    url = connection_url(database_url or get_settings().database_url)
    return {
        "connections": {"default": url},
        "apps": {
            "models": {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": MIGRATIONS_MODULE,
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def __getattr__(name: str) -> Any:
    # `tortoise makemigrations` reads [tool.tortoise] tortoise_orm = "server.db.TORTOISE_ORM".
    if name == "TORTOISE_ORM":
        return tortoise_config()
    raise AttributeError(name)


def is_sqlite() -> bool:
    return bool(connections.get("default").capabilities.dialect == "sqlite")


async def init_db(database_url: str | None = None) -> None:
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)
    await verify_database()


async def close_db() -> None:
    await Tortoise.close_connections()


async def verify_database() -> None:
    """Refuses to run on SQLite without WAL, synchronous=FULL, foreign keys and secure_delete."""
    conn = connections.get("default")
    if conn.capabilities.dialect != "sqlite":
        return
    for pragma, expected in _EXPECTED_PRAGMAS.items():
        rows = await conn.execute_query_dict(f"PRAGMA {pragma}")
        actual = str(next(iter(rows[0].values()))).lower() if rows else ""
        if actual != expected:
            raise DatabaseSetupError(f"SQLite PRAGMA {pragma} is {actual!r}, expected {expected!r}")


async def apply_migrations(database_url: str | None = None) -> None:
    """Applies pending migrations; leaves Tortoise initialised for the caller."""
    config = tortoise_config(database_url)
    await tortoise_migrate(config=config)
    await Tortoise.close_connections()
    await init_db(database_url)


async def database_status() -> dict[str, Any]:
    try:
        conn = connections.get("default")
        await conn.execute_query("SELECT 1")
    except Exception as exc:  # the health check reports, it does not raise
        return {"status": "error", "error": type(exc).__name__}
    return {"status": "ok", "dialect": conn.capabilities.dialect}
