"""Partner API keys: issue, verify, revoke, expire, rate limit; the partners' member-status lookup.

A key reads ``hcp_<prefix>_<secret>``: the prefix (10 hex digits) tells admins and the audit log
which key it is, the secret carries 256 bits from ``secrets``. Only an HMAC-SHA256 of the whole key,
keyed with a key derived from HOTEL_CRM_SECRET_KEY, is stored. A key with that much entropy
cannot be guessed, so a slow password hash (Argon2) would only cost time on every request; the
HMAC also means a copy of the database alone cannot even confirm a leaked key. A request's key is
found by its prefix and then compared in constant time; an unknown prefix costs the same HMAC.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import math
import re
import secrets
import time
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, Protocol

import orjson
from tortoise.transactions import in_transaction

from server.auth import audit
from server.auth.actor import Actor
from server.core.cardnumbers import normalize_card_number
from server.core.crypto import api_key_hash
from server.core.errors import DomainError, ErrorCode
from server.core.sql import db, fetch, placeholders, row_date, row_moment
from server.core.text import require_text
from server.core.time import as_utc, utcnow
from server.partners.models import PartnerKey
from server.settings import get_settings

log = logging.getLogger("hotel_crm.partners")

SCOPE_MEMBERSHIP_READ = "membership:read"
KNOWN_SCOPES = (SCOPE_MEMBERSHIP_READ,)
KEY_TAG = "hcp"
PARTNER_MAX = 128
RATE_LIMIT_MAX = 1_000_000
RATE_WINDOW_SECONDS = 60
# last_used_at is written at most this often per key, so a busy partner does not write on every request.
LAST_USED_EVERY = timedelta(seconds=60)
_KEY_FORMAT = re.compile(r"^hcp_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$")
_DUMMY_HASH = "0" * 64


class PartnerKeyStatus(Enum):
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    REVOKED = "REVOKED"


def key_status(key: PartnerKey, now: datetime | None = None) -> PartnerKeyStatus:
    if key.revoked_at is not None:
        return PartnerKeyStatus.REVOKED
    if key.expires_at is not None and as_utc(key.expires_at) <= (now or utcnow()):
        return PartnerKeyStatus.EXPIRED
    return PartnerKeyStatus.ACTIVE


def default_rate_limit() -> int:
    return get_settings().partner_rate_limit_per_minute


def display_prefix(prefix: str) -> str:
    return prefix if prefix.startswith(f"{KEY_TAG}_") else f"{KEY_TAG}_{prefix}"


def _new_key() -> tuple[str, str]:
    """(prefix, whole key); the secret is 32 bytes (256 bits) from the OS's CSPRNG."""
    prefix = f"{KEY_TAG}_{secrets.token_hex(5)}"
    return prefix, f"{prefix}_{secrets.token_urlsafe(32)}"


# ---------------------------------------------------------------------------------------------
# Managing keys (ADMIN, or the command line)


@dataclass(frozen=True)
class IssuedKey:
    record: PartnerKey
    # The whole key: shown once, never stored.
    key: str


def _check_scopes(scopes: list[str] | None) -> list[str]:
    chosen = list(dict.fromkeys(s.strip() for s in (scopes or [SCOPE_MEMBERSHIP_READ]) if s.strip()))
    if not chosen:
        raise DomainError(ErrorCode.REQUIRED, "至少需要一个权限范围 (at least one scope)", field="scopes")
    unknown = [s for s in chosen if s not in KNOWN_SCOPES]
    if unknown:
        raise DomainError(
            ErrorCode.INVALID,
            f"未知的权限范围 {', '.join(unknown)}；可用：{', '.join(KNOWN_SCOPES)} (unknown scope)",
            field="scopes",
        )
    return chosen


def _check_rate_limit(limit: int | None) -> int | None:
    if limit is not None and not 1 <= limit <= RATE_LIMIT_MAX:
        raise DomainError(
            ErrorCode.INVALID, f"每分钟请求上限须在 1 到 {RATE_LIMIT_MAX} 之间 (rate limit)", field="rateLimitPerMinute"
        )
    return limit


def _check_expiry(expires_at: datetime | None) -> datetime | None:
    if expires_at is None:
        return None
    moment = as_utc(expires_at)
    if moment <= utcnow():
        raise DomainError(ErrorCode.INVALID, "到期时间须在将来 (expiry must be in the future)", field="expiresAt")
    return moment


async def create_partner_key(
    *,
    actor: Actor,
    partner: str,
    scopes: list[str] | None = None,
    expires_at: datetime | None = None,
    rate_limit_per_minute: int | None = None,
) -> IssuedKey:
    name = require_text(partner, field="partner", max_length=PARTNER_MAX, label="合作方名称")
    chosen = _check_scopes(scopes)
    limit = _check_rate_limit(rate_limit_per_minute)
    expiry = _check_expiry(expires_at)
    async with in_transaction():
        while True:
            prefix, whole = _new_key()
            if not await PartnerKey.filter(prefix=prefix).exists():  # 40 bits: a clash is rare, but possible
                break
        record = await PartnerKey.create(
            partner=name,
            prefix=prefix,
            key_hash=api_key_hash(whole),
            scopes=chosen,
            rate_limit_per_minute=limit,
            created_by_id=actor.user_id,
            created_at=utcnow(),
            expires_at=expiry,
        )
        await audit.record(
            actor,
            "partner_key.create",
            target_type="PartnerKey",
            target_id=prefix,
            details={"partner": name, "scopes": chosen, "expiresAt": expiry.isoformat() if expiry else None},
        )
    return IssuedKey(record=record, key=whole)


async def list_partner_keys(*, offset: int = 0, limit: int = 100) -> tuple[list[PartnerKey], int]:
    """Newest first. The models carry key_hash; the API's PartnerKey type and the CLI never show it."""
    total = await PartnerKey.all().count()
    keys = await PartnerKey.all().order_by("-created_at", "-id").offset(offset).limit(limit)
    return list(keys), total


async def _key_for_update(key_id: int) -> PartnerKey:
    key = await PartnerKey.filter(id=key_id).select_for_update().first()
    if key is None:
        raise DomainError(ErrorCode.NOT_FOUND, "没有这个合作方密钥 (no such partner key)", field="id")
    return key


async def find_key_id(prefix: str) -> int | None:
    key = await PartnerKey.filter(prefix=display_prefix(prefix.strip().lower())).only("id").first()
    return key.id if key else None


async def revoke_partner_key(*, actor: Actor, key_id: int) -> PartnerKey:
    async with in_transaction():
        key = await _key_for_update(key_id)
        if key.revoked_at is not None:
            raise DomainError(ErrorCode.INVALID_STATE, "该密钥已吊销 (already revoked)", field="id")
        key.revoked_at = utcnow()
        await key.save(update_fields=["revoked_at"])
        await audit.record(actor, "partner_key.revoke", target_type="PartnerKey", target_id=key.prefix)
    return key


async def set_partner_key_expiry(*, actor: Actor, key_id: int, expires_at: datetime | None) -> PartnerKey:
    """A new expiry (in the future), or None: never expires."""
    expiry = _check_expiry(expires_at)
    async with in_transaction():
        key = await _key_for_update(key_id)
        if key.revoked_at is not None:
            raise DomainError(ErrorCode.INVALID_STATE, "已吊销的密钥不能再改到期时间 (revoked)", field="id")
        previous = key.expires_at
        key.expires_at = expiry
        await key.save(update_fields=["expires_at"])
        await audit.record(
            actor,
            "partner_key.set_expiry",
            target_type="PartnerKey",
            target_id=key.prefix,
            details={
                "from": as_utc(previous).isoformat() if previous else None,
                "to": expiry.isoformat() if expiry else None,
            },
        )
    return key


# ---------------------------------------------------------------------------------------------
# Authenticating a request (the hot path: one indexed statement, no ORM objects)


class KeyRefusal(Enum):
    """Why a key was refused (HTTP 401). INVALID covers malformed, unknown and wrong keys alike,
    so a caller cannot learn whether a prefix exists; the others need the whole, correct key."""

    INVALID = "API_KEY_INVALID"
    REVOKED = "API_KEY_REVOKED"
    EXPIRED = "API_KEY_EXPIRED"
    SCOPE = "API_KEY_SCOPE"


class KeyRefused(Exception):
    def __init__(self, reason: KeyRefusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class PartnerPrincipal:
    """The partner behind a verified key: who, which key, what it may do, how often."""

    key_id: int
    partner: str
    prefix: str
    scopes: tuple[str, ...]
    rate_limit_per_minute: int

    @property
    def label(self) -> str:
        return f"partner:{self.partner} ({self.prefix})"[:128]

    def actor(self, *, client_address: str | None, request_id: str | None) -> Actor:
        return Actor(user_id=None, username=self.label, role=None, client_address=client_address, request_id=request_id)


def _moment(value: Any) -> datetime | None:
    return None if value is None else row_moment(value)


# key prefix -> when this process last wrote last_used_at (monotonic seconds)
_last_touched: dict[str, float] = {}


async def authenticate(raw_key: str, *, client_address: str | None, request_id: str | None) -> PartnerPrincipal:
    """The principal of a valid key with the membership:read scope; KeyRefused otherwise."""
    match = _KEY_FORMAT.fullmatch(raw_key.strip())
    prefix = f"{KEY_TAG}_{match.group(1)}" if match else None
    rows = (
        await fetch(
            "SELECT id, partner, prefix, key_hash, scopes, rate_limit_per_minute, expires_at, revoked_at, "
            "last_used_at FROM partner_keys WHERE prefix = ?",
            [prefix],
        )
        if prefix
        else []
    )
    row = rows[0] if rows else None
    # The same HMAC and comparison whether or not the prefix exists.
    given = api_key_hash(raw_key.strip())
    matches = hmac.compare_digest(given, str(row["key_hash"]) if row else _DUMMY_HASH)
    if row is None or not matches:
        raise KeyRefused(KeyRefusal.INVALID)
    scopes_raw = row["scopes"]
    scopes = tuple(orjson.loads(scopes_raw) if isinstance(scopes_raw, str | bytes) else scopes_raw or ())
    principal = PartnerPrincipal(
        key_id=int(row["id"]),
        partner=str(row["partner"]),
        prefix=str(row["prefix"]),
        scopes=scopes,
        rate_limit_per_minute=int(row["rate_limit_per_minute"] or default_rate_limit()),
    )
    now = utcnow()
    refusal = None
    if row["revoked_at"] is not None:
        refusal = KeyRefusal.REVOKED
    elif (expires := _moment(row["expires_at"])) is not None and expires <= now:
        refusal = KeyRefusal.EXPIRED
    elif SCOPE_MEMBERSHIP_READ not in scopes:
        refusal = KeyRefusal.SCOPE
    if refusal is not None:
        # The caller holds the whole key, so this is worth an audit row (who keeps using an old key).
        await audit.record(
            principal.actor(client_address=client_address, request_id=request_id),
            "partner.authenticate",
            target_type="PartnerKey",
            target_id=principal.prefix,
            outcome=refusal.name,
        )
        raise KeyRefused(refusal)
    await _note_use(principal, _moment(row["last_used_at"]), now)
    return principal


async def _note_use(principal: PartnerPrincipal, last_used: datetime | None, now: datetime) -> None:
    """last_used_at, written at most once a minute per key (and per process, conditionally)."""
    if last_used is not None and now - last_used < LAST_USED_EVERY:
        return
    tick = time.monotonic()
    if tick - _last_touched.get(principal.prefix, -math.inf) < LAST_USED_EVERY.total_seconds():
        return
    _last_touched[principal.prefix] = tick
    stale_before = now - LAST_USED_EVERY
    await db().execute_query(
        placeholders(
            "UPDATE partner_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)"
        ),
        [now, principal.key_id, stale_before],
    )


# ---------------------------------------------------------------------------------------------
# Rate limit per key: a sliding window of 60 s, in-process or shared through Redis


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: int) -> float | None:
        """Counts one request; None when allowed, else seconds until one would be."""
        ...

    async def close(self) -> None: ...


class LocalRateLimiter:
    """Exact sliding window (the times of the last `limit` requests) for one server process."""

    def __init__(self, window_seconds: float = RATE_WINDOW_SECONDS) -> None:
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = {}

    async def hit(self, key: str, limit: int) -> float | None:
        now = time.monotonic()
        hits = self._hits.setdefault(key, deque())
        horizon = now - self.window
        while hits and hits[0] <= horizon:
            hits.popleft()
        if len(hits) < limit:
            hits.append(now)
            return None
        return max(hits[0] + self.window - now, 0.001)

    async def close(self) -> None:
        self._hits.clear()


# One atomic step on Redis's clock: drop hits older than the window, count, add this one if
# there is room. Several processes (or machines) thus enforce one limit per key.
_SLIDING_WINDOW_LUA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return -1
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
"""


class RedisRateLimiter:
    """The same sliding window in a Redis sorted set per key (a Lua script, atomic).

    When Redis does not answer, the process falls back to its own window (logged) rather than
    turning partners away."""

    def __init__(self, url: str, window_seconds: float = RATE_WINDOW_SECONDS, namespace: str = "hotel-crm") -> None:
        from redis import asyncio as aioredis

        self._redis = aioredis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self._script = self._redis.register_script(_SLIDING_WINDOW_LUA)
        self._window_ms = int(window_seconds * 1000)
        self._namespace = namespace
        self._fallback = LocalRateLimiter(window_seconds)

    async def hit(self, key: str, limit: int) -> float | None:
        try:
            wait_ms = await self._script(
                keys=[f"{self._namespace}:partner-rate:{key}"], args=[limit, self._window_ms, uuid.uuid4().hex]
            )
        except Exception as exc:
            log.warning("rate limit through Redis failed (%s); this process limits on its own", type(exc).__name__)
            return await self._fallback.hit(key, limit)
        wait = int(wait_ms)
        return None if wait < 0 else max(wait / 1000, 0.001)

    async def close(self) -> None:
        await self._redis.aclose()


def make_rate_limiter(redis_url: str | None) -> RateLimiter:
    return RedisRateLimiter(redis_url) if redis_url else LocalRateLimiter()


def retry_after_seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


# ---------------------------------------------------------------------------------------------
# What a partner may read: a card's tier, status and validity


@dataclass(frozen=True)
class MemberStatusView:
    card_number: str
    tier: str
    status: str
    valid_until: date


def mask_card_number(text: str) -> str:
    """The last four digits, for the audit log: enough to follow up a query, not to use the card."""
    digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
    return "…" + digits[-4:] if digits else "…"


async def member_status(card_number: str) -> MemberStatusView | None:
    """A shared card's status; None for a malformed number, a bad check digit, an unknown card
    or a member who opted out of sharing — one indexed statement in every case."""
    number = normalize_card_number(card_number) or ""
    rows = await fetch(
        "SELECT card_number, tier, status, valid_until, share_with_partners FROM membership_cards "
        "WHERE card_number = ?",
        [number],
    )
    if not rows or not rows[0]["share_with_partners"]:
        return None
    row = rows[0]
    return MemberStatusView(
        card_number=str(row["card_number"]),
        tier=str(row["tier"]),
        status=str(row["status"]),
        valid_until=row_date(row["valid_until"]),
    )


class GroupCommitAudit:
    """Audit rows of partner queries, committed in groups; every answer waits for its own row.

    Written one by one, each row is a commit (synchronous=FULL) that holds the database for about
    0.7 ms, and the partner's p99 went from 10 to 45 ms with 4 clients (benchmarks/partner_api.py).
    Here a request queues its row and waits: a writer commits whatever has queued in one
    transaction, at once, and the rows that queue meanwhile go in the next commit. No answer leaves
    before its audit row is durable, and a row that cannot be written fails its request (no
    unaudited answers); under load many rows share one commit."""

    MAX_BATCH = 1000

    def __init__(self) -> None:
        self._pending: list[tuple[list[Any], asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def record(self, actor: Actor, action: str, *, target_type: str, target_id: str, outcome: str) -> None:
        row = [
            utcnow(),
            None,
            actor.label[:128],
            action,
            target_type,
            target_id,
            None,
            outcome,
            actor.client_address,
            actor.request_id,
            None,
        ]
        loop = asyncio.get_running_loop()
        written: asyncio.Future[None] = loop.create_future()
        self._pending.append((row, written))
        if self._writer is None or self._writer.done() or self._writer.get_loop() is not loop:
            self._writer = loop.create_task(self._write_all(), name="partner-audit-writer")
        await written

    async def _write_all(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[: self.MAX_BATCH], self._pending[self.MAX_BATCH :]
            try:
                # The client's execute_many is one transaction of its own (BEGIN, rows, COMMIT).
                await db().execute_many(placeholders(_AUDIT_INSERT), [row for row, _ in batch])
            except Exception as exc:
                log.exception("could not write %d partner audit row(s)", len(batch))
                for _, written in batch:
                    if not written.done():
                        written.set_exception(exc)
            else:
                for _, written in batch:
                    if not written.done():
                        written.set_result(None)

    async def flush(self) -> None:
        """Waits until every queued row is written (server shutdown, tests)."""
        writer = self._writer
        if writer is not None and not writer.done() and writer.get_loop() is asyncio.get_running_loop():
            await writer
        self._writer = None


_AUDIT_INSERT = (
    "INSERT INTO audit_log (at, actor_id, actor_label, action, target_type, target_id, reason, outcome, "
    "client_address, request_id, details) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
_partner_audit = GroupCommitAudit()


async def flush_partner_audit() -> None:
    await _partner_audit.flush()


async def partner_member_status(*, actor: Actor, card_number: str) -> MemberStatusView | None:
    """member_status for a partner, with its audit row (partner and key, last four digits, found or not)."""
    found = await member_status(card_number)
    await _partner_audit.record(
        actor,
        "partner.member_status",
        target_type="MembershipCard",
        target_id=mask_card_number(card_number),
        outcome="FOUND" if found else "NOT_FOUND",
    )
    return found


async def record_refused_operation(*, actor: Actor, fields: list[str]) -> None:
    """A partner asked for something other than memberStatus: who, which root fields (names only)."""
    await audit.record(
        actor,
        "partner.forbidden",
        outcome="FORBIDDEN",
        details={"fields": [f[:64] for f in fields[:20]]},
    )
