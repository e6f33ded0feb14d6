"""Creates that a client may retry carry an idempotency key; a retry gets the first answer."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import orjson
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.auth.actor import Actor
from server.auth.models import IdempotencyRecord
from server.core.errors import DomainError, ErrorCode
from server.core.text import clean_text

T = TypeVar("T")


def fingerprint(payload: Any) -> str:
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


def clean_key(key: str | None) -> str | None:
    return clean_text(key, field="idempotencyKey", max_length=128, label="幂等键")


async def replay(operation: str, key: str | None, actor: Actor, payload_fingerprint: str) -> dict[str, Any] | None:
    """The stored result of an earlier call with this key, or None if this is the first."""
    if key is None:
        return None
    found = await IdempotencyRecord.get_or_none(operation=operation, key=key)
    if found is None:
        return None
    result: dict[str, Any] = found.result
    if found.actor_id != actor.user_id or result.get("_fingerprint") != payload_fingerprint:
        raise DomainError(
            ErrorCode.CONFLICT,
            "该幂等键已用于另一请求；重试时请原样提交，新的请求请使用新的键",
            field="idempotencyKey",
        )
    return result


async def remember(
    operation: str, key: str | None, actor: Actor, payload_fingerprint: str, result: dict[str, Any]
) -> None:
    """Stores the result inside the caller's transaction; a concurrent twin fails on the unique key."""
    if key is None:
        return
    try:
        await IdempotencyRecord.create(
            operation=operation,
            key=key,
            actor_id=actor.user_id,
            result={**result, "_fingerprint": payload_fingerprint},
        )
    except IntegrityError as exc:
        raise ConcurrentRetry from exc


class ConcurrentRetry(Exception):
    """Another request with the same key committed first; the caller re-reads its answer."""


async def once(
    operation: str,
    key: str | None,
    actor: Actor,
    payload_fingerprint: str,
    *,
    write: Callable[[], Awaitable[tuple[T, dict[str, Any]]]],
    replayed: Callable[[dict[str, Any]], Awaitable[T]],
) -> T:
    """A create a client may retry: `write` runs in one transaction and returns its answer and
    the result to remember under the key; a retry with the key, earlier or concurrent, gets
    `replayed(result)` of the first call instead (a different payload is a CONFLICT)."""
    previous = await replay(operation, key, actor, payload_fingerprint)
    if previous is not None:
        return await replayed(previous)
    try:
        async with in_transaction():
            answer, result = await write()
            await remember(operation, key, actor, payload_fingerprint, result)
    except ConcurrentRetry:
        previous = await replay(operation, key, actor, payload_fingerprint)
        assert previous is not None
        return await replayed(previous)
    return answer
