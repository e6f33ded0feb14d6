"""The ASGI application: /graphql, /healthz, the SPA with fallback, limits and the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from graphql import GraphQLError, OperationType, get_operation_ast, parse
from starlette.applications import Starlette
from starlette.requests import HTTPConnection, Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import ErrorMessage, SubscribeMessage
from strawberry.types.unset import UnsetType

from schema import build_schema
from schema.context import Context
from schema.loaders import Loaders
from server.auth.models import Role
from server.auth.service import user_for_token
from server.complaints.service import escalate_overdue
from server.core.broker import close_broker, get_broker
from server.core.errors import DomainError, ValidationErrors
from server.db import close_db, database_status, init_db
from server.interactions import cti
from server.interactions.service import receive_call_event
from server.knowledge import search as knowledge_search
from server.partners.gate import API_KEY_HEADER, PartnerGate
from server.partners.service import RateLimiter, flush_partner_audit, make_rate_limiter
from server.settings import Settings, get_settings

log = logging.getLogger("hotel_crm")

WEB_DIST = Path(__file__).parent / "web_dist"
API_ROOTS = ("graphql", "healthz", "cti")


def is_api_path(path: str) -> bool:
    """/graphql, /healthz, /cti and anything below them; /cti-settings is an SPA route."""
    return path.strip("/").split("/", 1)[0] in API_ROOTS


def _client_address(conn: HTTPConnection) -> str:
    return conn.client.host if conn.client else "unknown"


# Roles that have something to subscribe to; anyone else is refused at connection_init (4403).
SUBSCRIBER_ROLES = frozenset({Role.AGENT, Role.SALES, Role.FRONT_DESK, Role.MANAGER})


class HotelWebSocketAdapter(ASGIWebSocketAdapter):
    """Text frames (clients expect them) and our close codes for refused connection_init."""

    async def send_json(self, message: Any) -> None:
        await self.ws.send_text(orjson.dumps(message).decode())

    async def close(self, code: int, reason: str) -> None:
        # Strawberry closes every refused connection_init with 4403; an unknown or
        # missing token is 4401 (graphql-transport-ws: Unauthorized).
        override = self.ws.scope.get("state", {}).get("ws_close")
        if code == 4403 and override:
            code, reason = override
        await super().close(code, reason)


class SubscriptionsOnly(BaseGraphQLTransportWSHandler[Context, None]):
    """The WebSocket carries subscriptions only: queries and mutations go through POST /graphql,
    where the body limit, the time limit and the audit of refused changes apply."""

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        payload = message.get("payload") or {}
        query = payload.get("query") if isinstance(payload, dict) else None
        operation = None
        if isinstance(query, str) and self.connection_acknowledged:
            try:
                operation = get_operation_ast(parse(query), payload.get("operationName"))
            except GraphQLError:
                operation = None  # Strawberry reports the syntax error itself.
        if operation is not None and operation.operation is not OperationType.SUBSCRIPTION:
            error = GraphQLError("只能通过 WebSocket 订阅；查询和修改请用 POST /graphql (subscriptions only)")
            await self.send_message(ErrorMessage(id=message["id"], type="error", payload=[error.formatted]))
            return
        await super().handle_subscribe(message)


class HotelGraphQL(GraphQL[Context, None]):
    """Strawberry's ASGI view with our typed context, orjson encoding and WebSocket sign-in."""

    websocket_adapter_class = HotelWebSocketAdapter
    graphql_transport_ws_handler_class = SubscriptionsOnly

    async def get_context(self, request: Any, response: Any) -> Context:
        user = None
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            user = await user_for_token(token.strip())
        # Set by PartnerGate after checking X-API-Key (never together with a bearer token).
        partner = request.scope.get("state", {}).get("partner")
        return Context(
            request=request,
            user=user,
            partner=partner,
            client_address=_client_address(request),
            request_id=request.scope.get("state", {}).get("request_id", uuid.uuid4().hex),
            loaders=Loaders(),
            response=response,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """connection_init carries {"authorization": "Bearer <token>"}: 4401 without a valid one."""
        params = context.connection_params or {}
        upgrade = context.request.headers if context.request is not None else {}
        if API_KEY_HEADER.decode() in upgrade or any(str(name).lower() == "x-api-key" for name in params):
            # Partners read memberStatus over POST /graphql; there is nothing for them to subscribe to.
            raise ConnectionRejectionError
        raw = params.get("authorization") or params.get("Authorization") or ""
        scheme, _, token = raw.partition(" ") if isinstance(raw, str) else ("", "", "")
        user = await user_for_token(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        state = context.request.scope.setdefault("state", {}) if context.request is not None else {}
        if user is None:
            state["ws_close"] = (4401, "Unauthorized")
            raise ConnectionRejectionError
        if user.role not in SUBSCRIBER_ROLES:
            raise ConnectionRejectionError
        context.user = user
        context.extra["token"] = token.strip()
        return {"user": user.username}

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)


class RequestGuard:
    """Request id, body-size limit (413), per-operation time limit and Cache-Control: no-store."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.max_body = settings.max_body_bytes
        self.timeout = settings.operation_timeout_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        is_api = is_api_path(path)
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                cacheable = path.startswith("/assets/")
                headers.append(
                    (
                        b"cache-control",
                        b"public, max-age=31536000, immutable" if cacheable else b"no-store",
                    )
                )
                headers.append((b"x-request-id", request_id.encode()))
                headers.append((b"x-content-type-options", b"nosniff"))
                if not is_api:
                    headers.append((b"x-frame-options", b"DENY"))
                    headers.append((b"referrer-policy", b"same-origin"))
                message = {**message, "headers": headers}
            await send(message)

        if not is_api:
            await self.app(scope, receive, send_with_headers)
            return

        body = b""
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._reject(send_with_headers, 413, "请求体过大 (request body too large)")
            return
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                await self._reject(send_with_headers, 413, "请求体过大 (request body too large)")
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        try:
            async with asyncio.timeout(self.timeout):
                await self.app(scope, replay, send_with_headers)
        except TimeoutError:
            log.warning("request %s on %s exceeded %.0f s", request_id, path, self.timeout)
            if not started:
                await self._reject(send_with_headers, 503, "请求处理超时 (operation timed out)", "TIMEOUT")

    @staticmethod
    async def _reject(send: Send, status: int, message: str, code: str = "PAYLOAD_TOO_LARGE") -> None:
        body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": code}}]})
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


async def healthz(request: Request) -> Response:
    db = await database_status()
    broker = await get_broker().status()
    ok = db["status"] == "ok"
    # Without the broker, lookups still work but screen pops may not cross processes: degraded, still up.
    overall = "ok" if ok and broker["status"] == "ok" else "degraded"
    return JSONResponse({"status": overall, "database": db, "broker": broker}, status_code=200 if ok else 503)


async def cti_calls(request: Request) -> Response:
    """POST /cti/calls: a signed call event from the PBX (SPEC §4.2, docs/cti.md)."""
    settings = get_settings()
    body = await request.body()
    try:
        cti.verify(
            settings.cti_secret,
            request.headers.get("x-cti-timestamp"),
            request.headers.get("x-cti-signature"),
            body,
        )
    except cti.SignatureRejected as exc:
        log.warning("CTI event refused from %s: %s", _client_address(request), exc)
        return JSONResponse({"error": "unauthorized", "message": "bad or missing signature"}, status_code=401)
    try:
        event = cti.parse_event(body, timezone=settings.timezone)
    except cti.MalformedEvent as exc:
        return JSONResponse({"error": "malformed", "message": str(exc)}, status_code=400)
    except ValidationErrors as errs:
        return _invalid_event(errs.errors)
    except DomainError as err:
        return _invalid_event([err])
    outcome = await receive_call_event(event)
    return JSONResponse(
        {
            "status": "duplicate" if outcome.duplicate else "accepted",
            "callId": event.call_id,
            "event": event.event.value,
            "extensionBound": outcome.bound_to is not None,
        },
        status_code=200,
    )


def _invalid_event(errors: list[DomainError]) -> Response:
    return JSONResponse(
        {
            "error": "invalid",
            "message": "; ".join(e.message for e in errors),
            "fields": [{"field": (e.field or [""])[0], "code": e.code.value, "message": e.message} for e in errors],
        },
        status_code=422,
    )


async def spa(request: Request) -> Response:
    """Static files of the built SPA; any other non-API path gets index.html (client routes)."""
    if is_api_path(request.url.path):
        return JSONResponse({"error": "not found"}, status_code=404)
    index = WEB_DIST / "index.html"
    if not index.exists():
        return PlainTextResponse("The web app is not built. Run `npm run build` (or `make run`).", status_code=503)
    relative = request.path_params.get("path", "")
    if relative:
        candidate = (WEB_DIST / relative).resolve()
        if candidate.is_file() and candidate.is_relative_to(WEB_DIST.resolve()):
            return FileResponse(candidate)
        if relative.startswith("assets/"):
            # A missing bundle file is a 404, not the app's HTML under a .js name.
            return PlainTextResponse("not found", status_code=404)
    return FileResponse(
        index,
        headers={
            "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'"
        },
    )


async def escalate_complaints_every(interval_seconds: float) -> None:
    """The server's own escalation of overdue complaints (the CLI does the same from cron)."""
    while True:
        try:
            escalated = await escalate_overdue()
            if escalated:
                log.info("escalated %d overdue complaint(s)", len(escalated))
        except Exception:
            log.exception("escalating overdue complaints failed; trying again in %.0f s", interval_seconds)
        await asyncio.sleep(interval_seconds)


def create_app(
    *, manage_database: bool = True, settings: Settings | None = None, rate_limiter: RateLimiter | None = None
) -> ASGIApp:
    """The application. manage_database=False leaves Tortoise to the caller (tests); rate_limiter:
    the partners' limiter (default: shared through Redis when HOTEL_CRM_REDIS_URL is set)."""
    settings = settings or get_settings()
    graphql = HotelGraphQL(
        build_schema(production=settings.is_production),
        graphql_ide=None if settings.is_production else "graphiql",
        allow_queries_via_get=False,
        multipart_uploads_enabled=False,
        allowed_origins=settings.trusted_origins,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        max_subscriptions_per_connection=settings.max_subscriptions_per_connection,
        connection_init_wait_timeout=timedelta(seconds=10),
    )

    rate_limiter = rate_limiter or make_rate_limiter(settings.redis_url)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        if manage_database:
            await init_db()
        # The word dictionary for procedure suggestions loads in the background (about 0.5 s).
        warm_up = asyncio.create_task(asyncio.to_thread(knowledge_search.warm_up), name="suggestions-warm-up")
        escalation: asyncio.Task[None] | None = None
        if settings.complaint_escalation_interval_seconds > 0:
            escalation = asyncio.create_task(
                escalate_complaints_every(settings.complaint_escalation_interval_seconds), name="complaint-escalation"
            )
        try:
            yield
        finally:
            await warm_up
            if escalation is not None:
                escalation.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await escalation
            await close_broker()
            await rate_limiter.close()
            await flush_partner_audit()
            if manage_database:
                await close_db()

    app = Starlette(
        routes=[
            Route("/graphql", PartnerGate(graphql, rate_limiter), methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/cti/calls", cti_calls, methods=["POST"]),
            Route("/", spa, methods=["GET", "HEAD"]),
            Route("/{path:path}", spa, methods=["GET", "HEAD"]),
        ],
        lifespan=lifespan,
    )
    return RequestGuard(app, settings)
