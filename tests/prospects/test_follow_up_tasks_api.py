"""Follow-up tasks: revisit rules, due lists per user and per team, complete/reschedule, dormant list, permissions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from server.auth.models import Role
from server.customers.models import Customer, CustomerStatus
from server.interactions.models import Interaction, InteractionKind
from server.prospects import service
from server.prospects.models import EventAttendance, FollowUpTask, FollowUpTaskKind, FollowUpTaskStatus, HotelEvent
from server.stays.models import StayStatus
from tests.complaints.conftest import FixedClock
from tests.conftest import Api
from tests.factories import make_customer, make_stay
from tests.prospects.support import COMPLETE, CREATE_TASK, MY, RESCHEDULE, TEAM, as_token, create_prospect, staff

OLD = datetime(2020, 1, 1, tzinfo=UTC)


async def _tasks(**filters: Any) -> list[tuple[str, str]]:
    rows = await FollowUpTask.filter(**filters).order_by("due_on", "id").values("rule_key", "due_on")
    return [(r["rule_key"], r["due_on"].isoformat()) for r in rows]


async def test_revisit_rules_after_a_checked_out_stay_are_idempotent(api: Api, clock: FixedClock) -> None:
    sales = await api.user(Role.SALES)
    customer = await make_customer(name="回头客")
    await Customer.filter(id=customer.id).update(owner_id=sales.id)
    stay = await make_stay(customer, arrival=date(2024, 1, 27), departure=date(2024, 1, 29))
    await make_stay(customer, arrival=date(2024, 2, 3), departure=date(2024, 2, 5), status=StayStatus.RESERVED)

    first = await service.generate_revisit_tasks()
    assert (first.stay_tasks, first.event_tasks) == (3, 0)
    assert await _tasks(kind=FollowUpTaskKind.REVISIT_STAY) == [
        (f"stay:{stay.id}:+3", "2024-02-01"),
        (f"stay:{stay.id}:+30", "2024-02-28"),
        (f"stay:{stay.id}:+60", "2024-03-29"),
    ]
    owners: list[Any] = list(await FollowUpTask.all().values_list("owner_id", flat=True))
    assert set(owners) == {sales.id}
    second = await service.generate_revisit_tasks()
    assert (second.stay_tasks, second.event_tasks) == (0, 0)
    assert await FollowUpTask.all().count() == 3


async def test_hotel_time_decides_the_day_and_old_stays_are_not_backfilled(clock: FixedClock, db: str) -> None:
    customer = await make_customer()
    # Departed long ago: every revisit date has passed by more than the grace days; nothing is created.
    await make_stay(customer, arrival=date(2023, 9, 1), departure=date(2023, 9, 3))
    # Departed today at the hotel (UTC still says yesterday): counted from the hotel's date.
    today = await make_stay(customer, arrival=date(2024, 1, 30), departure=date(2024, 1, 31))
    done = await service.generate_revisit_tasks()
    assert done.stay_tasks == 3
    assert await _tasks() == [
        (f"stay:{today.id}:+3", "2024-02-03"),
        (f"stay:{today.id}:+30", "2024-03-01"),
        (f"stay:{today.id}:+60", "2024-03-31"),
    ]


async def test_event_attendance_without_buying_creates_revisits(api: Api, clock: FixedClock) -> None:
    bought = await make_customer(name="买了")
    browsed = await make_customer(name="没买")
    created = await api.data(
        """mutation { createEvent(input: {name: "婚宴品鉴会", heldOn: "2024-01-28"}) {
             event { id name heldOn } errors { code } } }""",
        as_role=Role.SALES,
    )
    event_id = created["createEvent"]["event"]["id"]
    record = """mutation($input: RecordAttendanceInput!) {
      recordAttendance(input: $input) { attendance { id purchased customer { name } } errors { code field } } }"""
    for customer, purchased in ((bought, True), (browsed, False)):
        result = await api.data(
            record,
            {"input": {"eventId": event_id, "customerId": str(customer.id), "purchased": purchased}},
            as_role=Role.SALES,
        )
        assert result["recordAttendance"]["errors"] == []
    attendance = await EventAttendance.get(customer_id=browsed.id)
    assert await _tasks(kind=FollowUpTaskKind.REVISIT_EVENT) == [
        (f"event:{attendance.id}:+3", "2024-01-31"),
        (f"event:{attendance.id}:+15", "2024-02-12"),
    ]
    again = await service.generate_revisit_tasks()
    assert again.event_tasks == 0
    assert await FollowUpTask.filter(customer_id=bought.id).count() == 0
    assert await HotelEvent.all().count() == 1


async def test_due_lists_per_user_and_per_team(api: Api, clock: FixedClock) -> None:
    lead, lead_token = await staff(api, "sales-lead", Role.SALES)
    sales = await api.user(Role.SALES)
    sales.supervisor_id = lead.id
    await sales.save()
    outsider, outsider_token = await staff(api, "sales-out", Role.SALES)
    customer = await make_customer(name="客户甲")
    for owner, due, title in (
        (sales, date(2024, 1, 29), "逾期"),
        (sales, date(2024, 1, 31), "今天"),
        (sales, date(2024, 2, 3), "本周"),
        (sales, date(2024, 3, 1), "远期"),
        (outsider, date(2024, 1, 31), "别人的"),
    ):
        await FollowUpTask.create(
            customer_id=customer.id, owner_id=owner.id, kind=FollowUpTaskKind.MANUAL, title=title, due_on=due
        )

    mine = (await api.data(MY, as_role=Role.SALES))["myFollowUps"]
    assert mine["today"] == "2024-01-31"
    assert [t["title"] for t in mine["overdue"]] == ["逾期"]
    assert mine["overdue"][0]["overdue"] is True
    assert [t["title"] for t in mine["dueToday"]] == ["今天"]
    assert [t["title"] for t in mine["upcoming"]] == ["本周"]

    team = (await as_token(api, lead_token, TEAM))["teamFollowUps"]
    assert [t["title"] for t in team["overdue"] + team["dueToday"] + team["upcoming"]] == ["逾期", "今天", "本周"]
    everyone = (await api.data(TEAM, {"days": 31}, as_role=Role.MANAGER))["teamFollowUps"]
    assert [t["title"] for t in everyone["dueToday"]] == ["今天", "别人的"]
    assert [t["title"] for t in everyone["upcoming"]] == ["本周", "远期"]
    outsiders = (await as_token(api, outsider_token, MY))["myFollowUps"]
    assert [t["title"] for t in outsiders["dueToday"]] == ["别人的"]


async def test_complete_reschedule_and_manual_tasks(api: Api, clock: FixedClock) -> None:
    customer = await make_customer(name="客户乙")
    prospect = await create_prospect(api, customer.id, grade="H")
    task = await FollowUpTask.get(prospect_id=int(prospect["id"]))

    past = await api.data(RESCHEDULE, {"input": {"id": str(task.id), "dueOn": "2024-01-30"}}, as_role=Role.SALES)
    assert past["rescheduleFollowUpTask"]["errors"] == [
        {"field": ["dueOn"], "code": "INVALID", "message": "日期不能早于今天"}
    ]
    moved = await api.data(RESCHEDULE, {"input": {"id": str(task.id), "dueOn": "2024-02-02"}}, as_role=Role.SALES)
    assert moved["rescheduleFollowUpTask"]["task"]["dueOn"] == "2024-02-02"
    moved_prospect = await service.get_prospect(int(prospect["id"]))
    assert moved_prospect is not None
    assert moved_prospect.next_follow_up_on == date(2024, 2, 2)

    done = await api.data(COMPLETE, {"input": {"id": str(task.id), "note": "已电话联系"}}, as_role=Role.SALES)
    assert done["completeFollowUpTask"]["task"]["status"] == "DONE"
    twice = await api.data(COMPLETE, {"input": {"id": str(task.id)}}, as_role=Role.SALES)
    assert twice["completeFollowUpTask"]["errors"] == [
        {"field": None, "code": "INVALID_STATE", "message": "该回访任务已结束"}
    ]

    manual = await api.data(
        CREATE_TASK,
        {"input": {"customerId": str(customer.id), "title": "送生日蛋糕", "dueOn": "2024-02-14"}},
        as_role=Role.SALES,
    )
    assert manual["createFollowUpTask"]["errors"] == []
    assert manual["createFollowUpTask"]["task"]["kind"] == "MANUAL"
    assert manual["createFollowUpTask"]["task"]["owner"] == {"username": "sales-user"}


DORMANT = """query($months: Int) { dormantCustomers(months: $months) { totalCount
  edges { node { lastStayOn lastContactAt customer { name } } } } }"""
VERIFY = """mutation($input: VerifyDormantCustomerInput!) {
  verifyDormantCustomer(input: $input) { task { kind status note } errors { field code message } } }"""


async def test_dormant_list_and_verification(api: Api, clock: FixedClock) -> None:
    silent = await make_customer(name="沉睡客户")
    stayed = await make_customer(name="常住客户")
    called = await make_customer(name="来电客户")
    fresh = await make_customer(name="新客户")
    for c in (silent, stayed, called):
        await Customer.filter(id=c.id).update(created_at=OLD)
    await make_stay(silent, arrival=date(2022, 5, 1), departure=date(2022, 5, 3))
    await make_stay(stayed, arrival=date(2023, 6, 1), departure=date(2023, 6, 2))
    await Interaction.create(
        customer_id=called.id, kind=InteractionKind.CALL_IN, occurred_at=datetime(2023, 8, 1, tzinfo=UTC)
    )
    assert fresh.id

    listed = (await api.data(DORMANT, as_role=Role.MANAGER))["dormantCustomers"]
    assert listed["totalCount"] == 1
    assert listed["edges"][0]["node"] == {
        "lastStayOn": "2022-05-03",
        "lastContactAt": None,
        "customer": {"name": "沉睡客户"},
    }
    longer = (await api.data(DORMANT, {"months": 6}, as_role=Role.MANAGER))["dormantCustomers"]
    # Six months back is 2023-07-31: the June stay is too old, the August call is not.
    assert sorted(e["node"]["customer"]["name"] for e in longer["edges"]) == ["常住客户", "沉睡客户"]

    verified = await api.data(
        VERIFY, {"input": {"customerId": str(silent.id), "dormant": True, "note": "电话无人接听"}}, as_role=Role.MANAGER
    )
    assert verified["verifyDormantCustomer"] == {
        "task": {"kind": "DORMANT_CHECK", "status": "DONE", "note": "电话无人接听"},
        "errors": [],
    }
    refreshed = await Customer.get(id=silent.id)
    assert (refreshed.status, refreshed.status_reason) == (CustomerStatus.DORMANT, "电话无人接听")
    assert (await api.data(DORMANT, as_role=Role.MANAGER))["dormantCustomers"]["totalCount"] == 0


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.ADMIN])
async def test_other_roles_are_refused_and_nothing_changes(api: Api, clock: FixedClock, role: Role) -> None:
    customer = await make_customer(name="客户丙")
    prospect = await create_prospect(api, customer.id, grade="A")
    before = await FollowUpTask.all().values()
    for query, variables in (
        (
            "mutation($i: CreateProspectInput!) { createProspect(input: $i) { errors { code } } }",
            {"i": {"customerId": str(customer.id), "grade": "H"}},
        ),
        (
            "mutation($i: CloseProspectInput!) { closeProspect(input: $i) { errors { code } } }",
            {"i": {"id": prospect["id"], "outcome": "LOST", "reason": "x"}},
        ),
        (
            "mutation($i: CreateFollowUpTaskInput!) { createFollowUpTask(input: $i) { errors { code } } }",
            {"i": {"customerId": str(customer.id), "title": "x", "dueOn": "2024-02-01"}},
        ),
        ("query { myFollowUps { today } }", {}),
        ("query { dormantCustomers { totalCount } }", {}),
    ):
        body = await api.gql(query, variables, as_role=role)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
    sales_dormant = await api.gql("query { dormantCustomers { totalCount } }", as_role=Role.SALES)
    assert sales_dormant["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await FollowUpTask.all().values() == before
    unchanged = await service.get_prospect(int(prospect["id"]))
    assert unchanged is not None
    assert unchanged.status.value == "OPEN"


async def test_another_sales_cannot_touch_my_prospect_or_task(api: Api, clock: FixedClock) -> None:
    customer = await make_customer(name="客户丁")
    prospect = await create_prospect(api, customer.id, grade="A")
    task = await FollowUpTask.get(prospect_id=int(prospect["id"]))
    _, token = await staff(api, "sales-two", Role.SALES)
    closed = await as_token(
        api,
        token,
        "mutation($i: CloseProspectInput!) { closeProspect(input: $i) { errors { field code } } }",
        {"i": {"id": prospect["id"], "outcome": "WON"}},
    )
    assert closed["closeProspect"]["errors"] == [{"field": ["id"], "code": "NOT_FOUND"}]
    completed = await as_token(api, token, COMPLETE, {"input": {"id": str(task.id)}})
    assert completed["completeFollowUpTask"]["errors"][0]["code"] == "NOT_FOUND"
    assert (await FollowUpTask.get(id=task.id)).status is FollowUpTaskStatus.OPEN
