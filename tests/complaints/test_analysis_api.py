"""The managers' analysis on a fixed set of complaints: every figure checked by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.complaints.models import ComplaintStatus
from tests.complaints.support import complaint_in
from tests.conftest import Api, FixedClock
from tests.factories import make_customer

S = ComplaintStatus
QUERY = """query($from: Date, $to: Date) {
  complaintAnalysis(from: $from, to: $to) {
    from to total resolved averageMinutesToResolve onTime late onTimeRate
    byCategory { key count } byDepartment { key count } byMonth { key count }
    repeatComplainers { count customer { name } }
  }
}"""


def at(day: str, hour: int = 2) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


async def test_counts_times_rates_and_repeat_complainers(api: Api, clock: FixedClock) -> None:
    zhang = await make_customer(name="张伟")
    li = await make_customer(name="李娜")
    # January (hotel time): resolved in 60 min, on time; resolved in 180 min, late (due after 120).
    await complaint_in(
        S.CLOSED,
        filed_at=at("2026-01-10"),
        due_at=at("2026-01-10") + timedelta(hours=2),
        resolved_at=at("2026-01-10") + timedelta(minutes=60),
        category="噪音",
        departments=["工程部", "客房部"],
        customer_id=zhang.id,
    )
    await complaint_in(
        S.RESOLVED,
        filed_at=at("2026-01-20"),
        due_at=at("2026-01-20") + timedelta(hours=2),
        resolved_at=at("2026-01-20") + timedelta(minutes=180),
        category="噪音",
        departments=["工程部"],
        customer_id=zhang.id,
    )
    # 2026-01-31 17:00 UTC is 2026-02-01 01:00 at the hotel: February. Open and overdue: late.
    await complaint_in(
        S.OPEN,
        filed_at=datetime(2026, 1, 31, 17, 0, tzinfo=UTC),
        due_at=clock.now - timedelta(hours=1),
        category="账单",
        departments=["财务部"],
        customer_id=li.id,
    )
    # February, open and not yet due: neither on time nor late.
    await complaint_in(
        S.INVESTIGATING,
        filed_at=at("2026-02-15"),
        due_at=clock.now + timedelta(hours=1),
        category=None,
        departments=[],
    )
    # Outside the period.
    await complaint_in(S.OPEN, filed_at=at("2025-11-30"), category="噪音", customer_id=li.id)

    data = await api.data(QUERY, {"from": "2026-01-01", "to": "2026-02-28"})
    a = data["complaintAnalysis"]

    assert (a["from"], a["to"], a["total"], a["resolved"]) == ("2026-01-01", "2026-02-28", 4, 2)
    assert a["averageMinutesToResolve"] == 120.0
    assert (a["onTime"], a["late"]) == (1, 2)
    assert abs(a["onTimeRate"] - 1 / 3) < 1e-9
    assert a["byCategory"] == [{"key": "噪音", "count": 2}, {"key": "", "count": 1}, {"key": "账单", "count": 1}]
    assert a["byDepartment"] == [
        {"key": "工程部", "count": 2},
        {"key": "客房部", "count": 1},
        {"key": "财务部", "count": 1},
    ]
    assert a["byMonth"] == [{"key": "2026-01", "count": 2}, {"key": "2026-02", "count": 2}]
    assert a["repeatComplainers"] == [{"count": 2, "customer": {"name": "张伟"}}]

    wider = (await api.data(QUERY, {"from": "2025-11-01", "to": "2026-02-28"}))["complaintAnalysis"]
    assert wider["total"] == 5
    assert sorted((r["customer"]["name"], r["count"]) for r in wider["repeatComplainers"]) == [
        ("张伟", 2),
        ("李娜", 2),
    ]


async def test_an_empty_period_and_a_reversed_one(api: Api, clock: FixedClock) -> None:
    a = (await api.data(QUERY, {"from": "2026-01-01", "to": "2026-01-31"}))["complaintAnalysis"]
    assert (a["total"], a["averageMinutesToResolve"], a["onTimeRate"], a["byMonth"]) == (0, None, None, [])
    body = await api.gql(QUERY, {"from": "2026-02-01", "to": "2026-01-01"})
    assert body["errors"][0]["extensions"] == {"code": "INVALID", "field": ["from"]}
