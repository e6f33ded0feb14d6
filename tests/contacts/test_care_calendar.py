"""The care calendar (客户关怀) with a fixed hotel date: month ends, year end, 29 Feb, windows, greeting."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from server.auth.models import Role
from server.contacts import service
from server.contacts.service import ContactData
from server.customers import service as customers
from server.customers.models import CustomerKind
from tests.conftest import Api, QueryCounter
from tests.factories import SYSTEM, make_customer

CALENDAR = """query($n: Int!) { careCalendar(withinDays: $n) { date kind title years greetedThisYear
  customer { id name } contact { id name } } }"""


async def calendar(api: Api, n: int, as_role: Role = Role.AGENT) -> list[dict[str, Any]]:
    data = await api.data(CALENDAR, {"n": n}, as_role=as_role)
    result: list[dict[str, Any]] = data["careCalendar"]
    return result


def test_window_across_year_end_and_leap_day() -> None:
    assert list(service.care_window(date(2026, 12, 30), 5).values()) == [
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 2),
        date(2027, 1, 3),
        date(2027, 1, 4),
    ]
    common = service.care_window(date(2027, 2, 27), 2)
    assert common["02-29"] == date(2027, 2, 28)
    assert common["03-01"] == date(2027, 3, 1)
    leap = service.care_window(date(2028, 2, 27), 2)
    assert leap["02-29"] == date(2028, 2, 29)
    assert service.celebrated_in(2027, date(2000, 2, 29)) == date(2027, 2, 28)


async def test_guests_contacts_and_key_dates_in_order(api: Api, today: list[date]) -> None:
    today[0] = date(2026, 12, 30)
    guest = await make_customer(name="张伟", birthday=date(1990, 1, 2))
    account = await make_customer(kind=CustomerKind.CORPORATE, name="华为技术有限公司", phones=[])
    contact = await service.create_contact(
        actor=SYSTEM, customer_id=account.id, data=ContactData(name="李娜", birthday=date(1985, 12, 31))
    )
    await customers.add_key_date(
        actor=SYSTEM, customer_id=account.id, kind="成立纪念日", on=date(2006, 1, 4), note=None
    )
    await make_customer(name="王芳", birthday=date(1990, 1, 5))  # one day past the window
    events = await calendar(api, 5)
    assert [(e["date"], e["kind"], e["years"]) for e in events] == [
        ("2026-12-31", "CONTACT_BIRTHDAY", 41),
        ("2027-01-02", "BIRTHDAY", 37),
        ("2027-01-04", "成立纪念日", 21),
    ]
    assert events[0]["contact"] == {"id": str(contact.id), "name": "李娜"}
    assert events[0]["customer"]["id"] == str(account.id)
    assert events[1]["customer"] == {"id": str(guest.id), "name": "张伟"}
    assert events[1]["contact"] is None
    assert events[1]["greetedThisYear"] is False


async def test_month_end_and_today_only(api: Api, today: list[date]) -> None:
    today[0] = date(2026, 4, 30)
    await make_customer(name="四月", birthday=date(1990, 4, 30))
    await make_customer(name="五月", birthday=date(1990, 5, 1))
    await make_customer(name="三十一", birthday=date(1990, 3, 31))
    assert [e["customer"]["name"] for e in await calendar(api, 0)] == ["四月"]
    assert [e["customer"]["name"] for e in await calendar(api, 1)] == ["四月", "五月"]


@pytest.mark.parametrize(("on", "expected"), [(date(2027, 2, 27), "2027-02-28"), (date(2028, 2, 27), "2028-02-29")])
async def test_leap_day_birthday(api: Api, today: list[date], on: date, expected: str) -> None:
    today[0] = on
    await make_customer(name="闰日", birthday=date(2000, 2, 29))
    events = await calendar(api, 3)
    assert [(e["date"], e["customer"]["name"]) for e in events] == [(expected, "闰日")]


@pytest.mark.parametrize("n", [-1, 367])
async def test_window_is_validated(api: Api, today: list[date], n: int) -> None:
    body = await api.gql(CALENDAR, {"n": n}, as_role=Role.AGENT)
    assert body["errors"][0]["extensions"]["code"] == "INVALID"
    assert body["errors"][0]["extensions"]["field"] == ["withinDays"]


async def test_archived_contacts_and_merged_customers_are_left_out(api: Api, today: list[date]) -> None:
    account = await make_customer(kind=CustomerKind.CORPORATE, name="某公司", phones=[])
    contact = await service.create_contact(
        actor=SYSTEM, customer_id=account.id, data=ContactData(name="离职", birthday=date(1980, 11, 25))
    )
    await service.archive_contact(actor=SYSTEM, contact_id=contact.id)
    assert await calendar(api, 3) == []


async def test_greeting_logged_this_year_shows(api: Api, today: list[date]) -> None:
    guest = await make_customer(name="张伟", birthday=date(1990, 11, 25))
    log = """mutation($input: LogInteractionInput!) { logInteraction(input: $input) { errors { code } } }"""
    done = await api.data(
        log,
        {"input": {"customerId": str(guest.id), "kind": "CALL_OUT", "purpose": "GREETING", "summary": "生日祝福"}},
        as_role=Role.SALES,
    )
    assert done["logInteraction"]["errors"] == []
    events = await calendar(api, 3)
    assert [e["greetedThisYear"] for e in events] == [True]


async def test_calendar_needs_sign_in(api: Api, today: list[date]) -> None:
    body = await api.gql(CALENDAR, {"n": 3}, as_role=None)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_calendar_statement_count_does_not_grow_with_events(
    api: Api, today: list[date], count_queries: QueryCounter
) -> None:
    account = await make_customer(kind=CustomerKind.CORPORATE, name="某公司", phones=[])
    await make_customer(name="一", birthday=date(1990, 11, 25))
    await api.user(Role.AGENT)
    count_queries.statements.clear()
    assert len(await calendar(api, 7)) == 1
    few = len(count_queries.statements)
    for n in range(6):
        await make_customer(name=f"客{n}", birthday=date(1980 + n, 11, 26))
        await service.create_contact(
            actor=SYSTEM, customer_id=account.id, data=ContactData(name=f"联{n}", birthday=date(1970 + n, 11, 27))
        )
        await customers.add_key_date(
            actor=SYSTEM, customer_id=account.id, kind="周年", on=date(2000 + n, 11, 28), note=None
        )
    count_queries.statements.clear()
    assert len(await calendar(api, 7)) == 19
    assert len(count_queries.statements) == few + 1, count_queries.statements  # + the contacts, once there are any
    assert few <= 8, count_queries.statements
