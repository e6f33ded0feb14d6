"""Durability and privacy settings of the embedded database, and configuration rules."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tortoise import connections

from server.db import connection_url
from server.settings import SettingsError, load_settings
from tests.factories import make_customer, resident_id


@pytest.mark.sqlite_only
async def test_sqlite_runs_with_wal_full_sync_foreign_keys_and_secure_delete(db: str) -> None:
    conn = connections.get("default")
    values = {}
    for pragma in ("journal_mode", "synchronous", "foreign_keys", "secure_delete"):
        rows = await conn.execute_query_dict(f"PRAGMA {pragma}")
        values[pragma] = str(next(iter(rows[0].values()))).lower()
    assert values == {"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "secure_delete": "1"}


@pytest.mark.sqlite_only
async def test_a_changed_id_number_leaves_no_plaintext_in_the_files(db: str) -> None:
    from server.core.idcards import IdDocumentType
    from server.customers.models import Customer
    from server.customers.service import id_number_columns

    number = resident_id()
    customer = await make_customer(id_document_type="RESIDENT_ID", id_number=number)
    await Customer.filter(id=customer.id).update(**id_number_columns(IdDocumentType.PASSPORT, "E55554444"))
    conn = connections.get("default")
    await conn.execute_query("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(db.split("://", 1)[1].split("?", 1)[0])
    for file in (path, Path(str(path) + "-wal")):
        if file.exists():
            content = file.read_bytes()
            assert number.encode() not in content
            assert b"E55554444" not in content


def test_sqlite_urls_get_the_pragmas_and_four_slashes_mean_an_absolute_path() -> None:
    url = connection_url("sqlite:////var/lib/hotel/crm.sqlite3")
    assert url.startswith("sqlite:///var/lib/hotel/crm.sqlite3?")
    for part in ("synchronous=FULL", "secure_delete=ON", "foreign_keys=ON", "journal_mode=WAL"):
        assert part in url
    assert connection_url("postgresql://u@h/db") == "postgres://u@h/db"


def test_production_without_a_secret_key_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_ENV", "production")
    monkeypatch.delenv("HOTEL_CRM_SECRET_KEY", raising=False)
    with pytest.raises(SettingsError, match="HOTEL_CRM_SECRET_KEY is required"):
        load_settings()


def test_short_secret_key_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_SECRET_KEY", "short")
    with pytest.raises(SettingsError, match="at least 32"):
        load_settings()


def test_development_secret_is_generated_once_beside_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOTEL_CRM_ENV", "development")
    monkeypatch.delenv("HOTEL_CRM_SECRET_KEY", raising=False)
    monkeypatch.setenv("HOTEL_CRM_DATABASE_URL", f"sqlite://{tmp_path}/crm.sqlite3")
    first = load_settings()
    second = load_settings()
    assert first.secret_key == second.secret_key
    assert (tmp_path / ".hotel-crm-secret").stat().st_mode & 0o077 == 0
    assert dataclasses.replace(first, env="production").is_production


# Columns the hot paths (caller card, search, duplicates, sign-in) find rows by.
INDEXED = {
    "customers": ["name", "name_pinyin_key", "name_initials", "name_en_key", "email", "employer", "employer_key",
                  "id_number_hash", "kind"],
    "customer_phones": ["e164", "digits_reversed", "customer_id"],
    "customer_preferences": ["customer_id"],
    "customer_key_dates": ["customer_id"],
    "stays": ["customer_id"],
    "login_failures": ["username", "client_address"],
}  # fmt: skip


@pytest.mark.sqlite_only
async def test_migrated_schema_has_the_indexes_the_hot_paths_need(db: str) -> None:
    conn = connections.get("default")
    for table, columns in INDEXED.items():
        leading: set[str] = set()
        for index in await conn.execute_query_dict(f'PRAGMA index_list("{table}")'):
            info = await conn.execute_query_dict(f'PRAGMA index_info("{index["name"]}")')
            first = min(info, key=lambda c: c["seqno"])
            leading.add(first["name"])
        missing = [c for c in columns if c not in leading]
        assert not missing, f"{table}: no index leads with {missing}"


async def test_prefix_search_uses_an_index_on_postgresql(db: str) -> None:
    conn = connections.get("default")
    if conn.capabilities.dialect != "postgres":
        pytest.skip("PostgreSQL only: SQLite searches by half-open ranges on the ordinary indexes")
    await conn.execute_script("SET enable_seqscan = off")
    rows = await conn.execute_query_dict(
        "EXPLAIN SELECT id FROM customers WHERE name_pinyin_key LIKE $1 ESCAPE '\\'", ["zhang%"]
    )
    plan = " ".join(str(next(iter(r.values()))) for r in rows)
    assert "idx_customers_name_pinyin_key_prefix" in plan, plan
