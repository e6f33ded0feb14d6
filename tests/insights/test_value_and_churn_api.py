"""customerValueReport (RFM with ties, repeat rate, no profit without costs) and churnRisks (each
reason at its boundary, the windows' edges, the dormant list, the explanation's figures)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from server.auth.models import Role
from server.customers.models import Customer
from server.stays.models import RevenueCategory, RevenueLine, StayStatus
from tests.conftest import Api, FixedClock, QueryCounter
from tests.factories import make_customer, make_stay

VALUE = """query($input: CustomerValueInput!) { customerValueReport(input: $input) {
  customers repeaters repeatRate
  rows { customer { name } recency frequency monetary score lastVisit visits totalRevenue profitContribution } } }"""
CHURN = """query($first: Int) { churnRisks(first: $first) {
  customer { name } reasons explanation previousVisits recentVisits previousSpend recentSpend lastVisit } }"""
HALF_YEAR = {"from": "2025-01-01", "to": "2025-06-30"}


async def _visits(customer: Customer, *visits: tuple[date, int]) -> None:
    """One-night stays: (arrival, nightly rate)."""
    for arrival, rate in visits:
        await make_stay(
            customer, arrival=arrival, departure=date.fromordinal(arrival.toordinal() + 1), nightly_rate=rate
        )


async def test_rfm_scores_are_quintiles_in_which_ties_share_a_score(api: Api, clock: FixedClock) -> None:
    p, q, r, s, t, u = [await make_customer(name=n) for n in ("P", "Q", "R", "S", "T", "U")]
    await _visits(p, (date(2025, 1, 5), 100000), (date(2025, 3, 5), 100000), (date(2025, 6, 1), 100000))
    await _visits(q, (date(2025, 2, 1), 100000), (date(2025, 6, 1), 100000))  # P's last visit, R's spend
    await _visits(r, (date(2025, 4, 1), 200000))
    await _visits(s, (date(2025, 1, 2), 50000), (date(2024, 12, 1), 900000))  # December: before the period
    await _visits(t, (date(2025, 3, 1), 50000))
    await RevenueLine.create(customer_id=u.id, category=RevenueCategory.SPA, amount=800000, spent_on=date(2025, 2, 2))

    report = (await api.data(VALUE, {"input": HALF_YEAR}))["customerValueReport"]

    # U spent but never stayed: no visit, not among the customers. Q and R tie on spend, S, T and R on
    # visits, P and Q on the last visit: each tie shares the higher score; score = ⌈5 × rank ÷ 5⌉.
    assert report["customers"] == 5
    assert report["repeaters"] == 2
    assert report["repeatRate"] == 0.4
    assert [
        (r["customer"]["name"], r["score"], r["recency"], r["frequency"], r["monetary"], r["visits"],
         r["totalRevenue"], r["lastVisit"], r["profitContribution"])
        for r in report["rows"]
    ] == [
        ("P", "555", 5, 5, 5, 3, 300000, "2025-06-01", None),
        ("Q", "544", 5, 4, 4, 2, 200000, "2025-06-01", None),
        ("R", "334", 3, 3, 4, 1, 200000, "2025-04-01", None),
        ("T", "232", 2, 3, 2, 1, 50000, "2025-03-01", None),
        ("S", "132", 1, 3, 2, 1, 50000, "2025-01-02", None),
    ]  # fmt: skip

    top = (await api.data(VALUE, {"input": {**HALF_YEAR, "first": 2}}))["customerValueReport"]
    assert [r["customer"]["name"] for r in top["rows"]] == ["P", "Q"]
    assert (top["customers"], top["repeaters"]) == (5, 2)


async def test_three_customers_score_two_four_five(api: Api, clock: FixedClock) -> None:
    a, b, c = [await make_customer(name=n) for n in ("A", "B", "C")]
    await _visits(a, (date(2025, 1, 1), 10000))
    await _visits(b, (date(2025, 2, 1), 20000), (date(2025, 2, 10), 20000))
    await _visits(c, (date(2025, 3, 1), 30000), (date(2025, 3, 10), 30000), (date(2025, 3, 20), 30000))
    rows = (await api.data(VALUE, {"input": HALF_YEAR}))["customerValueReport"]["rows"]
    # ⌈5 × 1/3⌉ = 2, ⌈5 × 2/3⌉ = 4, ⌈5 × 3/3⌉ = 5.
    assert [(r["customer"]["name"], r["score"]) for r in rows] == [("C", "555"), ("B", "444"), ("A", "222")]


async def test_an_empty_period_has_no_customers_and_a_zero_rate(api: Api, clock: FixedClock) -> None:
    report = (await api.data(VALUE, {"input": HALF_YEAR}))["customerValueReport"]
    assert report == {"customers": 0, "repeaters": 0, "repeatRate": 0.0, "rows": []}


async def _dormant_since_2020(customer: Customer) -> None:
    await Customer.filter(id=customer.id).update(created_at=datetime(2020, 1, 1, tzinfo=UTC))


async def _churn_hotel() -> None:
    """Today is 2025-06-30: recent window 2024-07-01..2025-06-30, earlier window 2022-07-01..2024-06-30."""
    f = await make_customer(name="频次降")
    # Four visits before (the last on the window's last day), one after (on its first): 1/12 ≤ 4/24 × 50%.
    await _visits(f, (date(2023, 1, 5), 10000), (date(2023, 5, 5), 10000), (date(2024, 1, 5), 10000),
                  (date(2024, 6, 30), 10000), (date(2024, 7, 1), 30000))  # fmt: skip
    await make_stay(f, arrival=date(2025, 2, 1), departure=date(2025, 2, 2), status=StayStatus.CANCELLED)
    g = await make_customer(name="稳定")
    await _visits(g, (date(2023, 1, 5), 10000), (date(2023, 5, 5), 10000), (date(2024, 1, 5), 10000),
                  (date(2024, 2, 5), 10000), (date(2024, 9, 1), 10000), (date(2025, 3, 1), 10000))  # fmt: skip
    h = await make_customer(name="消费降")
    # 2022-06-30 is before the earlier window: not counted.
    await _visits(h, (date(2022, 6, 30), 999), (date(2023, 3, 1), 500000), (date(2023, 8, 1), 500000),
                  (date(2024, 10, 1), 100000), (date(2025, 4, 1), 100000))  # fmt: skip
    await RevenueLine.create(customer_id=h.id, category=RevenueCategory.BANQUET, amount=100000,
                             spent_on=date(2023, 8, 2))  # fmt: skip
    j = await make_customer(name="只来一次")
    await _visits(j, (date(2023, 4, 1), 80000))
    k = await make_customer(name="沉睡老客")
    await _visits(k, (date(2023, 1, 1), 20000), (date(2023, 5, 1), 20000), (date(2023, 9, 1), 20000))
    await _dormant_since_2020(k)
    await _dormant_since_2020(await make_customer(name="从未入住"))


async def test_churn_reasons_with_their_figures_and_explanations(api: Api, clock: FixedClock) -> None:
    await _churn_hotel()
    risks = (await api.data(CHURN))["churnRisks"]
    assert [{k: v for k, v in r.items() if k != "explanation"} for r in risks] == [
        {"customer": {"name": "消费降"}, "reasons": ["SPEND_DROP"], "previousVisits": 2, "recentVisits": 2,
         "previousSpend": 1_100_000, "recentSpend": 200000, "lastVisit": "2025-04-01"},
        {"customer": {"name": "沉睡老客"}, "reasons": ["FREQUENCY_DROP", "SPEND_DROP", "DORMANT"],
         "previousVisits": 3, "recentVisits": 0, "previousSpend": 60000, "recentSpend": 0,
         "lastVisit": "2023-09-01"},
        {"customer": {"name": "频次降"}, "reasons": ["FREQUENCY_DROP"], "previousVisits": 4, "recentVisits": 1,
         "previousSpend": 40000, "recentSpend": 30000, "lastVisit": "2024-07-01"},
        {"customer": {"name": "从未入住"}, "reasons": ["DORMANT"], "previousVisits": 0, "recentVisits": 0,
         "previousSpend": 0, "recentSpend": 0, "lastVisit": None},
    ]  # fmt: skip
    explanations = {r["customer"]["name"]: r["explanation"] for r in risks}
    # (1 100 000 × 12 − 200 000 × 24) ÷ (1 100 000 × 12) = 63.6 % → 64 %.
    assert explanations["消费降"] == "近12个月消费¥2,000.00，此前24个月消费¥11,000.00，按月平均消费下降64%。"
    assert explanations["频次降"] == "近12个月入住1次，此前24个月入住4次，按月平均入住频次下降50%。"
    assert explanations["沉睡老客"] == (
        "近12个月入住0次，此前24个月入住3次，按月平均入住频次下降100%；"
        "近12个月消费¥0.00，此前24个月消费¥600.00，按月平均消费下降100%；"
        "已12个月以上没有入住和联系（最近一次入住在2023-09-01），列入休眠客户。"
    )
    assert explanations["从未入住"] == "已12个月以上没有入住和联系（从未入住），列入休眠客户。"
    assert [r["customer"]["name"] for r in (await api.data(CHURN, {"first": 2}))["churnRisks"]] == [
        "消费降",
        "沉睡老客",
    ]


async def test_a_verified_customer_leaves_the_dormant_reason(api: Api, clock: FixedClock) -> None:
    await _churn_hotel()
    never = await Customer.get(name="从未入住")
    await Customer.filter(id=never.id).update(status="DORMANT")  # verified dormant: off the list to verify
    names = [r["customer"]["name"] for r in (await api.data(CHURN))["churnRisks"]]
    assert "从未入住" not in names


async def test_the_windows_and_drop_are_settings(api: Api, clock: FixedClock, monkeypatch: Any) -> None:
    from server.settings import reset_settings_cache

    await _churn_hotel()
    # A drop of 60 % or more: 频次降 fell by exactly 50 % and leaves the list.
    monkeypatch.setenv("HOTEL_CRM_CHURN_DROP_PERCENT", "60")
    reset_settings_cache()
    names = [r["customer"]["name"] for r in (await api.data(CHURN))["churnRisks"]]
    assert names == ["消费降", "沉睡老客", "从未入住"]


async def test_churn_statements_do_not_grow_with_rows(api: Api, clock: FixedClock, count_queries: QueryCounter) -> None:
    await _churn_hotel()
    await api.user(Role.MANAGER)
    count_queries.statements.clear()
    assert len((await api.data(CHURN))["churnRisks"]) == 4
    few = len(count_queries.statements)
    for i in range(8):
        await _dormant_since_2020(await make_customer(name=f"沉睡{i}"))
    count_queries.statements.clear()
    assert len((await api.data(CHURN))["churnRisks"]) == 12
    assert len(count_queries.statements) == few, count_queries.statements
    # The session's user, the judgement, the lifetime last visits, the customers.
    assert few <= 4, count_queries.statements
