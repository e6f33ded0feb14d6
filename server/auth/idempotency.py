"""Creates that a client may retry carry an idempotency key; a retry gets the first answer."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from tortoise.exceptions import IntegrityError

from server.auth.actor import Actor
from server.auth.models import IdempotencyRecord
from server.core.errors import DomainError, ErrorCode
from server.core.text import clean_text


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
