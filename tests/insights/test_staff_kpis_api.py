"""staffKpis: each KPI counted at its boundaries (period in hotel days, on time, distinct records),
the composite ranking with shared ranks, the team filter, bad input; and every insight query refused
to everyone but managers, with nothing written."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from server.auth.models import AuditEntry, Role, User, UserStatus
from server.complaints.models import Complaint, Severity
from server.core.cardnumbers import card_number
from server.customers.models import Customer
from server.interactions.models import CallOutcome, Interaction, InteractionKind
from server.membership.models import CardEvent, MembershipCard
from server.prospects.models import FollowUpTask, FollowUpTaskKind, FollowUpTaskStatus
from tests.conftest import Api, FixedClock
from tests.factories import make_customer, make_user

KPIS = """query($input: StaffKpiInput!) { staffKpis(input: $input) {
  rank user { username } callsHandled complaintsHandled complaintsOnTime onTimeRate averageResolutionMinutes
  followUpsDone followUpsOnTime recordsCollected recordsEnriched membersRecruited satisfaction } }"""
JUNE = {"from": "2025-06-01", "to": "2025-06-30"}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


async def _call(agent: User, at: datetime, kind: InteractionKind = InteractionKind.CALL_IN, **extra: Any) -> None:
    await Interaction.create(agent_id=agent.id, kind=kind, occurred_at=at, **extra)


async def _complaint(assignee: User, filed: datetime, due: datetime, resolved: datetime, **extra: Any) -> None:
    await Complaint.create(
        assignee_id=assignee.id, severity=Severity.HIGH, description="投诉", status="RESOLVED",
        filed_at=filed, due_at=due, resolved_at=resolved, **extra,
    )  # fmt: skip


async def _task(customer: Customer, by: User, due: date, done: datetime | None, status: str = "DONE") -> None:
    await FollowUpTask.create(
        customer_id=customer.id, kind=FollowUpTaskKind.MANUAL, title="回访", due_on=due,
        status=FollowUpTaskStatus(status), done_at=done, done_by_id=by.id if done else None,
    )  # fmt: skip


async def _audit(by: User, action: str, target: int, at: datetime, **extra: Any) -> None:
    # The log is append-only: the time is given at insert (auto_now_add keeps a given value).
    await AuditEntry.create(
        at=at, actor_id=by.id, actor_label=by.username, action=action, target_type="Customer",
        target_id=str(target), **extra,
    )  # fmt: skip


async def _card_event(customer: Customer, by: User, serial: int, action: str, at: datetime) -> None:
    card = await MembershipCard.create(
        card_number=card_number(serial), customer_id=customer.id, issued_at=at, valid_until=date(2026, 6, 1),
        tier_since=at,
    )  # fmt: skip
    await CardEvent.create(card_id=card.id, action=action, actor_id=by.id, at=at)


async def _staff() -> dict[str, User]:
    agent = await make_user("agent1", Role.AGENT, department="呼叫中心")
    handler = await make_user("handler", Role.AGENT, department="宾客关系部")
    sales = await make_user("sales1", Role.SALES, department="销售部")
    former = await make_user("former", Role.AGENT, department="呼叫中心", status=UserStatus.INACTIVE)
    await make_user("gone", Role.AGENT, department="呼叫中心", status=UserStatus.INACTIVE)
    admin = await make_user("admin1", Role.ADMIN)
    guest = await make_customer(name="客人")

    # Calls: June 1 starts at 2025-05-31 16:00 UTC at the hotel; missed calls and visits are no calls handled.
    await _call(agent, utc(2025, 6, 10, 3), outcome=CallOutcome.ANSWERED)
    await _call(agent, utc(2025, 6, 11, 3), kind=InteractionKind.CALL_OUT)
    await _call(agent, utc(2025, 5, 31, 16, 0))
    await _call(agent, utc(2025, 5, 31, 15, 59))
    await _call(agent, utc(2025, 6, 12, 3), outcome=CallOutcome.MISSED)
    await _call(agent, utc(2025, 6, 12, 4), kind=InteractionKind.VISIT)
    await _call(former, utc(2025, 6, 2, 3))
    await _call(admin, utc(2025, 6, 2, 3))
    # Members: two cards issued; a reissue is no recruit.
    await _card_event(guest, agent, 1, "ISSUED", utc(2025, 6, 3, 2))
    await _card_event(guest, agent, 2, "ISSUED", utc(2025, 6, 4, 2))
    await _card_event(guest, agent, 3, "REISSUED", utc(2025, 6, 5, 2))
    await _card_event(guest, agent, 4, "ISSUED", utc(2025, 5, 5, 2))

    # Complaints: 90 minutes on time, 180 late, 30 exactly at the due time; one resolved in May.
    await _complaint(handler, utc(2025, 6, 2, 0), utc(2025, 6, 2, 2), utc(2025, 6, 2, 1, 30),
                     closed_at=utc(2025, 6, 3), satisfied=True)  # fmt: skip
    await _complaint(handler, utc(2025, 6, 5, 0), utc(2025, 6, 5, 1), utc(2025, 6, 5, 3),
                     closed_at=utc(2025, 6, 6), satisfied=False)  # fmt: skip
    await _complaint(handler, utc(2025, 6, 10, 0), utc(2025, 6, 10, 0, 30), utc(2025, 6, 10, 0, 30))
    await _complaint(handler, utc(2025, 5, 20), utc(2025, 5, 21), utc(2025, 5, 25),
                     closed_at=utc(2025, 6, 2), satisfied=True)  # fmt: skip

    # Follow-ups: done by 23:59 of the due day at the hotel is on time, at 00:00 the next day late.
    await _task(guest, sales, date(2025, 6, 10), utc(2025, 6, 10, 15, 59))
    await _task(guest, sales, date(2025, 6, 10), utc(2025, 6, 10, 16, 0))
    await _task(guest, sales, date(2025, 5, 1), utc(2025, 5, 1, 2))
    await _task(guest, sales, date(2025, 6, 20), None, status="OPEN")

    # Records: created (by hand or by a registration that made the profile), enriched once per customer.
    june = utc(2025, 6, 15, 2)
    await _audit(sales, "customer.create", 101, june)
    await _audit(sales, "customer.create", 102, june)
    await _audit(sales, "stay.register_guest", 103, june, details={"stayId": 1, "created": True})
    await _audit(sales, "stay.register_guest", 104, june, details={"stayId": 2, "created": False})
    await _audit(sales, "customer.create", 105, june, outcome="FORBIDDEN")
    await _audit(sales, "customer.create", 106, utc(2025, 5, 15))
    await _audit(sales, "customer.update", 101, june)
    await _audit(sales, "customer.add_preference", 101, june)
    await _audit(sales, "customer.add_key_date", 107, june)
    await _audit(sales, "customer.reveal_id_number", 108, june)
    return {"agent": agent, "handler": handler, "sales": sales}


def _row(username: str, rank: int, **figures: Any) -> dict[str, Any]:
    zero: dict[str, Any] = {
        "callsHandled": 0, "complaintsHandled": 0, "complaintsOnTime": 0, "onTimeRate": None,
        "averageResolutionMinutes": None, "followUpsDone": 0, "followUpsOnTime": 0, "recordsCollected": 0,
        "recordsEnriched": 0, "membersRecruited": 0, "satisfaction": None,
    }  # fmt: skip
    return {"rank": rank, "user": {"username": username}, **zero, **figures}


async def test_each_kpi_and_the_ranking(api: Api, clock: FixedClock) -> None:
    await _staff()
    await api.user(Role.MANAGER)
    rows = (await api.data(KPIS, {"input": JUNE}))["staffKpis"]
    assert rows == [
        # 3 calls + 2 members × 5 = 13; 3 complaints × 3 + 2 on time × 2 = 13: a shared first place.
        _row("agent1", 1, callsHandled=3, membersRecruited=2),
        _row("handler", 1, complaintsHandled=3, complaintsOnTime=2, onTimeRate=2 / 3,
             averageResolutionMinutes=100.0, satisfaction=2 / 3),
        # 2 follow-ups + 1 on time × 2 + 3 records × 2 + 2 enriched = 12.
        _row("sales1", 3, followUpsDone=2, followUpsOnTime=1, recordsCollected=3, recordsEnriched=2),
        _row("former", 4, callsHandled=1),  # inactive now, but worked in June
        _row("manager-user", 5),
    ]  # fmt: skip


async def test_a_team_is_ranked_on_its_own(api: Api, clock: FixedClock) -> None:
    await _staff()
    rows = (await api.data(KPIS, {"input": {**JUNE, "department": "呼叫中心"}}))["staffKpis"]
    assert [(r["rank"], r["user"]["username"], r["callsHandled"]) for r in rows] == [(1, "agent1", 3), (2, "former", 1)]
    # May: the card, the call of 23:59 on May 31, the follow-up and the record of May, the complaint
    # resolved late on the 25th: 5 + 1, 1 + 2 + 2, 3.
    may = (await api.data(KPIS, {"input": {"from": "2025-05-01", "to": "2025-05-31"}}))["staffKpis"]
    assert [(r["rank"], r["user"]["username"]) for r in may][:3] == [(1, "agent1"), (2, "sales1"), (3, "handler")]
    assert may[0] == _row("agent1", 1, callsHandled=1, membersRecruited=1)
    assert may[1] == _row("sales1", 2, followUpsDone=1, followUpsOnTime=1, recordsCollected=1)
    assert may[2] == _row(
        "handler", 3, complaintsHandled=1, complaintsOnTime=0, onTimeRate=0.0, averageResolutionMinutes=7200.0
    )


async def test_bad_periods_are_refused(api: Api, clock: FixedClock) -> None:
    body = await api.gql(KPIS, {"input": {"from": "2025-06-30", "to": "2025-06-01"}})
    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        ("开始日期不能晚于结束日期", {"code": "INVALID", "field": ["from"]})
    ]
    body = await api.gql(KPIS, {"input": {"from": "2020-01-01", "to": "2025-06-01"}})
    assert body["errors"][0]["extensions"] == {"code": "INVALID", "field": ["from"]}


QUERIES = {
    "customerRanking": ("query { customerRanking(input: {measure: TOTAL_REVENUE}) { rank } }", {}),
    "customerValueReport": ("query { customerValueReport(input: {}) { customers } }", {}),
    "churnRisks": ("query { churnRisks { explanation } }", {}),
    "staffKpis": ('query { staffKpis(input: {from: "2025-06-01", to: "2025-06-30"}) { rank } }', {}),
}


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.SALES, Role.ADMIN, None])
@pytest.mark.parametrize("name", list(QUERIES))
async def test_only_managers_see_the_insights(api: Api, clock: FixedClock, role: Role | None, name: str) -> None:
    await make_customer(name="客人")
    audit_rows = await AuditEntry.all().count()
    query, variables = QUERIES[name]
    body = await api.gql(query, variables, as_role=role)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == ("UNAUTHENTICATED" if role is None else "FORBIDDEN")
    assert await AuditEntry.all().count() == audit_rows


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ('query { customerRanking(input: {measure: VISITS, first: 0}) { rank } }', ["first"], "行数应在 1 到 100 之间"),
        ('query { customerValueReport(input: {first: 101}) { customers } }', ["first"], "行数应在 1 到 100 之间"),
        ("query { churnRisks(first: -1) { explanation } }", ["first"], "行数应在 1 到 100 之间"),
        ('query { customerRanking(input: {measure: VISITS, from: "2025-02-01", to: "2025-01-01"}) { rank } }',
         ["from"], "开始日期不能晚于结束日期"),
    ],
)  # fmt: skip
async def test_bad_arguments_say_which_and_why(
    api: Api, clock: FixedClock, query: str, field: list[str], message: str
) -> None:
    body = await api.gql(query)
    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [(message, {"code": "INVALID", "field": field})]
