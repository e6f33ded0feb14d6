"""incomingCalls over graphql-transport-ws on a real server: delivery, sign-in, origin, binding, caps."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import httpx
import pytest
import websockets

from server.app import create_app
from server.auth.models import Role, User
from server.customers import service as customers
from server.customers.models import CustomerKind
from server.interactions.models import ExtensionBinding
from server.settings import reset_settings_cache
from tests.conftest import Api
from tests.factories import SYSTEM, make_customer
from tests.interactions.support import (
    INCOMING,
    GqlSocket,
    call_event,
    gql_socket,
    live_server,
    post_event,
    until_listening,
)

BIND = """mutation($e: String!, $t: Boolean) {
  bindExtension(input: {extension: $e, takeOver: $t}) { extension errors { code message } }
}"""


@pytest.fixture
async def host(api: Api) -> AsyncIterator[str]:
    async with live_server(create_app(manage_database=False)) as address:
        yield address


@pytest.fixture
async def webhook(host: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"http://{host}") as client:
        yield client


@contextlib.asynccontextmanager
async def _console(api: Api, host: str, *, query: str = INCOMING) -> AsyncIterator[GqlSocket]:
    """An agent's console bound to 8001 and listening on it."""
    await _bind(api, Role.AGENT, "8001")
    async with gql_socket(host) as ws:
        assert (await ws.init(api.tokens[Role.AGENT]))["type"] == "connection_ack"
        await ws.subscribe("8001", query=query)
        await until_listening("8001")
        yield ws


async def _bind(api: Api, role: Role, extension: str, *, take_over: bool = False) -> dict[str, object]:
    result: dict[str, object] = (await api.data(BIND, {"e": extension, "t": take_over}, as_role=role))["bindExtension"]
    return result


async def test_a_ringing_call_pops_the_callers_card_on_the_bound_console(
    api: Api, host: str, webhook: httpx.AsyncClient
) -> None:
    customer = await make_customer(name="王芳", phones=["13912345678"])
    await _bind(api, Role.AGENT, "8001")
    async with gql_socket(host) as ws:
        ack = await ws.init(api.tokens[Role.AGENT])
        assert ack["type"] == "connection_ack"
        await ws.subscribe("8001")
        await until_listening("8001")
        event = call_event(extension="8001", caller="+86 139 1234 5678")
        assert (await post_event(webhook, event)).status_code == 200
        message = await ws.receive()
    assert message["type"] == "next"
    assert message["id"] == "1"
    call = message["payload"]["data"]["incomingCalls"]
    assert call["callId"] == event["callId"]
    assert call["phone"] == "+86 139 1234 5678"
    assert call["lookup"]["normalizedPhone"] == "+8613912345678"
    assert call["lookup"]["matches"] == [{"id": str(customer.id), "name": "王芳", "status": "ACTIVE"}]


async def test_calls_to_other_extensions_and_replays_do_not_pop(
    api: Api, host: str, webhook: httpx.AsyncClient
) -> None:
    async with _console(api, host) as ws:
        await post_event(webhook, call_event(extension="8002"))
        mine = call_event(extension="8001", caller="unknown")
        await post_event(webhook, mine)
        await post_event(webhook, mine)  # the PBX retried
        marker = call_event(extension="8001")
        await post_event(webhook, marker)
        first = await ws.receive()
        second = await ws.receive()
    assert first["payload"]["data"]["incomingCalls"]["callId"] == mine["callId"]
    assert first["payload"]["data"]["incomingCalls"]["lookup"] == {"normalizedPhone": None, "matches": []}
    assert second["payload"]["data"]["incomingCalls"]["callId"] == marker["callId"]


@pytest.mark.parametrize("token", [None, "not-a-token", "Bearer-less"])
async def test_connection_init_without_a_valid_token_is_closed_4401(api: Api, host: str, token: str | None) -> None:
    async with gql_socket(host) as ws:
        if token == "Bearer-less":
            await api.user(Role.AGENT)
            await ws.send({"type": "connection_init", "payload": {"authorization": api.tokens[Role.AGENT]}})
        else:
            await ws.send({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"} if token else {}})
        assert await ws.closed_with() == 4401


async def test_a_revoked_token_is_refused(api: Api, host: str) -> None:
    user = await api.user(Role.AGENT)
    await User.filter(id=user.id).update(token_generation=user.token_generation + 1)
    async with gql_socket(host) as ws:
        await ws.send({"type": "connection_init", "payload": {"authorization": f"Bearer {api.tokens[Role.AGENT]}"}})
        assert await ws.closed_with() == 4401


async def test_a_role_without_calls_is_closed_4403(api: Api, host: str) -> None:
    await api.user(Role.ADMIN)
    async with gql_socket(host) as ws:
        await ws.send({"type": "connection_init", "payload": {"authorization": f"Bearer {api.tokens[Role.ADMIN]}"}})
        assert await ws.closed_with() == 4403


async def test_subscribing_before_connection_init_is_closed_4401(api: Api, host: str) -> None:
    async with gql_socket(host) as ws:
        await ws.subscribe("8001")
        assert await ws.closed_with() == 4401


async def test_a_cross_origin_handshake_is_refused(api: Api, host: str) -> None:
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with gql_socket(host, origin="https://evil.example"):
            pass
    assert refused.value.response.status_code == 403


async def test_the_same_origin_and_trusted_origins_may_connect(
    api: Api, monkeypatch: pytest.MonkeyPatch, webhook: httpx.AsyncClient, host: str
) -> None:
    await api.user(Role.AGENT)
    async with gql_socket(host, origin=f"http://{host}") as ws:
        assert (await ws.init(api.tokens[Role.AGENT]))["type"] == "connection_ack"
    monkeypatch.setenv("HOTEL_CRM_TRUSTED_ORIGINS", "https://crm.hotel.example")
    reset_settings_cache()
    async with live_server(create_app(manage_database=False)) as other:
        async with gql_socket(other, origin="https://crm.hotel.example") as ws:
            assert (await ws.init(api.tokens[Role.AGENT]))["type"] == "connection_ack"
        with pytest.raises(websockets.InvalidStatus):
            async with gql_socket(other, origin="https://evil.example"):
                pass


async def test_an_agent_may_only_listen_on_their_own_extension(api: Api, host: str) -> None:
    await _bind(api, Role.AGENT, "8001")
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.AGENT])
        await ws.subscribe("8002")
        message = await ws.receive()
    assert message["type"] in ("next", "error")
    errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
    assert errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_an_agent_without_a_bound_extension_cannot_listen(api: Api, host: str) -> None:
    await api.user(Role.AGENT)
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.AGENT])
        await ws.subscribe("8001")
        message = await ws.receive()
    errors = message["payload"]["errors"] if message["type"] == "next" else message["payload"]
    assert errors[0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_manager_may_listen_on_any_extension(api: Api, host: str, webhook: httpx.AsyncClient) -> None:
    await api.user(Role.MANAGER)
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.MANAGER])
        await ws.subscribe("8123")
        await until_listening("8123")
        event = call_event(extension="8123")
        await post_event(webhook, event)
        message = await ws.receive()
    assert message["payload"]["data"]["incomingCalls"]["callId"] == event["callId"]


async def test_taking_over_an_extension_ends_the_previous_agents_feed(
    api: Api, host: str, webhook: httpx.AsyncClient
) -> None:
    async with _console(api, host) as ws:
        refused = await _bind(api, Role.SALES, "8001")
        assert refused["errors"][0]["code"] == "CONFLICT"  # type: ignore[index]
        taken = await _bind(api, Role.SALES, "8001", take_over=True)
        assert taken == {"extension": "8001", "errors": []}
        message = await ws.receive()
        assert message["type"] == "next"
        assert message["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert (await ws.receive())["type"] == "complete"


async def test_a_token_revoked_while_connected_stops_the_feed(api: Api, host: str, webhook: httpx.AsyncClient) -> None:
    user = await api.user(Role.AGENT)
    async with _console(api, host) as ws:
        await User.filter(id=user.id).update(token_generation=user.token_generation + 1)
        await post_event(webhook, call_event(extension="8001"))
        message = await ws.receive()
    assert message["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert message["payload"].get("data") is None


async def test_subscriptions_per_connection_are_capped(api: Api, host: str) -> None:
    await api.user(Role.MANAGER)
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.MANAGER])
        for n in range(5):
            await ws.subscribe(f"81{n:02d}", op_id=str(n))
        await until_listening("8104")
        await ws.subscribe("8199", op_id="6")
        message = await ws.receive()
    assert message == {
        "id": "6",
        "type": "error",
        "payload": [{"message": "Subscription limit reached"}],
    }


async def test_a_card_changed_between_two_calls_pops_fresh(api: Api, host: str, webhook: httpx.AsyncClient) -> None:
    customer = await make_customer(name="林青", phones=["13655556666"])
    query = """subscription($ext: String!) {
      incomingCalls(extension: $ext) { lookup { matches { name preferences { category value } } } }
    }"""
    async with _console(api, host, query=query) as ws:
        await post_event(webhook, call_event(extension="8001", caller="13655556666"))
        first = await ws.receive()
        await customers.add_preference(
            actor=SYSTEM, customer_id=customer.id, category="枕头", value="荞麦枕", note=None
        )
        await post_event(webhook, call_event(extension="8001", caller="13655556666"))
        second = await ws.receive()
    assert first["payload"]["data"]["incomingCalls"]["lookup"]["matches"][0]["preferences"] == []
    assert second["payload"]["data"]["incomingCalls"]["lookup"]["matches"][0]["preferences"] == [
        {"category": "枕头", "value": "荞麦枕"}
    ]


@pytest.mark.parametrize(
    "query",
    [
        'mutation { bindExtension(input: {extension: "8009"}) { extension } }',
        "query { me { username } }",
        "{ me { username } }",
    ],
)
async def test_queries_and_mutations_are_refused_over_the_websocket(api: Api, host: str, query: str) -> None:
    await api.user(Role.AGENT)
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.AGENT])
        await ws.send({"id": "q", "type": "subscribe", "payload": {"query": query}})
        message = await ws.receive()
    assert message["type"] == "error"
    assert "POST /graphql" in message["payload"][0]["message"]
    assert await ExtensionBinding.all().count() == 0


async def test_the_legacy_graphql_ws_protocol_is_not_spoken(api: Api, host: str) -> None:
    async with websockets.connect(f"ws://{host}/graphql", subprotocols=["graphql-ws"]) as ws:  # type: ignore[list-item]
        with pytest.raises(websockets.ConnectionClosed):
            await ws.recv()
        assert ws.close_code == 4406


async def test_an_oversize_websocket_message_closes_the_connection(api: Api, host: str) -> None:
    await api.user(Role.AGENT)
    async with gql_socket(host) as ws:
        await ws.init(api.tokens[Role.AGENT])
        await ws.send({"id": "big", "type": "subscribe", "payload": {"query": "#" + "x" * 200_000}})
        assert await ws.closed_with() == 1009


async def test_a_contacts_number_pops_the_account_and_names_the_contact(
    api: Api, host: str, webhook: httpx.AsyncClient
) -> None:
    """The screen pop answers as callerLookup does: the account and the contact whose number rang."""
    account = await make_customer(kind=CustomerKind.CORPORATE, name="华为技术有限公司", phones=[])
    made = await api.data(
        """mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } errors { code } } }""",
        {"input": {"customerId": str(account.id), "name": "李娜", "phones": [{"number": "13800138111"}]}},
        as_role=Role.SALES,
    )
    contact_id = made["createContact"]["contact"]["id"]
    query = """subscription($ext: String!) { incomingCalls(extension: $ext) {
      lookup { normalizedPhone matches { id name } matchedContacts { id name } } } }"""
    async with _console(api, host, query=query) as ws:
        assert (await post_event(webhook, call_event(extension="8001", caller="13800138111"))).status_code == 200
        message = await ws.receive()
    assert message["payload"]["data"]["incomingCalls"]["lookup"] == {
        "normalizedPhone": "+8613800138111",
        "matches": [{"id": str(account.id), "name": "华为技术有限公司"}],
        "matchedContacts": [{"id": contact_id, "name": "李娜"}],
    }
