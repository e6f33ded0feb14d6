"""customerRanking and Performance.valueClass: exact figures on hand-made stays and revenue lines,
every measure's order, periods by arrival date, properties, value-class boundaries, statement counts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tortoise import connections

from server.auth.models import Role
from server.core.sql import placeholders
from server.customers.models import Customer
from server.insights.service import ValueClass, value_class
from server.stays.models import RevenueCategory, RevenueLine, Stay, StayStatus
from server.stays.service import Performance, PerformanceScope, performance_sql
from tests.conftest import Api, FixedClock, QueryCounter
from tests.factories import make_customer, make_stay

MAIN = "主楼 Main Building"
WEST = "西楼 West Wing"
RANKING = """query($input: CustomerRankingInput!) { customerRanking(input: $input) {
  rank customer { name } roomNights adr roomRevenue otherRevenue totalRevenue visits lastVisit valueClass } }"""


async def _line(customer: Customer, amount: int, spent_on: date, stay: Stay | None = None) -> None:
    await RevenueLine.create(
        customer_id=customer.id,
        stay_id=stay.id if stay else None,
        category=RevenueCategory.FOOD_AND_BEVERAGE,
        amount=amount,
        spent_on=spent_on,
    )


async def _hotel() -> dict[str, Customer]:
    """Four guests of 2025 (and one stay of 2024) at two properties; the hotel's today is 2025-06-30."""
    a = await make_customer(name="甲")
    b = await make_customer(name="乙")
    c = await make_customer(name="丙")
    d = await make_customer(name="丁")
    await make_stay(a, arrival=date(2025, 1, 10), departure=date(2025, 1, 12), nightly_rate=50000)
    second = await make_stay(a, arrival=date(2025, 3, 5), departure=date(2025, 3, 8), nightly_rate=40000)
    await make_stay(a, arrival=date(2025, 4, 1), departure=date(2025, 4, 6), nightly_rate=90000,
                    status=StayStatus.CANCELLED)  # fmt: skip
    await make_stay(a, arrival=date(2025, 4, 9), departure=date(2025, 4, 10), nightly_rate=90000,
                    status=StayStatus.NO_SHOW)  # fmt: skip
    await _line(a, 30000, date(2025, 3, 6), second)
    await make_stay(b, arrival=date(2025, 2, 1), departure=date(2025, 2, 2), nightly_rate=300000, property=WEST)
    await _line(b, 5000, date(2025, 2, 2))  # no stay: the hotel's own property
    await make_stay(c, arrival=date(2024, 12, 31), departure=date(2025, 1, 1), nightly_rate=10000)
    await make_stay(c, arrival=date(2025, 5, 1), departure=date(2025, 5, 3), nightly_rate=33333)
    await make_stay(c, arrival=date(2025, 7, 10), departure=date(2025, 7, 12), nightly_rate=50000,
                    status=StayStatus.RESERVED)  # fmt: skip
    await _line(d, 1_000_000, date(2025, 4, 4))
    return {"a": a, "b": b, "c": c, "d": d}


async def _ranking(api: Api, measure: str, **filters: Any) -> list[dict[str, Any]]:
    data = await api.data(RANKING, {"input": {"measure": measure, **filters}})
    rows: list[dict[str, Any]] = data["customerRanking"]
    return rows


YEAR = {"from": "2025-01-01", "to": "2025-12-31"}


async def test_the_ranking_by_total_revenue_has_every_figure_to_the_fen(api: Api, clock: FixedClock) -> None:
    await _hotel()
    rows = await _ranking(api, "TOTAL_REVENUE", **YEAR)
    assert rows == [
        {"rank": 1, "customer": {"name": "丁"}, "roomNights": 0, "adr": None, "roomRevenue": 0,
         "otherRevenue": 1_000_000, "totalRevenue": 1_000_000, "visits": 0, "lastVisit": None,
         "valueClass": "REGULAR"},
        {"rank": 2, "customer": {"name": "乙"}, "roomNights": 1, "adr": 300000, "roomRevenue": 300000,
         "otherRevenue": 5000, "totalRevenue": 305000, "visits": 1, "lastVisit": "2025-02-01",
         "valueClass": "OCCASIONAL"},
        {"rank": 3, "customer": {"name": "甲"}, "roomNights": 5, "adr": 44000, "roomRevenue": 220000,
         "otherRevenue": 30000, "totalRevenue": 250000, "visits": 2, "lastVisit": "2025-03-05",
         "valueClass": "OCCASIONAL"},
        # The reservation of July counts in nights and revenue, not yet as a visit; 166666 ÷ 4 = 41666.5 → 41667.
        {"rank": 4, "customer": {"name": "丙"}, "roomNights": 4, "adr": 41667, "roomRevenue": 166666,
         "otherRevenue": 0, "totalRevenue": 166666, "visits": 1, "lastVisit": "2025-05-01",
         "valueClass": "OCCASIONAL"},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("measure", "names"),
    [
        ("ROOM_NIGHTS", ["甲", "丙", "乙", "丁"]),
        ("ADR", ["乙", "甲", "丙", "丁"]),  # no nights: no ADR, last
        ("ROOM_REVENUE", ["乙", "甲", "丙", "丁"]),
        ("OTHER_REVENUE", ["丁", "甲", "乙", "丙"]),
        ("VISITS", ["甲", "乙", "丙", "丁"]),  # 乙 and 丙 one visit each: the larger total first
        ("LAST_VISIT", ["丙", "甲", "乙", "丁"]),
    ],
)
async def test_every_measure_ranks_largest_or_latest_first(
    api: Api, clock: FixedClock, measure: str, names: list[str]
) -> None:
    await _hotel()
    rows = await _ranking(api, measure, **YEAR)
    assert [r["customer"]["name"] for r in rows] == names
    assert [r["rank"] for r in rows] == [1, 2, 3, 4]


async def test_the_period_is_by_arrival_and_first_cuts_the_list(api: Api, clock: FixedClock) -> None:
    await _hotel()
    # All time: 丙's stay of 2024-12-31 counts too.
    every = await _ranking(api, "ROOM_NIGHTS")
    assert [(r["customer"]["name"], r["roomNights"], r["roomRevenue"]) for r in every] == [
        ("甲", 5, 220000), ("丙", 5, 176666), ("乙", 1, 300000), ("丁", 0, 0),
    ]  # fmt: skip
    # Only March: 甲's second stay and the F&B line of the next day.
    march = await _ranking(api, "TOTAL_REVENUE", **{"from": "2025-03-01", "to": "2025-03-31"})
    assert [(r["customer"]["name"], r["totalRevenue"], r["otherRevenue"], r["visits"]) for r in march] == [
        ("甲", 150000, 30000, 1)
    ]
    top = await _ranking(api, "TOTAL_REVENUE", first=2, **YEAR)
    assert [r["customer"]["name"] for r in top] == ["丁", "乙"]


async def test_a_property_counts_its_stays_and_the_lines_of_its_stays(api: Api, clock: FixedClock) -> None:
    await _hotel()
    west = await _ranking(api, "TOTAL_REVENUE", property=WEST, **YEAR)
    assert [(r["customer"]["name"], r["roomRevenue"], r["otherRevenue"]) for r in west] == [("乙", 300000, 0)]
    main = await _ranking(api, "TOTAL_REVENUE", property=MAIN, **YEAR)
    # A line without a stay belongs to the hotel's own property (HOTEL_CRM_PROPERTY).
    assert [(r["customer"]["name"], r["roomRevenue"], r["otherRevenue"]) for r in main] == [
        ("丁", 0, 1_000_000), ("甲", 220000, 30000), ("丙", 166666, 0), ("乙", 0, 5000),
    ]  # fmt: skip


def _performance(total: int, visits: int) -> Performance:
    return Performance(room_nights=0, adr=None, room_revenue=total, other_revenue=0, visits=visits, last_visit=None)


@pytest.mark.parametrize(
    ("total", "visits", "expected"),
    [
        (999_999, 2, ValueClass.OCCASIONAL),
        (1_000_000, 0, ValueClass.REGULAR),  # ¥10,000
        (0, 3, ValueClass.REGULAR),
        (4_999_999, 11, ValueClass.REGULAR),
        (5_000_000, 0, ValueClass.KEY),  # ¥50,000
        (0, 12, ValueClass.KEY),
    ],
)
def test_value_class_boundaries_are_inclusive(total: int, visits: int, expected: ValueClass) -> None:
    assert value_class(_performance(total, visits)) is expected


async def test_value_class_thresholds_are_settings(monkeypatch: pytest.MonkeyPatch, db: str) -> None:
    from server.settings import reset_settings_cache

    monkeypatch.setenv("HOTEL_CRM_VALUE_KEY_REVENUE_YUAN", "2000")
    monkeypatch.setenv("HOTEL_CRM_VALUE_REGULAR_VISITS", "2")
    reset_settings_cache()
    assert value_class(_performance(200_000, 0)) is ValueClass.KEY
    assert value_class(_performance(0, 2)) is ValueClass.REGULAR


CARDS = """query { customers(first: 50) { edges { node { name performance { totalRevenue visits valueClass } } } } }"""


async def test_every_customer_card_has_its_value_class_in_constant_statements(
    api: Api, clock: FixedClock, count_queries: QueryCounter
) -> None:
    guests = await _hotel()
    # 甲 becomes KEY by visits: twelve stays in all.
    for month in range(1, 11):
        await make_stay(guests["a"], arrival=date(2023, month, 1), departure=date(2023, month, 2), nightly_rate=100)
    await api.user(Role.MANAGER)

    async def cards() -> dict[str, Any]:
        count_queries.statements.clear()
        data = await api.data(CARDS)
        return {e["node"]["name"]: e["node"]["performance"] for e in data["customers"]["edges"]}

    few = await cards()
    few_statements = len(count_queries.statements)
    assert few["甲"] == {"totalRevenue": 251000, "visits": 12, "valueClass": "KEY"}
    assert few["丁"] == {"totalRevenue": 1_000_000, "visits": 0, "valueClass": "REGULAR"}
    assert few["乙"]["valueClass"] == "OCCASIONAL"
    for i in range(10):
        await make_stay(await make_customer(name=f"新客{i}"), arrival=date(2025, 2, 1), departure=date(2025, 2, 2))
    many = await cards()
    assert len(many) == 14
    assert len(count_queries.statements) == few_statements, count_queries.statements


async def test_ranking_statements_do_not_grow_with_rows(
    api: Api, clock: FixedClock, count_queries: QueryCounter
) -> None:
    await _hotel()
    await api.user(Role.MANAGER)
    count_queries.statements.clear()
    assert len(await _ranking(api, "TOTAL_REVENUE")) == 4
    few = len(count_queries.statements)
    for i in range(12):
        await make_stay(await make_customer(name=f"新客{i}"), arrival=date(2025, 2, 1), departure=date(2025, 2, 2))
    count_queries.statements.clear()
    assert len(await _ranking(api, "TOTAL_REVENUE")) == 16
    assert len(count_queries.statements) == few, count_queries.statements
    # The session's user, the top ids from customer_totals, their figures, their customers.
    assert few <= 4, count_queries.statements


async def test_adr_in_sql_rounds_like_divide_half_up_even_below_zero(api: Api, clock: FixedClock) -> None:
    # Imported anomalies keep their sign: -5 fen over 2 nights is -2.5 → -3 (half away from zero), as divide_half_up.
    low = await make_customer(name="负房价")
    await make_stay(low, arrival=date(2025, 2, 1), departure=date(2025, 2, 3), nightly_rate=0, room_revenue=-5)
    odd = await make_customer(name="半分")
    await make_stay(odd, arrival=date(2025, 2, 1), departure=date(2025, 2, 3), nightly_rate=0, room_revenue=5)
    rows = await _ranking(api, "ADR", **YEAR)
    assert [(r["customer"]["name"], r["adr"]) for r in rows] == [("半分", 3), ("负房价", -3)]


async def test_a_periods_stays_are_read_from_the_covering_arrival_index(db: str) -> None:
    """performance_sql over a period reads each stay's figures from idx_stays_arrival_figures alone."""
    conn = connections.get("default")
    scope = PerformanceScope(start=date(2025, 1, 1), end=date(2025, 12, 31), property=MAIN)
    query, params = performance_sql(scope, today=date(2025, 6, 30))
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script("SET enable_seqscan = off")
        rows = await conn.execute_query_dict(f"EXPLAIN {placeholders(query)}", params)
        plan = " ".join(str(next(iter(r.values()))) for r in rows)
        assert "idx_stays_arrival_figures" in plan, plan
    else:
        rows = await conn.execute_query_dict(f"EXPLAIN QUERY PLAN {query}", params)
        plan = " | ".join(str(r["detail"]) for r in rows)
        assert "USING COVERING INDEX idx_stays_arrival_figures" in plan, plan
