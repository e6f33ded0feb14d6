"""The door partners come through: X-API-Key on POST /graphql, checked before any GraphQL runs.

A refused key is HTTP 401, too many requests 429 with Retry-After, both credentials at once 400 —
each a JSON body shaped like a GraphQL error ({"errors": [{"message", "extensions": {"code"}}]}).
A verified key travels to the GraphQL context in scope["state"]["partner"]; the context then has
no user, and the schema lets it read memberStatus only.
"""

from __future__ import annotations

import logging

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from server.partners import service
from server.partners.service import KeyRefusal, KeyRefused, RateLimiter

log = logging.getLogger("hotel_crm.partners")

API_KEY_HEADER = b"x-api-key"

_MESSAGES = {
    KeyRefusal.INVALID: "API 密钥无效 (invalid API key)",
    KeyRefusal.REVOKED: "API 密钥已吊销 (API key revoked)",
    KeyRefusal.EXPIRED: "API 密钥已过期 (API key expired)",
    KeyRefusal.SCOPE: "API 密钥无权读取会员状态 (API key lacks the membership:read scope)",
}


async def _answer(
    send: Send, status: int, code: str, message: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": code}}]})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class PartnerGate:
    """Wraps the GraphQL endpoint: requests without X-API-Key pass untouched."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        raw_key = headers.get(API_KEY_HEADER)
        if raw_key is None:
            await self.app(scope, receive, send)
            return
        if headers.get(b"authorization"):
            await _answer(
                send,
                400,
                "AMBIGUOUS_CREDENTIALS",
                "请只发送 Authorization 或 X-API-Key 之一 (send either Authorization or X-API-Key, not both)",
            )
            return
        if scope["method"] != "POST":
            await _answer(
                send, 405, "METHOD_NOT_ALLOWED", "合作方请用 POST /graphql (partners use POST)", [(b"allow", b"POST")]
            )
            return
        state = scope.setdefault("state", {})
        client = scope.get("client")
        client_address = client[0] if client else "unknown"
        try:
            principal = await service.authenticate(
                raw_key.decode("latin-1"), client_address=client_address, request_id=state.get("request_id")
            )
        except KeyRefused as refused:
            log.info("partner key refused from %s: %s", client_address, refused.reason.value)
            await _answer(send, 401, refused.reason.value, _MESSAGES[refused.reason])
            return
        wait = await self.limiter.hit(principal.prefix, principal.rate_limit_per_minute)
        if wait is not None:
            seconds = service.retry_after_seconds(wait)
            await _answer(
                send,
                429,
                "RATE_LIMITED",
                f"请求过于频繁，请 {seconds} 秒后再试 (rate limit: {principal.rate_limit_per_minute}/min)",
                [(b"retry-after", str(seconds).encode())],
            )
            return
        state["partner"] = principal
        await self.app(scope, receive, send)
