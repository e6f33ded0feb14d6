"""The demo seeder: realistic, valid, deterministic rows written the way the application writes them."""

from __future__ import annotations

import importlib
from collections import Counter
from datetime import date
from typing import Any

import pytest
from tortoise import connections

from server import seed
from server.auth.models import Role, User
from server.auth.passwords import verify_password
from server.core.crypto import decrypt_field
from server.core.idcards import IdDocumentType, mask_id_number, normalize_id_number, parse_resident_id
from server.core.phones import parse_phone, reversed_digits
from server.core.text import clean_email
from server.core.time import hotel_today
from server.customers import service as customers
from server.customers.models import Customer
from server.stays.models import Stay


@pytest.fixture
async def fresh_db(db: str) -> str:
    """An empty migrated database (the suite's `db`: SQLite, or PostgreSQL when configured)."""
    return db


_TABLES_CHILD_FIRST = (
    "complaint_events",
    "complaint_articles",
    "complaints",
    "interactions",
    "revenue_lines",
    "stays",
    "customer_key_dates",
    "customer_preferences",
    "customer_phones",
    "customers",
)


async def _wipe_members() -> None:
    """The membership ledger refuses DELETE (append-only); this wipe lifts the guard for a moment."""
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script("TRUNCATE membership_ledger, membership_card_events, membership_cards CASCADE")
        return
    guard = importlib.import_module("server.migrations.0010_membership_ledger_append_only")
    for statement in guard.SQLITE_REVERSE:
        await conn.execute_script(statement)
    for table in ("membership_ledger", "membership_card_events", "membership_cards"):
        await conn.execute_script(f'DELETE FROM "{table}"')
    for statement in guard.SQLITE:
        await conn.execute_script(statement)


async def _wipe_customers() -> None:
    await _wipe_members()
    for table in (
        "follow_up_tasks",
        "event_attendances",
        "hotel_events",
        "prospect_follow_ups",
        "prospects",
        "feedback",
    ):
        await connections.get("default").execute_script(f'DELETE FROM "{table}"')
    for table in ("contract_rates", "contracts", "contact_phones", "contacts"):
        await connections.get("default").execute_script(f'DELETE FROM "{table}"')
    for table in _TABLES_CHILD_FIRST:
        await connections.get("default").execute_script(f'DELETE FROM "{table}"')


def _date(value: Any) -> date:
    """A DATE column: a string on SQLite, a date on PostgreSQL."""
    return value if isinstance(value, date) else date.fromisoformat(value)


async def _rows(sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return list(await connections.get("default").execute_query_dict(sql, params or []))


async def _snapshot() -> list[tuple[Any, ...]]:
    """Who the customers are: names, phones, e-mail and ID numbers (decrypted)."""
    phones: dict[int, list[str]] = {}
    for row in await _rows("SELECT customer_id, e164 FROM customer_phones ORDER BY customer_id, position"):
        phones.setdefault(row["customer_id"], []).append(row["e164"])
    result = []
    for row in await _rows(
        "SELECT id, kind, name, name_en, email, gender, birthday, id_document_type, "
        "id_number_encrypted FROM customers ORDER BY id"
    ):
        number = decrypt_field(row["id_number_encrypted"]) if row["id_number_encrypted"] else None
        result.append(
            (
                row["id"], row["kind"], row["name"], row["name_en"], row["email"], row["gender"],
                row["birthday"], row["id_document_type"], number, tuple(phones.get(row["id"], [])),
            )
        )  # fmt: skip
    return result


async def test_seeds_users_customers_and_stays(fresh_db: str) -> None:
    assert await seed.database_is_empty()
    progress: list[tuple[int, int]] = []
    report = await seed.seed_demo(customers=300, seed=7, progress=lambda done, total: progress.append((done, total)))
    assert report.users_created == len(seed.DEMO_USERS) == 5
    assert report.customers == 300
    assert report.stays == (await _rows("SELECT COUNT(*) AS n FROM stays"))[0]["n"] > 0
    assert report.seconds > 0
    assert progress[-1] == (300, 300)
    assert not await seed.database_is_empty()

    users = {u.username: u for u in await User.all()}
    assert {name: users[name].role for name, _ in seed.DEMO_USERS} == dict(seed.DEMO_USERS)
    assert users["manager"].display_name == "王经理"
    for user in users.values():
        assert verify_password(user.password_hash, seed.DEMO_PASSWORD)

    # The ORM reads every seeded row back (enums, dates, aware datetimes, JSON).
    loaded = await Customer.all()
    assert len(loaded) == 300
    assert all(c.tags == [] and c.version == 1 and c.created_at.tzinfo is not None for c in loaded)
    assert all(c.created_at <= c.updated_at for c in loaded)
    assert await Stay.all().count() == report.stays


async def test_kinds_documents_and_statuses_are_realistic(fresh_db: str) -> None:
    await seed.seed_demo(customers=400, seed=3)
    rows = await _rows("SELECT * FROM customers")
    kinds = Counter(r["kind"] for r in rows)
    assert 0.75 <= kinds["INDIVIDUAL"] / len(rows) <= 0.93
    individuals = [r for r in rows if r["kind"] == "INDIVIDUAL"]
    corporates = [r for r in rows if r["kind"] == "CORPORATE"]
    with_resident_id = [r for r in individuals if r["id_document_type"] == "RESIDENT_ID"]
    assert 0.6 <= len(with_resident_id) / len(individuals) <= 0.8
    assert Counter(r["status"] for r in rows).most_common(1)[0][0] == "ACTIVE"
    for row in rows:
        assert (row["status_reason"] is not None) == (row["status"] == "LOST")
    assert all(r["nature"] == "INDIVIDUAL" and r["business_scope"] is None for r in individuals)
    assert {r["nature"] for r in corporates} <= {"GOVERNMENT", "COMPANY", "PARTNER", "SPECIAL"}
    assert all(r["person_in_charge"] and r["industry"] and r["gender"] is None for r in corporates)
    assert all(r["id_document_type"] is None and r["birthday"] is None for r in corporates)
    assert len({r["name"] for r in corporates}) == len(corporates)
    owners = {u.username: u.id for u in await User.all()}
    assert {r["owner_id"] for r in individuals} == {owners["frontdesk"]}
    assert {r["owner_id"] for r in corporates} <= {owners["sales"], owners["manager"]}
    # Surnames follow the real distribution: the big five lead.
    surnames = Counter(r["name"][0] for r in individuals if r["nationality"] == "CN")
    assert {s for s, _ in surnames.most_common(5)} & {"王", "李", "张", "刘", "陈"}


async def test_derived_columns_are_what_the_service_writes(fresh_db: str) -> None:
    await seed.seed_demo(customers=300, seed=11)
    today = hotel_today()
    for row in await _rows("SELECT * FROM customers"):
        names = customers.name_columns(row["name"], row["name_en"])
        assert {k: row[k] for k in names} == names
        assert row["employer_key"] == customers.employer_columns(row["employer"])["employer_key"]
        if row["email"] is not None:
            assert clean_email(row["email"]) == row["email"]
        if row["id_document_type"] is None:
            assert row["id_number_encrypted"] is row["id_number_hash"] is row["id_number_masked"] is None
            continue
        doc_type = IdDocumentType(row["id_document_type"])
        number = decrypt_field(row["id_number_encrypted"])
        assert normalize_id_number(doc_type, number, today=today) == number
        assert row["id_number_hash"] == customers.id_number_hash(number)
        assert row["id_number_masked"] == mask_id_number(number)
        assert number not in row["id_number_encrypted"]
        if doc_type is IdDocumentType.RESIDENT_ID:
            facts = parse_resident_id(number, today=today)
            assert _date(row["birthday"]) == facts.birthday
            assert row["gender"] == facts.gender.value
    hashes = [r["id_number_hash"] for r in await _rows("SELECT id_number_hash FROM customers")]
    known = [h for h in hashes if h is not None]
    assert len(known) == len(set(known))


async def test_every_phone_parses_to_its_stored_form(fresh_db: str) -> None:
    await seed.seed_demo(customers=300, seed=5)
    phones = await _rows("SELECT * FROM customer_phones ORDER BY customer_id, position")
    by_customer: dict[int, list[dict[str, Any]]] = {}
    for phone in phones:
        assert parse_phone(phone["e164"]) == phone["e164"]
        assert phone["digits_reversed"] == reversed_digits(phone["e164"])
        assert phone["label"]
        by_customer.setdefault(phone["customer_id"], []).append(phone)
    assert len(by_customer) == 300  # everyone can be called back
    for entries in by_customer.values():
        assert [p["position"] for p in entries] == list(range(len(entries)))
    assert len({p["e164"] for p in phones}) == len(phones)
    landlines = [p for p in phones if not p["e164"].startswith(("+861", "+852"))]
    assert landlines, "some customers have a fixed line"
    # The caller lookup of the service finds a seeded customer from a differently written number.
    mobile = next(p for p in phones if p["e164"].startswith("+861"))
    national = mobile["e164"][3:]
    written = f"0086 {national[:3]}-{national[3:7]}-{national[7:]}"
    found = await customers.caller_lookup(written)
    assert found.normalized_phone == mobile["e164"]
    assert mobile["customer_id"] in [c.id for c in found.matches]


async def test_stays_preferences_and_revenue_are_consistent(fresh_db: str) -> None:
    await seed.seed_demo(customers=300, seed=9)
    today = hotel_today()
    customers_by_id = {r["id"]: r for r in await _rows("SELECT id, kind, status FROM customers")}
    stays = await _rows("SELECT * FROM stays")
    assert 0.4 <= len({s["customer_id"] for s in stays}) / len(customers_by_id) <= 0.8
    per_customer = Counter(s["customer_id"] for s in stays)
    assert max(per_customer.values()) <= 13  # up to 12, and perhaps one reservation
    statuses = Counter(s["status"] for s in stays)
    assert statuses.most_common(1)[0][0] == "CHECKED_OUT"
    for stay in stays:
        arrival, departure = _date(stay["arrival"]), _date(stay["departure"])
        assert stay["room_nights"] == (departure - arrival).days >= 1
        assert stay["room_revenue"] == stay["room_nights"] * stay["nightly_rate"]
        assert 20_000 <= stay["nightly_rate"] <= 188_800
        assert stay["nightly_rate"] % 100 == 0
        assert stay["property"] == "主楼 Main Building"
        assert (today - arrival).days <= 730
        if stay["status"] == "RESERVED":
            assert arrival > today
        elif stay["status"] == "IN_HOUSE":
            assert arrival <= today < departure
        else:
            assert departure <= today
        assert customers_by_id[stay["customer_id"]]["status"] != "PROSPECT"
    stay_by_id = {s["id"]: s for s in stays}
    lines = await _rows("SELECT * FROM revenue_lines")
    assert lines
    for line in lines:
        stay = stay_by_id[line["stay_id"]]
        assert line["customer_id"] == stay["customer_id"]
        assert isinstance(line["amount"], int)
        assert line["amount"] > 0
        assert _date(stay["arrival"]) <= _date(line["spent_on"]) < _date(stay["departure"])
        assert stay["status"] in ("CHECKED_OUT", "IN_HOUSE")
    preferences = await _rows("SELECT * FROM customer_preferences")
    with_preferences = {p["customer_id"] for p in preferences}
    individuals = [i for i, c in customers_by_id.items() if c["kind"] == "INDIVIDUAL"]
    assert 0.25 <= len(with_preferences) / len(individuals) <= 0.55
    assert {p["category"] for p in preferences} >= {"枕头", "房型"}
    key_dates = await _rows("SELECT * FROM customer_key_dates")
    assert {k["kind"] for k in key_dates} >= {"公司成立日", "结婚纪念日"}
    # The performance the card shows is computed from these rows.
    from server.stays.service import performance_of

    busiest = per_customer.most_common(1)[0][0]
    performance = (await performance_of([busiest]))[busiest]
    assert performance.visits >= 1
    assert performance.room_nights >= 1


async def test_same_seed_same_customers(fresh_db: str) -> None:
    snapshots = []
    for seed_value in (42, 42, 43):
        await _wipe_customers()
        await seed.seed_demo(customers=150, seed=seed_value)
        snapshots.append(await _snapshot())
    assert snapshots[0] == snapshots[1]
    assert [s[2] for s in snapshots[0]] != [s[2] for s in snapshots[2]]


async def test_seeding_again_adds_more_customers(fresh_db: str) -> None:
    first = await seed.seed_demo(customers=120, seed=1)
    second = await seed.seed_demo(customers=80, seed=1)
    assert first.users_created == 5
    assert second.users_created == 0
    assert await User.all().count() == 5
    ids = [r["id"] for r in await _rows("SELECT id FROM customers ORDER BY id")]
    assert ids == list(range(1, 201))
    # Different people the second time, and no ID number registered twice.
    names = await _rows("SELECT name, id_number_hash FROM customers ORDER BY id")
    assert [n["name"] for n in names[:80]] != [n["name"] for n in names[120:]]
    hashes = [n["id_number_hash"] for n in names if n["id_number_hash"]]
    assert len(hashes) == len(set(hashes))
    for table in ("customer_phones", "stays"):
        rows = await _rows(f"SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM {table}")
        assert rows[0]["n"] == rows[0]["d"]
    # The ORM continues after the seeded ids.
    created = await Customer.create(
        kind="INDIVIDUAL", name="测试", name_pinyin="ce shi", name_pinyin_key="ceshi", name_initials="cs"
    )
    assert created.id == 201


async def test_role_of_demo_users_is_role_enum() -> None:
    assert all(isinstance(role, Role) for _, role in seed.DEMO_USERS)
    assert [u for u, _ in seed.DEMO_USERS] == ["admin", "manager", "sales", "agent", "frontdesk"]


async def test_interactions_are_believable(fresh_db: str) -> None:
    await seed.seed_demo(customers=300, seed=5)
    rows = await _rows(
        "SELECT i.kind, i.outcome, i.duration_seconds, i.occurred_at, c.created_at AS customer_created, "
        "c.status, i.call_id, i.phone FROM interactions i JOIN customers c ON c.id = i.customer_id"
    )
    assert len(rows) > 30
    kinds = {r["kind"] for r in rows}
    assert {"CALL_IN", "CALL_OUT"} <= kinds
    for r in rows:
        assert r["status"] in ("ACTIVE", "PROSPECT")
        assert str(r["occurred_at"]) >= str(r["customer_created"])[:10]
        if r["kind"] == "CALL_IN":
            assert r["call_id"].startswith("DEMO-")
            assert r["outcome"] in ("ANSWERED", "MISSED")
            assert (r["duration_seconds"] == 0) == (r["outcome"] == "MISSED")
        else:
            assert r["call_id"] is None
            assert r["outcome"] is None


async def test_the_knowledge_base_gets_published_procedures_once(fresh_db: str) -> None:
    from server.knowledge import service as knowledge
    from server.knowledge.demo import PROCEDURES
    from server.knowledge.models import ArticleStatus

    await seed.seed_demo(customers=5, seed=3)
    await seed.seed_demo(customers=5, seed=4)
    found = await knowledge.suggest_articles("会议室的投影仪没有画面", limit=1)
    assert [a.title for a in found] == ["投影仪故障应急（会议室）"]
    assert len(PROCEDURES) >= 20
    page = await knowledge.search_articles("", statuses=[ArticleStatus.PUBLISHED], first=100)
    assert page.total == len(PROCEDURES)


async def test_demo_complaints_span_months_states_and_some_are_overdue(fresh_db: str) -> None:
    from server.complaints.demo import COMPLAINTS
    from server.complaints.models import Complaint, ComplaintArticle, ComplaintEvent, ComplaintStatus
    from server.complaints.service import is_overdue

    await seed.seed_demo(customers=30, seed=3)
    await seed.seed_demo(customers=5, seed=4)  # a second run adds no complaints

    complaints = await Complaint.all()
    assert len(complaints) == COMPLAINTS
    assert {c.status for c in complaints} == set(ComplaintStatus)
    assert len({c.category for c in complaints}) >= 8
    assert len({c.filed_at.strftime("%Y-%m") for c in complaints}) >= 5
    assert any(is_overdue(c) for c in complaints)
    assert all(c.resolution for c in complaints if c.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED))
    assert all(c.satisfied is not None for c in complaints if c.status is ComplaintStatus.CLOSED)
    assert sum(1 for c in complaints if c.customer_id is not None) >= COMPLAINTS // 2  # type: ignore[attr-defined]
    assert await ComplaintEvent.filter(action="FILED").count() == COMPLAINTS
    assert await ComplaintArticle.all().count() > 0
