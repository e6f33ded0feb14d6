"""Helpers for the call-centre tests: signed PBX events, a live server, a graphql-transport-ws client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import uvicorn
import websockets
from websockets.asyncio.client import ClientConnection

from server.core.broker import get_broker
from server.interactions import cti
from server.interactions.service import channel_of
from server.settings import get_settings

PROTOCOL = "graphql-transport-ws"
INCOMING = """subscription($ext: String!) {
  incomingCalls(extension: $ext) {
    callId extension phone receivedAt at
    lookup { normalizedPhone matches { id name status } }
  }
}"""


def call_event(
    *,
    extension: str = "8001",
    caller: str = "+86 138 0013 8000",
    event: str = "RINGING",
    call_id: str | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    return {
        "callId": call_id or uuid.uuid4().hex,
        "extension": extension,
        "caller": caller,
        "event": event,
        "at": at or datetime.now(UTC).isoformat(),
    }


def signed_headers(body: bytes, *, secret: str | None = None, timestamp: int | None = None) -> dict[str, str]:
    key = secret or get_settings().cti_secret
    assert key
    return cti.signed_headers(key, body, timestamp=timestamp)


async def post_event(client: httpx.AsyncClient, payload: dict[str, Any] | bytes, **kwargs: Any) -> httpx.Response:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return await client.post("/cti/calls", content=body, headers=signed_headers(body, **kwargs))


@contextlib.asynccontextmanager
async def live_server(app: Any) -> AsyncIterator[str]:
    """The app served by uvicorn on a free port in this event loop (shares the test's database)."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        lifespan="on",
        ws="websockets-sansio",
        ws_max_size=100 * 1024,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


@dataclass
class GqlSocket:
    """A minimal graphql-transport-ws client for tests (the SPA uses the graphql-ws package)."""

    ws: ClientConnection

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def receive(self, within: float = 5.0) -> dict[str, Any]:
        async with asyncio.timeout(within):
            raw = await self.ws.recv()
        assert isinstance(raw, str), "graphql-transport-ws messages are text frames"
        message: dict[str, Any] = json.loads(raw)
        return message

    async def init(self, token: str | None) -> dict[str, Any]:
        await self.send({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"} if token else {}})
        return await self.receive()

    async def subscribe(self, extension: str, op_id: str = "1", query: str = INCOMING) -> None:
        await self.send(
            {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": {"ext": extension}}}
        )

    async def closed_with(self, within: float = 5.0) -> int | None:
        async with asyncio.timeout(within):
            with contextlib.suppress(websockets.ConnectionClosed):
                while True:
                    await self.ws.recv()
            await self.ws.wait_closed()
        return self.ws.close_code


@contextlib.asynccontextmanager
async def gql_socket(host: str, *, origin: str | None = None) -> AsyncIterator[GqlSocket]:
    headers = {"origin": origin} if origin else None
    async with websockets.connect(
        f"ws://{host}/graphql",
        subprotocols=[PROTOCOL],
        additional_headers=headers,
        open_timeout=5,  # type: ignore[list-item]
    ) as ws:
        yield GqlSocket(ws)


async def until_listening(extension: str, count: int = 1, within: float = 5.0) -> None:
    """Waits until this process's broker has `count` listeners on the extension's channel."""
    async with asyncio.timeout(within):
        while get_broker().listener_count(channel_of(extension)) < count:  # noqa: ASYNC110 - state of another task
            await asyncio.sleep(0.005)
