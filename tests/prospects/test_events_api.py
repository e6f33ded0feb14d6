"""Events in the API: one event with its guests and the revisit tasks each attendance made, the
list latest first, bad input refused with nothing written, other roles refused."""

from __future__ import annotations

from typing import Any

import pytest

from server.auth.models import Role
from server.customers.models import Customer
from server.prospects.models import EventAttendance, FollowUpTask, HotelEvent
from tests.conftest import Api, FixedClock, QueryCounter
from tests.factories import make_customer

CREATE_EVENT = """mutation($input: CreateEventInput!) {
  createEvent(input: $input) { event { id name heldOn } errors { field code message } } }"""
RECORD = """mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    attendance { id purchased customer { name } revisitTasks { kind title dueOn status owner { username } } }
    errors { field code message } } }"""
EVENT = """query($id: ID!) { hotelEvent(id: $id) { id name heldOn
  attendances { purchased customer { name } revisitTasks { dueOn status } } } }"""


async def _event(api: Api, name: str, held_on: str) -> str:
    created = await api.data(CREATE_EVENT, {"input": {"name": name, "heldOn": held_on}}, as_role=Role.SALES)
    assert created["createEvent"]["errors"] == []
    event_id: str = created["createEvent"]["event"]["id"]
    return event_id


async def _attend(api: Api, event_id: str, customer_id: int, purchased: bool) -> dict[str, Any]:
    data = await api.data(
        RECORD,
        {"input": {"eventId": event_id, "customerId": str(customer_id), "purchased": purchased}},
        as_role=Role.SALES,
    )
    result: dict[str, Any] = data["recordAttendance"]
    assert result["errors"] == [], result["errors"]
    return result


async def test_the_payload_shows_the_revisit_tasks_and_buying_cancels_them(api: Api, clock: FixedClock) -> None:
    # Given a guest owned by the salesperson, at an event held three days before the hotel's today (Jan 31)
    sales = await api.user(Role.SALES)
    guest = await make_customer(name="品鉴嘉宾")
    await Customer.filter(id=guest.id).update(owner_id=sales.id)
    event_id = await _event(api, "红酒品鉴会", "2024-01-28")

    # When they are recorded as attending without buying
    browsed = await _attend(api, event_id, guest.id, purchased=False)

    # Then the payload carries the two revisit tasks, for the owner, at +3 and +15 days
    assert browsed["attendance"]["revisitTasks"] == [
        {"kind": "REVISIT_EVENT", "title": "活动回访：红酒品鉴会", "dueOn": "2024-01-31", "status": "OPEN",
         "owner": {"username": "sales-user"}},
        {"kind": "REVISIT_EVENT", "title": "活动回访：红酒品鉴会", "dueOn": "2024-02-12", "status": "OPEN",
         "owner": {"username": "sales-user"}},
    ]  # fmt: skip

    # When the same guest is recorded again as having bought: the calls are cancelled, nothing doubles
    bought = await _attend(api, event_id, guest.id, purchased=True)
    assert [(t["dueOn"], t["status"]) for t in bought["attendance"]["revisitTasks"]] == [
        ("2024-01-31", "CANCELLED"),
        ("2024-02-12", "CANCELLED"),
    ]
    assert await EventAttendance.all().count() == 1
    assert await FollowUpTask.all().count() == 2


async def test_one_event_lists_its_guests_with_their_tasks_in_few_statements(
    api: Api, clock: FixedClock, count_queries: QueryCounter
) -> None:
    event_id = await _event(api, "婚博会", "2024-01-30")
    other_id = await _event(api, "开放日", "2024-01-30")
    guests = [await make_customer(name=f"来宾{i}") for i in range(4)]
    for i, guest in enumerate(guests):
        await _attend(api, event_id, guest.id, purchased=i == 0)
    # The same guest at another event: those tasks belong to the other attendance, not this one.
    await _attend(api, other_id, guests[1].id, purchased=False)

    count_queries.statements.clear()
    event = (await api.data(EVENT, {"id": event_id}, as_role=Role.SALES))["hotelEvent"]
    statements = len(count_queries.statements)

    assert event["name"] == "婚博会"
    assert [(a["customer"]["name"], a["purchased"], len(a["revisitTasks"])) for a in event["attendances"]] == [
        ("来宾0", True, 0),
        ("来宾1", False, 2),
        ("来宾2", False, 2),
        ("来宾3", False, 2),
    ]
    assert event["attendances"][1]["revisitTasks"] == [
        {"dueOn": "2024-02-02", "status": "OPEN"},
        {"dueOn": "2024-02-14", "status": "OPEN"},
    ]
    # The session's user, the event, its attendances, their customers, their tasks (the guests, then
    # the tasks): six, however many guests came.
    assert statements <= 6, count_queries.statements


async def test_an_old_event_makes_no_overdue_calls_and_the_list_is_latest_first(api: Api, clock: FixedClock) -> None:
    guest = await make_customer(name="老活动嘉宾")
    old_id = await _event(api, "去年年会", "2023-12-01")
    new_id = await _event(api, "春季开放日", "2024-01-29")
    old = await _attend(api, old_id, guest.id, purchased=False)
    # Both revisit dates passed more than the grace days ago: no calls, and the payload says so.
    assert old["attendance"]["revisitTasks"] == []
    listed = (await api.data("query { hotelEvents { id name heldOn } }", as_role=Role.SALES))["hotelEvents"]
    assert [e["id"] for e in listed] == [new_id, old_id]


async def test_bad_input_is_refused_and_writes_nothing(api: Api, clock: FixedClock) -> None:
    blank = await api.data(CREATE_EVENT, {"input": {"name": "   ", "heldOn": "2024-02-01"}}, as_role=Role.SALES)
    assert blank["createEvent"] == {
        "event": None,
        "errors": [{"field": ["name"], "code": "REQUIRED", "message": "请填写活动名称"}],
    }
    event_id = await _event(api, "品酒会", "2024-02-01")
    missing = await api.data(
        RECORD, {"input": {"eventId": event_id, "customerId": "999999", "purchased": False}}, as_role=Role.SALES
    )
    assert missing["recordAttendance"]["errors"] == [
        {"field": ["customerId"], "code": "NOT_FOUND", "message": "找不到该客户"}
    ]
    assert (await api.data(EVENT, {"id": "999999"}, as_role=Role.SALES))["hotelEvent"] is None
    assert await HotelEvent.all().count() == 1
    assert await EventAttendance.all().count() == 0
    assert await FollowUpTask.all().count() == 0


@pytest.mark.parametrize("role", [Role.AGENT, Role.FRONT_DESK, Role.ADMIN])
async def test_other_roles_cannot_see_or_record_events(api: Api, clock: FixedClock, role: Role) -> None:
    event_id = await _event(api, "内部活动", "2024-01-31")
    guest = await make_customer(name="不该记录")
    for query, variables in (
        ("query($id: ID!) { hotelEvent(id: $id) { id } }", {"id": event_id}),
        ("query { hotelEvents { id } }", {}),
        (
            "mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { errors { code } } }",
            {"i": {"eventId": event_id, "customerId": str(guest.id), "purchased": False}},
        ),
    ):
        body = await api.gql(query, variables, as_role=role)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body
    assert await EventAttendance.all().count() == 0
    assert await FollowUpTask.all().count() == 0
