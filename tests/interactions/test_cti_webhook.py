"""POST /cti/calls: signature, timestamp window, replay, malformed and invalid events (SPEC §4.2)."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from server.auth.models import Role
from server.core.broker import get_broker
from server.interactions.models import CallEvent, CallOutcome, Interaction, InteractionKind
from server.interactions.service import channel_of
from server.settings import reset_settings_cache
from tests.conftest import Api
from tests.factories import make_customer
from tests.interactions.support import call_event, post_event, signed_headers

BIND = "mutation($e: String!) { bindExtension(input: {extension: $e}) { extension errors { code message } } }"


async def _nothing_written() -> None:
    assert await CallEvent.all().count() == 0
    assert await Interaction.all().count() == 0


async def test_signed_ringing_is_accepted_and_delivered_to_the_extension(api: Api) -> None:
    async with get_broker().listen(channel_of("8001")) as mine, get_broker().listen(channel_of("8002")) as other:
        event = call_event(extension="8001", caller="138 0013 8000")
        response = await post_event(api.client, event)
        assert response.status_code == 200, response.text
        assert response.json() == {
            "status": "accepted",
            "callId": event["callId"],
            "event": "RINGING",
            "extensionBound": False,
        }
        delivered = mine.get_nowait()
        assert delivered["type"] == "ringing"
        assert delivered["callId"] == event["callId"]
        assert delivered["caller"] == "138 0013 8000"
        assert other.empty()
    assert await CallEvent.filter(call_id=event["callId"]).count() == 1
    # RINGING alone records no interaction: the call has not been answered or ended yet.
    assert await Interaction.all().count() == 0


@pytest.mark.parametrize(
    "tamper",
    [
        "wrong-secret",
        "missing-signature",
        "missing-timestamp",
        "other-body",
        "reserialised-body",
        "no-prefix",
        "timestamp-not-a-number",
    ],
)
async def test_a_bad_or_missing_signature_gets_401_and_does_nothing(api: Api, tamper: str) -> None:
    event = call_event()
    body = json.dumps(event).encode()
    headers = signed_headers(body)
    if tamper == "wrong-secret":
        headers = signed_headers(body, secret="not-the-shared-secret-at-all")
    elif tamper == "missing-signature":
        del headers["x-cti-signature"]
    elif tamper == "missing-timestamp":
        del headers["x-cti-timestamp"]
    elif tamper == "other-body":
        body = json.dumps({**event, "extension": "8009"}).encode()
    elif tamper == "reserialised-body":
        # The signature covers the raw bytes, not the JSON value.
        body = json.dumps(event, indent=2).encode()
    elif tamper == "no-prefix":
        headers["x-cti-signature"] = headers["x-cti-signature"].removeprefix("sha256=")
    elif tamper == "timestamp-not-a-number":
        headers["x-cti-timestamp"] = "yesterday"
    async with get_broker().listen(channel_of("8001")) as queue:
        response = await api.client.post("/cti/calls", content=body, headers=headers)
        assert response.status_code == 401
        assert queue.empty()
    assert response.json()["error"] == "unauthorized"
    await _nothing_written()


@pytest.mark.parametrize(("offset", "accepted"), [(-299, True), (299, True), (-301, False), (301, False)])
async def test_the_timestamp_must_be_within_300_seconds(api: Api, offset: int, accepted: bool) -> None:
    response = await post_event(api.client, call_event(), timestamp=int(time.time()) + offset)
    assert response.status_code == (200 if accepted else 401)
    assert await CallEvent.all().count() == (1 if accepted else 0)


async def test_a_replayed_event_is_acknowledged_once_and_delivered_once(api: Api) -> None:
    event = call_event(extension="8001")
    body = json.dumps(event).encode()
    headers = signed_headers(body)
    async with get_broker().listen(channel_of("8001")) as queue:
        first = await api.client.post("/cti/calls", content=body, headers=headers)
        again = await api.client.post("/cti/calls", content=body, headers=headers)
        assert queue.qsize() == 1
    assert first.json()["status"] == "accepted"
    assert again.status_code == 200
    assert again.json()["status"] == "duplicate"
    assert await CallEvent.filter(call_id=event["callId"]).count() == 1


async def test_the_same_call_id_with_another_event_is_not_a_duplicate(api: Api) -> None:
    ringing = call_event(event="RINGING")
    answered = {**ringing, "event": "ANSWERED"}
    assert (await post_event(api.client, ringing)).json()["status"] == "accepted"
    assert (await post_event(api.client, answered)).json()["status"] == "accepted"
    assert await CallEvent.filter(call_id=ringing["callId"]).count() == 2


@pytest.mark.parametrize("body", [b"{not json", b"", b"[1, 2]", b'"RINGING"', b"\xff\xfe"])
async def test_a_signed_body_that_is_not_a_json_object_gets_400(api: Api, body: bytes) -> None:
    response = await post_event(api.client, body)
    assert response.status_code == 400
    assert response.json()["error"] == "malformed"
    await _nothing_written()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"callId": None}, "callId"),
        ({"callId": ""}, "callId"),
        ({"callId": 12345}, "callId"),
        ({"callId": "x" * 129}, "callId"),
        ({"extension": None}, "extension"),
        ({"extension": "80 01"}, "extension"),
        ({"extension": "8001;DROP"}, "extension"),
        ({"extension": 8001}, "extension"),
        ({"caller": None}, "caller"),
        ({"caller": ["+8613800138000"]}, "caller"),
        ({"caller": "1" * 65}, "caller"),
        ({"event": "HANGUP"}, "event"),
        ({"event": "ringing"}, "event"),
        ({"event": None}, "event"),
        ({"at": None}, "at"),
        ({"at": "yesterday at noon"}, "at"),
        ({"at": 1732420000}, "at"),
    ],
)
async def test_every_field_is_validated(api: Api, change: dict[str, object], field: str) -> None:
    event = {**call_event(), **change}
    event = {k: v for k, v in event.items() if v is not None}
    async with get_broker().listen(channel_of("8001")) as queue:
        response = await post_event(api.client, event)
        assert queue.empty()
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"] == "invalid"
    assert field in [f["field"] for f in body["fields"]]
    await _nothing_written()


async def test_several_bad_fields_are_reported_together(api: Api) -> None:
    response = await post_event(api.client, {"callId": "", "extension": "?", "event": "X"})
    assert response.status_code == 422
    assert {f["field"] for f in response.json()["fields"]} == {"callId", "extension", "caller", "event", "at"}


async def test_a_withheld_number_still_rings(api: Api) -> None:
    async with get_broker().listen(channel_of("8001")) as queue:
        response = await post_event(api.client, call_event(caller="anonymous"))
        assert response.status_code == 200
        assert queue.get_nowait()["caller"] == "anonymous"


async def test_an_extension_nobody_is_bound_to_is_accepted_and_says_so(api: Api) -> None:
    response = await post_event(api.client, call_event(extension="9999"))
    assert response.status_code == 200
    assert response.json()["extensionBound"] is False
    await api.data(BIND, {"e": "9999"}, as_role=Role.AGENT)
    response = await post_event(api.client, call_event(extension="9999"))
    assert response.json()["extensionBound"] is True


async def test_a_naive_time_is_the_hotels_local_time(api: Api) -> None:
    event = call_event(event="ENDED", at="2026-11-24T09:30:00")
    assert (await post_event(api.client, event)).status_code == 200
    interaction = await Interaction.get(call_id=event["callId"])
    assert interaction.occurred_at == datetime(2026, 11, 24, 1, 30, tzinfo=UTC)


async def test_an_oversize_body_is_refused_before_anything_else(api: Api) -> None:
    event = {**call_event(), "padding": "x" * 200_000}
    response = await post_event(api.client, event)
    assert response.status_code == 413
    await _nothing_written()


async def test_without_a_configured_secret_every_event_is_refused(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    event = call_event()
    body = json.dumps(event).encode()
    headers = signed_headers(body)  # signed with the test secret, which production does not have
    monkeypatch.setenv("HOTEL_CRM_ENV", "production")
    monkeypatch.delenv("HOTEL_CRM_CTI_SECRET", raising=False)
    reset_settings_cache()
    response = await api.client.post("/cti/calls", content=body, headers=headers)
    assert response.status_code == 401
    await _nothing_written()


async def test_a_configured_secret_is_the_one_that_counts(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTEL_CRM_CTI_SECRET", "a-secret-shared-with-the-pbx-0001")
    reset_settings_cache()
    assert (await post_event(api.client, call_event(), secret="a-secret-shared-with-the-pbx-0001")).status_code == 200
    assert (await post_event(api.client, call_event(), secret="another-secret-entirely-000001")).status_code == 401


# ---------------------------------------------------------------- ANSWERED and ENDED write the call


async def test_answered_and_ended_record_the_call_with_agent_customer_and_duration(api: Api) -> None:
    customer = await make_customer(name="李娜", phones=["13800138000"])
    agent = await api.user(Role.AGENT)
    await api.data(BIND, {"e": "8001"}, as_role=Role.AGENT)
    start = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    base = call_event(extension="8001", caller="+86 138-0013-8000")
    for event, seconds in (("RINGING", 0), ("ANSWERED", 5), ("ENDED", 187)):
        moment = (start + timedelta(seconds=seconds)).isoformat()
        response = await post_event(api.client, {**base, "event": event, "at": moment})
        assert response.status_code == 200
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.kind is InteractionKind.CALL_IN
    assert interaction.outcome is CallOutcome.ANSWERED
    assert interaction.customer_id == customer.id  # type: ignore[attr-defined]
    assert interaction.agent_id == agent.id  # type: ignore[attr-defined]
    assert interaction.duration_seconds == 182
    assert interaction.phone == "+8613800138000"
    assert interaction.occurred_at == start + timedelta(seconds=5)


async def test_events_out_of_order_give_the_same_record(api: Api) -> None:
    start = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    base = call_event()
    await post_event(api.client, {**base, "event": "ENDED", "at": (start + timedelta(seconds=60)).isoformat()})
    await post_event(api.client, {**base, "event": "ANSWERED", "at": start.isoformat()})
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.outcome is CallOutcome.ANSWERED
    assert interaction.duration_seconds == 60
    assert await Interaction.all().count() == 1


async def test_ended_without_answered_is_a_missed_call(api: Api) -> None:
    base = call_event()
    await post_event(api.client, {**base, "event": "RINGING"})
    await post_event(api.client, {**base, "event": "ENDED"})
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.outcome is CallOutcome.MISSED
    assert interaction.duration_seconds == 0


async def test_a_shared_number_leaves_the_customer_for_the_agent_to_choose(api: Api) -> None:
    await make_customer(name="前台总机 A", phones=["02088886666"])
    await make_customer(name="前台总机 B", phones=["02088886666"])
    base = call_event(caller="020-8888-6666")
    await post_event(api.client, {**base, "event": "ANSWERED"})
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.customer_id is None  # type: ignore[attr-defined]


async def test_concurrent_events_and_retries_make_one_interaction(api: Api) -> None:
    base = call_event()
    events = ["RINGING", "ANSWERED", "ENDED", "ANSWERED", "ENDED", "ENDED"]
    responses = await asyncio.gather(*(post_event(api.client, {**base, "event": e}) for e in events))
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    assert sorted(r.json()["status"] for r in responses) == ["accepted"] * 3 + ["duplicate"] * 3
    assert await Interaction.filter(call_id=base["callId"]).count() == 1
    assert await CallEvent.filter(call_id=base["callId"]).count() == 3
    interaction = await Interaction.get(call_id=base["callId"])
    assert interaction.outcome is CallOutcome.ANSWERED
    assert interaction.answered_at is not None
    assert interaction.ended_at is not None
