"""Fan-out through Redis: a webhook received by one server process reaches a console on another.

Needs the Redis on 127.0.0.1:6379 (CI starts it). Extensions are random per test so that
parallel test workers sharing the Redis never see each other's calls.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from redis import asyncio as aioredis

from server.auth.models import Role
from server.core.broker import RedisBroker
from tests.conftest import Api
from tests.factories import make_customer
from tests.interactions.support import call_event, gql_socket, post_event

REDIS_URL = os.environ.get("HOTEL_CRM_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CLI = Path(sys.executable).with_name("hotel-crm")
pytestmark = pytest.mark.slow


def _extension() -> str:
    return "9" + str(secrets.randbelow(10**7)).zfill(7)


async def test_two_brokers_share_messages_through_redis() -> None:
    here, there = RedisBroker(REDIS_URL), RedisBroker(REDIS_URL)
    channel = f"hotel-crm:test:{secrets.token_hex(4)}"
    try:
        async with there.listen(channel) as queue:
            await _until_subscribed(channel)
            await here.publish(channel, {"type": "ringing", "n": 1})
            async with asyncio.timeout(5):
                assert await queue.get() == {"type": "ringing", "n": 1}
        assert there.listener_count(channel) == 0
        await _until_subscribed(channel, count=0)
    finally:
        await here.close()
        await there.close()


async def test_the_broker_resubscribes_after_losing_its_redis_connection() -> None:
    broker, publisher = RedisBroker(REDIS_URL), RedisBroker(REDIS_URL)
    channel = f"hotel-crm:test:{secrets.token_hex(4)}"
    admin = aioredis.from_url(REDIS_URL)
    try:
        async with broker.listen(channel) as queue:
            await _until_subscribed(channel)
            # Kill every pub/sub connection listening on our channel, as a Redis restart would.
            for client in await admin.client_list(_type="pubsub"):
                await admin.client_kill_filter(_id=client["id"])
            await _until_subscribed(channel)
            await publisher.publish(channel, {"type": "ringing", "n": 2})
            async with asyncio.timeout(10):
                assert await queue.get() == {"type": "ringing", "n": 2}
    finally:
        await admin.aclose()
        await broker.close()
        await publisher.close()


async def _until_subscribed(channel: str, count: int = 1) -> None:
    admin = aioredis.from_url(REDIS_URL)
    try:
        async with asyncio.timeout(10):
            while True:
                subscribed = dict(await admin.pubsub_numsub(channel)).get(channel.encode(), 0)
                if (count and subscribed >= count) or (not count and subscribed == 0):
                    return
                await asyncio.sleep(0.02)
    finally:
        await admin.aclose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def two_servers(db: str) -> Iterator[tuple[str, str]]:
    env = {**os.environ, "HOTEL_CRM_DATABASE_URL": db, "HOTEL_CRM_REDIS_URL": REDIS_URL}
    ports = [_free_port(), _free_port()]
    processes = [
        subprocess.Popen(
            [str(CLI), "serve", "--host", "127.0.0.1", "--port", str(port), "--quiet"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        for process, port in zip(processes, ports, strict=True):
            _wait_healthy(process, port)
        yield f"127.0.0.1:{ports[0]}", f"127.0.0.1:{ports[1]}"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(10)
            if process.stderr is not None:
                process.stderr.close()


def _wait_healthy(process: subprocess.Popen[bytes], port: int) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("server did not become healthy")


@pytest.fixture
async def clients(two_servers: tuple[str, str]) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    webhook_host, console_host = two_servers
    async with httpx.AsyncClient(base_url=f"http://{webhook_host}") as client:
        yield client, console_host


async def test_a_call_received_by_one_process_pops_on_a_console_connected_to_another(
    api: Api, clients: tuple[httpx.AsyncClient, str]
) -> None:
    webhook, console_host = clients
    customer = await make_customer(name="欧阳娜娜", phones=["13700001234"])
    extension = _extension()
    bound = await api.data(
        "mutation($e: String!) { bindExtension(input: {extension: $e}) { extension } }",
        {"e": extension},
        as_role=Role.AGENT,
    )
    assert bound["bindExtension"]["extension"] == extension
    async with gql_socket(console_host) as ws:
        assert (await ws.init(api.tokens[Role.AGENT]))["type"] == "connection_ack"
        await ws.subscribe(extension)
        await _until_subscribed(f"hotel-crm:calls:{extension}")
        event = call_event(extension=extension, caller="137 0000 1234")
        response = await post_event(webhook, event)
        assert response.status_code == 200, response.text
        message = await ws.receive(within=10)
    call = message["payload"]["data"]["incomingCalls"]
    assert call["callId"] == event["callId"]
    assert call["lookup"]["matches"][0]["id"] == str(customer.id)
