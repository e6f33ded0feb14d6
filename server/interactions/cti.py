"""The telephone system's webhook (SPEC §4.2): signature, timestamp window and the event's fields.

The PBX signs `"<timestamp>.<raw body>"` with HMAC-SHA256 and the shared secret
(HOTEL_CRM_CTI_SECRET) and sends `X-CTI-Timestamp` and `X-CTI-Signature: sha256=<hex>`.
Nothing in the body is looked at before the signature is verified.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import UTC, datetime
from typing import Any

import orjson

from server.core.errors import DomainError, ErrorCode, FieldErrors
from server.interactions.models import CallEventKind
from server.interactions.service import EXTENSION_PATTERN, CallEventData

WINDOW_SECONDS = 300
MAX_CALL_ID = 128
MAX_CALLER = 64


class SignatureRejected(Exception):
    """401: the request is not from our PBX, or too old to trust. The reason goes to the log only."""


def generate_secret() -> str:
    """A new shared secret for the PBX: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def sign(secret: str, timestamp: str | int, body: bytes) -> str:
    """The X-CTI-Signature header value for a body sent at `timestamp` (what the PBX computes)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signed_headers(secret: str, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    """The headers the PBX sends with a body: content type, X-CTI-Timestamp (default now) and its signature."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {"content-type": "application/json", "x-cti-timestamp": stamp, "x-cti-signature": sign(secret, stamp, body)}


def event_body(*, call_id: str, extension: str, caller: str, event: str, at: datetime | None = None) -> bytes:
    """A call event as the PBX posts it (JSON, UTF-8); `at` defaults to now."""
    moment = at or datetime.now(UTC)
    payload = {"callId": call_id, "extension": extension, "caller": caller, "event": event, "at": moment.isoformat()}
    return json.dumps(payload, ensure_ascii=False).encode()


def verify(
    secret: str | None, timestamp: str | None, signature: str | None, body: bytes, *, now: float | None = None
) -> None:
    """Raises SignatureRejected unless the request is signed with the secret within the window."""
    if not secret:
        raise SignatureRejected("HOTEL_CRM_CTI_SECRET is not configured")
    if not timestamp or not signature:
        raise SignatureRejected("missing X-CTI-Timestamp or X-CTI-Signature")
    stamp = timestamp.strip()
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        raise SignatureRejected("X-CTI-Timestamp is not unix seconds")
    current = time.time() if now is None else now
    if abs(current - int(stamp)) > WINDOW_SECONDS:
        raise SignatureRejected("X-CTI-Timestamp is more than 300 s off")
    expected = sign(secret, stamp, body)
    if not hmac.compare_digest(expected.encode(), signature.strip().lower().encode()):
        raise SignatureRejected("signature does not match")


class MalformedEvent(Exception):
    """400: the body is not a JSON object."""


def _text(raw: dict[str, Any], name: str, max_length: int, c: FieldErrors, *, allow_empty: bool = False) -> str:
    value = raw.get(name)
    if value is None:
        c.add(DomainError(ErrorCode.REQUIRED, f"{name} is required", field=name))
        return ""
    if not isinstance(value, str):
        c.add(DomainError(ErrorCode.INVALID, f"{name} must be a string", field=name))
        return ""
    text = value.strip()
    if not text and not allow_empty:
        c.add(DomainError(ErrorCode.REQUIRED, f"{name} must not be empty", field=name))
    elif len(text) > max_length:
        c.add(DomainError(ErrorCode.TOO_LONG, f"{name} is longer than {max_length} characters", field=name))
    elif any(not ch.isprintable() for ch in text):
        c.add(DomainError(ErrorCode.INVALID, f"{name} contains control characters", field=name))
    return text


def _moment(raw: dict[str, Any], c: FieldErrors, timezone: Any) -> datetime | None:
    value = raw.get("at")
    if value is None:
        c.add(DomainError(ErrorCode.REQUIRED, "at is required (ISO 8601)", field="at"))
        return None
    if not isinstance(value, str):
        c.add(DomainError(ErrorCode.INVALID, "at must be an ISO 8601 string", field="at"))
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        c.add(DomainError(ErrorCode.INVALID, f"at is not an ISO 8601 date-time: {value[:40]!r}", field="at"))
        return None
    # A PBX on site without an offset runs on the hotel's clock.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone)


def parse_event(body: bytes, *, timezone: Any) -> CallEventData:
    """The event in a verified body; MalformedEvent for non-JSON, ValidationErrors for bad fields."""
    try:
        raw = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise MalformedEvent(f"body is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise MalformedEvent("body must be a JSON object")
    c = FieldErrors()
    call_id = _text(raw, "callId", MAX_CALL_ID, c)
    extension = _text(raw, "extension", 32, c)
    if extension and not EXTENSION_PATTERN.match(extension):
        c.add(
            DomainError(ErrorCode.INVALID, "extension may hold digits, letters and * # + . _ - only", field="extension")
        )
    # An empty or withheld caller ("anonymous") is a real call: it pops an empty card.
    caller = _text(raw, "caller", MAX_CALLER, c, allow_empty=True)
    event_raw = raw.get("event")
    event: CallEventKind | None = None
    if event_raw is None:
        c.add(DomainError(ErrorCode.REQUIRED, "event is required (RINGING, ANSWERED or ENDED)", field="event"))
    elif not isinstance(event_raw, str) or event_raw not in CallEventKind.__members__:
        c.add(DomainError(ErrorCode.INVALID, "event must be RINGING, ANSWERED or ENDED", field="event"))
    else:
        event = CallEventKind(event_raw)
    at = _moment(raw, c, timezone)
    c.check()
    assert event is not None
    assert at is not None
    return CallEventData(call_id=call_id, extension=extension, caller=caller, event=event, at=at)
