"""Interactions through GraphQL: logInteraction, wrapUpCall, the timeline, follow-ups, extensions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server.auth.models import AuditEntry, Role
from server.core.time import hotel_today
from server.customers import service as customers
from server.interactions.models import ExtensionBinding, Interaction
from tests.conftest import Api, QueryCounter
from tests.factories import SYSTEM, make_customer
from tests.interactions.support import call_event, post_event

LOG = """mutation($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    interaction {
      id kind purpose summary occurredAt durationSeconds followUpOn phone agent { username } customer { id }
    }
    errors { field code message }
  }
}"""
WRAP = """mutation($input: WrapUpCallInput!) {
  wrapUpCall(input: $input) {
    interaction { id kind purpose summary outcome durationSeconds followUpOn callId customer { id } agent { username } }
    errors { field code message }
  }
}"""
TIMELINE = """query($id: ID!, $first: Int, $after: String) {
  interactions(customerId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind summary occurredAt agent { displayName } customer { name } } }
  }
}"""
BIND = """mutation($e: String!, $t: Boolean) {
  bindExtension(input: {extension: $e, takeOver: $t}) { extension errors { field code message } }
}"""


async def _log(api: Api, role: Role = Role.AGENT, **fields: Any) -> dict[str, Any]:
    result: dict[str, Any] = (await api.data(LOG, {"input": fields}, as_role=role))["logInteraction"]
    return result


async def test_an_agent_logs_an_outgoing_call_and_it_is_on_the_timeline(api: Api) -> None:
    customer = await make_customer(name="赵敏")
    done = await _log(
        api,
        customerId=str(customer.id),
        kind="CALL_OUT",
        purpose="BOOKING",
        summary="确认 12 月 3 日入住两晚，高楼层",
        durationSeconds=95,
        phone="+86 139 0000 1111",
    )
    assert done["errors"] == []
    logged = done["interaction"]
    assert logged["kind"] == "CALL_OUT"
    assert logged["agent"] == {"username": "agent-user"}
    assert logged["phone"] == "+8613900001111"
    timeline = (await api.data(TIMELINE, {"id": str(customer.id)}, as_role=Role.AGENT))["interactions"]
    assert timeline["totalCount"] == 1
    assert timeline["edges"][0]["node"]["summary"] == "确认 12 月 3 日入住两晚，高楼层"
    entry = await AuditEntry.get(action="interaction.log")
    assert entry.target_id == str(customer.id)


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"kind": "CALL_IN"}, "kind", "INVALID"),
        ({"kind": "NOTE"}, "summary", "REQUIRED"),
        ({"kind": "NOTE", "summary": "   "}, "summary", "REQUIRED"),
        ({"kind": "VISIT", "summary": "x" * 4001}, "summary", "TOO_LONG"),
        ({"kind": "VISIT", "durationSeconds": -1}, "durationSeconds", "INVALID"),
        ({"kind": "VISIT", "occurredAt": "2099-01-01T00:00:00+08:00"}, "occurredAt", "INVALID"),
        ({"kind": "VISIT", "followUpOn": "2020-01-01"}, "followUpOn", "INVALID"),
        ({"kind": "CALL_OUT", "phone": "call me maybe"}, "phone", "INVALID"),
    ],
)
async def test_bad_input_is_refused_field_by_field_and_nothing_is_written(
    api: Api, fields: dict[str, Any], field: str, code: str
) -> None:
    customer = await make_customer()
    result = await _log(api, customerId=str(customer.id), **fields)
    assert result["interaction"] is None
    assert {"field": [field], "code": code} in [{"field": e["field"], "code": e["code"]} for e in result["errors"]]
    assert await Interaction.all().count() == 0


async def test_an_unknown_or_merged_customer_is_refused(api: Api) -> None:
    result = await _log(api, customerId="999999", kind="VISIT")
    assert result["errors"][0]["code"] == "NOT_FOUND"
    survivor = await make_customer(name="周杰")
    duplicate = await make_customer(name="周杰")
    await customers.merge_customers(actor=SYSTEM, survivor_id=survivor.id, duplicate_id=duplicate.id)
    result = await _log(api, customerId=str(duplicate.id), kind="VISIT")
    assert result["errors"][0]["code"] == "INVALID_STATE"
    assert await Interaction.all().count() == 0


async def test_a_merge_moves_the_interactions_to_the_survivor(api: Api) -> None:
    survivor = await make_customer(name="周杰")
    duplicate = await make_customer(name="周杰")
    await _log(api, customerId=str(duplicate.id), kind="NOTE", summary="喜欢安静的房间")
    await customers.merge_customers(actor=SYSTEM, survivor_id=survivor.id, duplicate_id=duplicate.id)
    timeline = (await api.data(TIMELINE, {"id": str(survivor.id)}))["interactions"]
    assert [e["node"]["summary"] for e in timeline["edges"]] == ["喜欢安静的房间"]
    # The merged id resolves to the survivor, as customer(id) does.
    via_old_id = (await api.data(TIMELINE, {"id": str(duplicate.id)}))["interactions"]
    assert via_old_id["totalCount"] == 1


async def test_the_timeline_is_newest_first_and_paged(api: Api) -> None:
    customer = await make_customer()
    now = datetime.now(UTC)
    for n in range(5):
        moment = (now - timedelta(hours=5 - n)).isoformat()
        await _log(api, customerId=str(customer.id), kind="NOTE", summary=f"第{n}条", occurredAt=moment)
    first = (await api.data(TIMELINE, {"id": str(customer.id), "first": 3}))["interactions"]
    assert [e["node"]["summary"] for e in first["edges"]] == ["第4条", "第3条", "第2条"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (await api.data(TIMELINE, {"id": str(customer.id), "first": 3, "after": first["pageInfo"]["endCursor"]}))[
        "interactions"
    ]
    assert [e["node"]["summary"] for e in rest["edges"]] == ["第1条", "第0条"]
    assert rest["pageInfo"]["hasNextPage"] is False
    assert rest["totalCount"] == 5


async def test_the_timeline_costs_the_same_statements_for_3_or_30_entries(
    api: Api, count_queries: QueryCounter
) -> None:
    customer = await make_customer()
    await api.user(Role.SALES)
    await api.user(Role.MANAGER)
    for n in range(30):
        await _log(api, Role.AGENT if n % 2 else Role.SALES, customerId=str(customer.id), kind="NOTE", summary=f"#{n}")
    count_queries.statements.clear()
    await api.data(TIMELINE, {"id": str(customer.id), "first": 3})
    few = len(count_queries.statements)
    count_queries.statements.clear()
    await api.data(TIMELINE, {"id": str(customer.id), "first": 30})
    many = len(count_queries.statements)
    assert many == few
    assert many <= 8


# ---------------------------------------------------------------- wrap-up of PBX calls


async def test_wrap_up_names_the_caller_and_the_events_fill_in_the_times(api: Api) -> None:
    await make_customer(name="总机 A", phones=["02088886666"])
    chosen = await make_customer(name="总机 B", phones=["02088886666"])
    await api.data(BIND, {"e": "8001"}, as_role=Role.AGENT)
    base = call_event(extension="8001", caller="020 8888 6666")
    start = datetime.now(UTC) - timedelta(minutes=3)
    await post_event(api.client, {**base, "at": start.isoformat()})
    follow_up = (hotel_today() + timedelta(days=2)).isoformat()
    wrapped = (
        await api.data(
            WRAP,
            {
                "input": {
                    "callId": base["callId"],
                    "customerId": str(chosen.id),
                    "purpose": "SPECIAL_REQUEST",
                    "summary": "需要婴儿床",
                    "followUpOn": follow_up,
                }
            },
            as_role=Role.AGENT,
        )
    )["wrapUpCall"]
    assert wrapped["errors"] == []
    assert wrapped["interaction"]["customer"] == {"id": str(chosen.id)}
    assert wrapped["interaction"]["agent"] == {"username": "agent-user"}
    await post_event(api.client, {**base, "event": "ANSWERED", "at": (start + timedelta(seconds=4)).isoformat()})
    await post_event(api.client, {**base, "event": "ENDED", "at": (start + timedelta(seconds=64)).isoformat()})
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.duration_seconds == 60
    assert interaction.summary == "需要婴儿床"
    assert interaction.customer_id == chosen.id  # type: ignore[attr-defined]
    assert interaction.follow_up_on.isoformat() == follow_up  # type: ignore[union-attr]
    assert await Interaction.all().count() == 1


async def test_wrap_up_needs_a_purpose_and_a_known_call(api: Api) -> None:
    base = call_event()
    await post_event(api.client, base)
    missing = (await api.data(WRAP, {"input": {"callId": base["callId"]}}, as_role=Role.AGENT))["wrapUpCall"]
    assert missing["errors"] == [{"field": ["purpose"], "code": "REQUIRED", "message": "请选择来电目的"}]
    unknown = (await api.data(WRAP, {"input": {"callId": "nope", "purpose": "INQUIRY"}}, as_role=Role.AGENT))[
        "wrapUpCall"
    ]
    assert unknown["errors"][0]["code"] == "NOT_FOUND"
    assert await Interaction.all().count() == 0


async def test_another_agents_call_cannot_be_wrapped_up(api: Api) -> None:
    await api.data(BIND, {"e": "8001"}, as_role=Role.AGENT)
    base = call_event(extension="8001")
    await post_event(api.client, {**base, "event": "ANSWERED"})
    other = (await api.data(WRAP, {"input": {"callId": base["callId"], "purpose": "INQUIRY"}}, as_role=Role.SALES))[
        "wrapUpCall"
    ]
    assert other["errors"][0]["code"] == "FORBIDDEN"
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.purpose is None


# ---------------------------------------------------------------- follow-ups and recent calls


async def test_due_follow_ups_and_marking_one_done(api: Api) -> None:
    customer = await make_customer()
    today = hotel_today().isoformat()
    later = (hotel_today() + timedelta(days=3)).isoformat()
    due = await _log(api, customerId=str(customer.id), kind="CALL_OUT", followUpOn=today)
    await _log(api, customerId=str(customer.id), kind="CALL_OUT", followUpOn=later)
    query = "{ dueFollowUps { id followUpOn } recentCalls { id kind } }"
    listed = await api.data(query, as_role=Role.AGENT)
    assert [i["id"] for i in listed["dueFollowUps"]] == [due["interaction"]["id"]]
    assert len(listed["recentCalls"]) == 2
    assert (await api.data(query, as_role=Role.SALES))["dueFollowUps"] == []
    done_mutation = "mutation($id: ID!) { completeFollowUp(input: {interactionId: $id}) { errors { code } } }"
    first = await api.data(done_mutation, {"id": due["interaction"]["id"]}, as_role=Role.AGENT)
    assert first["completeFollowUp"]["errors"] == []
    again = await api.data(done_mutation, {"id": due["interaction"]["id"]}, as_role=Role.AGENT)
    assert again["completeFollowUp"]["errors"] == [{"code": "INVALID_STATE"}]
    assert (await api.data(query, as_role=Role.AGENT))["dueFollowUps"] == []


# ---------------------------------------------------------------- extensions


async def test_binding_is_remembered_and_moving_releases_the_old_extension(api: Api) -> None:
    assert (await api.data(BIND, {"e": " 8001 "}, as_role=Role.AGENT))["bindExtension"] == {
        "extension": "8001",
        "errors": [],
    }
    assert (await api.data("{ me { extension } }", as_role=Role.AGENT))["me"] == {"extension": "8001"}
    await api.data(BIND, {"e": "8002"}, as_role=Role.AGENT)
    assert await ExtensionBinding.all().values_list("extension", flat=True) == ["8002"]
    await api.data("mutation { unbindExtension { extension errors { code } } }", as_role=Role.AGENT)
    assert (await api.data("{ me { extension } }", as_role=Role.AGENT))["me"] == {"extension": None}


async def test_an_extension_held_by_someone_else_needs_take_over(api: Api) -> None:
    await api.data(BIND, {"e": "8001"}, as_role=Role.AGENT)
    refused = (await api.data(BIND, {"e": "8001"}, as_role=Role.SALES))["bindExtension"]
    assert refused["extension"] is None
    assert refused["errors"][0]["code"] == "CONFLICT"
    assert "Test AGENT" in refused["errors"][0]["message"]
    taken = (await api.data(BIND, {"e": "8001", "t": True}, as_role=Role.SALES))["bindExtension"]
    assert taken["errors"] == []
    assert (await api.data("{ me { extension } }", as_role=Role.AGENT))["me"] == {"extension": None}
    bindings = (await api.data("{ extensionBindings { extension user { username } } }"))["extensionBindings"]
    assert bindings == [{"extension": "8001", "user": {"username": "sales-user"}}]
    assert await AuditEntry.filter(action="extension.bind").count() == 2


@pytest.mark.parametrize(("extension", "code"), [("", "REQUIRED"), ("80 01", "INVALID"), ("8" * 33, "INVALID")])
async def test_a_malformed_extension_is_refused(api: Api, extension: str, code: str) -> None:
    result = (await api.data(BIND, {"e": extension}, as_role=Role.AGENT))["bindExtension"]
    assert result["errors"][0]["code"] == code
    assert await ExtensionBinding.all().count() == 0


async def test_roles_without_customer_access_cannot_log_or_bind(api: Api) -> None:
    customer = await make_customer()
    body = await api.gql(LOG, {"input": {"customerId": str(customer.id), "kind": "VISIT"}}, as_role=Role.ADMIN)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(BIND, {"e": "8001"}, as_role=Role.ADMIN)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(LOG, {"input": {"customerId": str(customer.id), "kind": "VISIT"}}, as_role=None)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await Interaction.all().count() == 0
    assert await ExtensionBinding.all().count() == 0
