"""customer_totals (migration 0014) stays equal to a full recompute by performance_sql through every
kind of write, and the all-time ranking read from it equals the single-statement ranking of the
stays for every measure, on random data with ties and future reservations."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from server.auth.actor import Actor
from server.auth.models import Role
from server.core import sql
from server.customers import service as customers
from server.customers.models import Customer
from server.insights import service as insights
from server.insights.service import PerformanceMeasure, customer_ranking, rebuild_customer_totals
from server.stays.models import RevenueCategory, RevenueLine, Stay, StayStatus
from server.stays.service import PerformanceScope, performance_from_row, performance_sql
from tests.conftest import FixedClock
from tests.factories import SYSTEM, make_customer, make_stay

MANAGER = Actor(user_id=None, username="manager", role=Role.MANAGER)
FAR_FUTURE = date(9999, 12, 31)  # every stay has arrived: visits = every stay that counts


async def _summary() -> dict[int, tuple[int, int, int, int]]:
    rows = await sql.fetch(
        "SELECT customer_id, stays, room_nights, room_revenue, other_revenue FROM customer_totals "
        "WHERE stays <> 0 OR revenue_lines <> 0 OR room_nights <> 0 OR room_revenue <> 0 OR other_revenue <> 0"
    )
    return {r["customer_id"]: (r["stays"], r["room_nights"], r["room_revenue"], r["other_revenue"]) for r in rows}


async def _recomputed() -> dict[int, tuple[int, int, int, int]]:
    query, params = performance_sql(PerformanceScope(), today=FAR_FUTURE)
    return {
        r["customer_id"]: (r["visits"], r["room_nights"], r["room_revenue"], r["other_revenue"])
        for r in await sql.fetch(query, params)
    }


async def _check() -> dict[int, tuple[int, int, int, int]]:
    summary = await _summary()
    assert summary == await _recomputed()
    return summary


async def _line(customer: Customer | None, amount: int, spent_on: date = date(2025, 3, 1)) -> RevenueLine:
    return await RevenueLine.create(
        customer_id=customer.id if customer else None,
        category=RevenueCategory.FOOD_AND_BEVERAGE,
        amount=amount,
        spent_on=spent_on,
    )


async def test_the_summary_follows_every_write_and_a_merge(db: str) -> None:
    a, b, c = await make_customer(name="甲"), await make_customer(name="乙"), await make_customer(name="丙")
    first = await make_stay(a, nightly_rate=50000)
    cancelled = await make_stay(a, status=StayStatus.CANCELLED)
    future = await make_stay(b, arrival=date(2030, 1, 1), departure=date(2030, 1, 4), status=StayStatus.RESERVED)
    anonymous = await Stay.create(
        customer_id=None, property="主楼 Main Building", arrival=date(2025, 1, 1), departure=date(2025, 1, 2),
        room_nights=1, room_type="A", nightly_rate=100, room_revenue=100, status=StayStatus.CHECKED_OUT,
    )  # fmt: skip
    line = await _line(a, 30000)
    zero = await _line(c, 0)  # a line of 0 still gives performance
    await _line(None, 999)
    summary = await _check()
    assert summary[a.id] == (1, 2, 100000, 30000)
    assert summary[b.id] == (1, 3, 3 * 48800, 0)
    assert summary[c.id] == (0, 0, 0, 0)

    # Updates of each column read, and of none.
    await Stay.filter(id=first.id).update(room_nights=3)
    await Stay.filter(id=first.id).update(room_revenue=120000)
    await Stay.filter(id=cancelled.id).update(status=StayStatus.CHECKED_OUT)
    await Stay.filter(id=future.id).update(status=StayStatus.NO_SHOW)
    await Stay.filter(id=anonymous.id).update(customer_id=c.id)
    await Stay.filter(id=first.id).update(customer_id=b.id)
    await Stay.filter(id=first.id).update(room_type="B")
    await RevenueLine.filter(id=line.id).update(amount=-500)
    await RevenueLine.filter(id=zero.id).update(customer_id=b.id)
    summary = await _check()
    assert summary[b.id] == (1, 3, 120000, 0)
    assert summary[c.id] == (1, 1, 100, 0)

    # Statements moving many rows at once, and deletes.
    await Stay.filter(customer_id=b.id).update(customer_id=a.id)
    await RevenueLine.filter(customer_id=a.id).update(customer_id=c.id)
    await _check()
    await Stay.filter(id=cancelled.id).delete()
    await RevenueLine.filter(id=zero.id).delete()
    await _check()

    # A merge moves stays and lines to the survivor.
    await make_stay(c, arrival=date(2031, 5, 1), departure=date(2031, 5, 2))
    await customers.merge_customers(actor=SYSTEM, survivor_id=a.id, duplicate_id=c.id)
    summary = await _check()
    assert c.id not in summary

    before = await _summary()
    assert await rebuild_customer_totals() >= 1
    assert await _summary() == before


def _random_rows(rng: random.Random) -> list[tuple[int, date, int, int, StayStatus]]:
    statuses = [StayStatus.CHECKED_OUT] * 6 + [StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.RESERVED]
    rows = []
    for _ in range(160):
        arrival = date(2025, 6, 30) + timedelta(days=rng.randrange(-400, 60))
        nights = rng.choice([1, 1, 2, 3])
        rate = rng.choice([30000, 45000, 45000, 60000, 0])
        rows.append((rng.randrange(30), arrival, nights, rate, rng.choice(statuses)))
    return rows


@pytest.mark.parametrize("seed", [1, 2])
async def test_the_all_time_ranking_is_the_ranking_of_the_stays(
    db: str, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    FixedClock(datetime(2025, 6, 30, 2, 0, tzinfo=UTC)).install(monkeypatch)  # 10:00 at the hotel
    rng = random.Random(seed)
    people = [await make_customer(name=f"客{i}") for i in range(30)]
    for who, arrival, nights, rate, status in _random_rows(rng):
        await make_stay(
            people[who], arrival=arrival, departure=arrival + timedelta(days=nights), nightly_rate=rate, status=status
        )
    for who in rng.sample(range(30), 8):
        await _line(people[who], rng.choice([0, 5000, 45000]))
    await customers.merge_customers(actor=SYSTEM, survivor_id=people[0].id, duplicate_id=people[1].id)
    today = date(2025, 6, 30)
    for measure in PerformanceMeasure:
        column = insights._MEASURE_SQL[measure]
        for first in (1, 5, 20, 40):
            expected = await insights._ranked(PerformanceScope(), column, first, today=today)
            got = await customer_ranking(actor=MANAGER, measure=measure, first=first)
            assert [(r.customer_id, r.performance) for r in got] == [
                (row["customer_id"], performance_from_row(row)) for row in expected
            ], (measure, first)
    # A property or a period takes the single statement: the same as before.
    in_2025 = await customer_ranking(actor=MANAGER, measure=PerformanceMeasure.VISITS, start=date(2025, 1, 1))
    assert len(in_2025) >= 1
