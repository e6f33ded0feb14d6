"""Publish/subscribe between server processes: in-process by default, Redis pub/sub when configured.

A webhook received by one process must reach a console connected to another. With
HOTEL_CRM_REDIS_URL set, every process holds one Redis pub/sub connection, subscribes
to a channel while at least one local listener wants it, and fans each message out to
its local listeners; without Redis, publishing goes straight to the local listeners.
Messages are JSON objects. A listener whose queue is full (a stuck client) loses the
oldest message rather than holding up everyone else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

import orjson

log = logging.getLogger("hotel_crm.broker")

QUEUE_SIZE = 64
Message = dict[str, Any]


class Broker(Protocol):
    async def publish(self, channel: str, message: Message) -> None: ...

    def listen(self, channel: str) -> contextlib.AbstractAsyncContextManager[asyncio.Queue[Message]]: ...

    def listener_count(self, channel: str) -> int:
        """Listeners in this process (not across processes)."""
        ...

    async def status(self) -> dict[str, str]:
        """For /healthz: which broker, and whether it answers."""
        ...

    async def close(self) -> None: ...


class LocalBroker:
    """Fan-out to the listeners of this process."""

    def __init__(self) -> None:
        self._listeners: dict[str, set[asyncio.Queue[Message]]] = {}

    def deliver(self, channel: str, message: Message) -> int:
        queues = self._listeners.get(channel, ())
        for queue in queues:
            if queue.full():
                with contextlib.suppress(asyncio.QueueEmpty):
                    queue.get_nowait()
                log.warning("listener on %s is not keeping up; dropped its oldest message", channel)
            queue.put_nowait(message)
        return len(queues)

    async def publish(self, channel: str, message: Message) -> None:
        self.deliver(channel, message)

    def add(self, channel: str) -> tuple[asyncio.Queue[Message], bool]:
        """A new listener's queue, and whether it is the channel's first listener here."""
        queue: asyncio.Queue[Message] = asyncio.Queue(QUEUE_SIZE)
        listeners = self._listeners.setdefault(channel, set())
        listeners.add(queue)
        return queue, len(listeners) == 1

    def remove(self, channel: str, queue: asyncio.Queue[Message]) -> bool:
        """Forgets a listener; True when the channel has none left here."""
        listeners = self._listeners.get(channel)
        if listeners is None:
            return True
        listeners.discard(queue)
        if not listeners:
            del self._listeners[channel]
            return True
        return False

    def channels(self) -> list[str]:
        return list(self._listeners)

    def listener_count(self, channel: str) -> int:
        return len(self._listeners.get(channel, ()))

    @asynccontextmanager
    async def listen(self, channel: str) -> AsyncIterator[asyncio.Queue[Message]]:
        queue, _ = self.add(channel)
        try:
            yield queue
        finally:
            self.remove(channel, queue)

    async def status(self) -> dict[str, str]:
        return {"kind": "in-process", "status": "ok"}

    async def close(self) -> None:
        self._listeners.clear()


class RedisBroker:
    """Redis pub/sub between processes, one connection per process, local fan-out within it."""

    RECONNECT_DELAYS = (0.1, 0.5, 1.0, 2.0, 5.0)

    def __init__(self, url: str) -> None:
        from redis import asyncio as aioredis

        self._redis = aioredis.from_url(url)
        self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        self._local = LocalBroker()
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def publish(self, channel: str, message: Message) -> None:
        await self._redis.publish(channel, orjson.dumps(message))

    def listener_count(self, channel: str) -> int:
        return self._local.listener_count(channel)

    @asynccontextmanager
    async def listen(self, channel: str) -> AsyncIterator[asyncio.Queue[Message]]:
        queue, first = self._local.add(channel)
        try:
            if first:
                async with self._lock:
                    await self._pubsub.subscribe(channel)
                    self._start_reader()
            yield queue
        finally:
            if self._local.remove(channel, queue):
                async with self._lock:
                    with contextlib.suppress(Exception):
                        await self._pubsub.unsubscribe(channel)

    def _start_reader(self) -> None:
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(), name="redis-broker-reader")

    async def _read(self) -> None:
        failures = 0
        while True:
            try:
                message = await self._pubsub.get_message(timeout=1.0)
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection lost: resubscribe with backoff
                delay = self.RECONNECT_DELAYS[min(failures, len(self.RECONNECT_DELAYS) - 1)]
                failures += 1
                log.warning("Redis pub/sub failed (%s); reconnecting in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                await self._resubscribe()
                continue
            if message is None:
                if not self._pubsub.subscribed:
                    await asyncio.sleep(0.05)
                continue
            channel = message["channel"].decode() if isinstance(message["channel"], bytes) else message["channel"]
            try:
                payload = orjson.loads(message["data"])
            except orjson.JSONDecodeError:
                log.warning("ignored a non-JSON message on %s", channel)
                continue
            self._local.deliver(channel, payload)

    async def _resubscribe(self) -> None:
        async with self._lock:
            with contextlib.suppress(Exception):
                await self._pubsub.reset()
            channels = self._local.channels()
            if channels:
                with contextlib.suppress(Exception):
                    await self._pubsub.subscribe(*channels)

    async def status(self) -> dict[str, str]:
        try:
            async with asyncio.timeout(1.0):
                await self._redis.ping()
        except Exception as exc:
            return {"kind": "redis", "status": "unavailable", "error": type(exc).__name__}
        return {"kind": "redis", "status": "ok"}

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        with contextlib.suppress(Exception):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]
        with contextlib.suppress(Exception):
            await self._redis.aclose()
        await self._local.close()


_broker: Broker | None = None


def get_broker() -> Broker:
    """The process's broker, made on first use from HOTEL_CRM_REDIS_URL."""
    global _broker
    if _broker is None:
        from server.settings import get_settings

        url = get_settings().redis_url
        _broker = RedisBroker(url) if url else LocalBroker()
    return _broker


async def close_broker() -> None:
    global _broker
    if _broker is not None:
        broker, _broker = _broker, None
        await broker.close()
