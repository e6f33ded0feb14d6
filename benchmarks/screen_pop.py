"""Screen pop: from the PBX's RINGING webhook to the agent's console, over real HTTP and WebSockets.

    .venv/bin/python benchmarks/screen_pop.py                  # 50 agents, 1,000 events, SQLite
    .venv/bin/python benchmarks/screen_pop.py --skip-redis     # one process only
    .venv/bin/python benchmarks/screen_pop.py --postgres       # a fresh PostgreSQL database instead

Makes a fresh temporary database (`hotel-crm migrate`, `hotel-crm seed-demo`), creates the
agents and their tokens directly through the auth service, and starts real servers
(`hotel-crm serve`) as subprocesses. Each agent binds extension 8001, 8002, … over HTTP,
opens a WebSocket to /graphql (graphql-transport-ws, token in connection_init) and
subscribes to incomingCalls on its extension. A probe call per extension confirms that
every subscription is live (and warms up); then the RINGING events are posted, signed,
round-robin over the extensions, a few in flight, mostly from seeded customers' numbers
and some unknown ones. Latency is t1 - t0: t0 just before the POST, t1 when the `next`
message with that callId arrives on the agent's socket.

(a) one server process: webhook and WebSockets on the same process, in-process broker;
(b) two server processes with HOTEL_CRM_REDIS_URL: webhook posted to A, WebSockets on B.

Every event must reach its agent exactly once; missing, duplicate and misrouted deliveries
are reported. The Redis database used is flushed before and after. Note that Redis pub/sub
channels are not scoped by database number: do not run this next to a live server that
uses the same Redis. Prints figures and PASS/FAIL against the targets; the exit code is 0
unless something broke (this is a measurement, not a test).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import re
import secrets
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOTEL_CRM = str(VENV_BIN / "hotel-crm")

TARGET_ONE_PROCESS_P99_MS = 50.0
TARGET_REDIS_P99_MS = 100.0
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/13"
DEFAULT_POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
AGENT_PASSWORD = "bench-agent-password"  # noqa: S105 - throwaway accounts in a temporary database

BIND_MUTATION = (
    "mutation Bind($input: BindExtensionInput!) { bindExtension(input: $input) { extension errors { code message } } }"
)
SUBSCRIPTION = (
    "subscription ScreenPop($extension: String!) { incomingCalls(extension: $extension) "
    "{ callId phone receivedAt lookup { normalizedPhone matches { id name } } } }"
)


# ---------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def caller_id(e164: str) -> str:
    """A stored number as a PBX shows it: "+86 138 0013 8000" for mainland mobiles."""
    if e164.startswith("+861") and len(e164) == 14:
        n = e164[3:]
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    return e164


@dataclass(frozen=True)
class Agent:
    username: str
    token: str
    extension: str


@dataclass(frozen=True)
class Call:
    call_id: str
    extension: str
    caller: str
    known: bool  # a seeded customer's number: the pop must carry a card


@dataclass(frozen=True)
class Delivery:
    agent: int
    t1: float  # perf_counter
    wall: float  # time.time(), to compare with the server's receivedAt
    received_at: float
    matches: int


@dataclass
class Outcome:
    name: str
    sent: int
    latencies_ms: list[float] = field(default_factory=list)
    http_ms: list[float] = field(default_factory=list)
    to_server_ms: list[float] = field(default_factory=list)  # t0 -> receivedAt (server clock = ours)
    fan_out_ms: list[float] = field(default_factory=list)  # receivedAt -> on the agent's socket
    http_failures: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    misrouted: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    socket_errors: list[str] = field(default_factory=list)
    log_problems: list[str] = field(default_factory=list)
    known_with_card: int = 0
    known: int = 0
    unknown_with_card: int = 0
    unknown: int = 0
    seconds: float = 0.0
    server_cpu_s: dict[str, float] = field(default_factory=dict)

    @property
    def delivered(self) -> int:
        return len(self.latencies_ms)


class Cancelled(Exception):
    """SIGTERM: unwind like Ctrl-C so that servers and temporary files are cleaned up."""


def _on_sigterm(_signum: int, _frame: Any) -> None:
    raise Cancelled("terminated")


# ---------------------------------------------------------------- processes


@dataclass(frozen=True)
class Server:
    name: str
    base: str
    pid: int
    log_path: Path

    def log_problems(self) -> list[str]:
        """Warnings and errors the server logged so far (a Redis reconnect, a traceback)."""
        lines = _tail(self.log_path, 1_000_000).splitlines()
        return [f"{self.name}: {line.strip()[:200]}" for line in lines if PROBLEM.search(line)]


PROBLEM = re.compile(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback")


@contextmanager
def server(
    name: str, command: list[str], env: dict[str, str], workdir: Path, timeout: float = 120.0
) -> Iterator[Server]:
    """`hotel-crm serve` on a free port until the block ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = workdir / f"server-{name}-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*command, "serve", "--host", "127.0.0.1", "--port", str(port), "--quiet"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    raise RuntimeError(f"server {name} exited with {process.returncode}:\n{_tail(log_path)}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"server {name} did not answer /healthz in {timeout:.0f} s:\n{_tail(log_path)}")
                time.sleep(0.2)
            yield Server(name, base, process.pid, log_path)
        except Exception:
            print(f"server {name} log (tail):\n{_tail(log_path)}", file=sys.stderr)
            raise
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _tail(path: Path, size: int = 3000) -> str:
    try:
        return path.read_bytes()[-size:].decode(errors="replace")
    except OSError:
        return ""


def cpu_seconds(pid: int) -> float:
    try:
        times = psutil.Process(pid).cpu_times()
    except psutil.Error:
        return float("nan")
    return float(times.user + times.system)


def flush_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    finally:
        client.close()


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    import asyncpg  # type: ignore[import-untyped]

    name = f"hotel_crm_bench_{os.getpid()}_{secrets.token_hex(3)}"

    async def run(sql: str) -> None:
        conn = await asyncpg.connect(admin_url)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    try:
        base = admin_url.rsplit("/", 1)[0]
        yield f"{base}/{name}"
    finally:
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# ---------------------------------------------------------------- set-up


async def prepare(
    url: str, agents: int, events: int, unknown_share: float, rng: random.Random
) -> tuple[list[Agent], list[tuple[str, bool]]]:
    """Creates the agents and their tokens; picks the callers (seeded numbers and unknown ones)."""
    from tortoise import connections

    from server.auth.actor import Actor
    from server.auth.models import Role
    from server.auth.service import create_user, issue_token
    from server.db import close_db, init_db

    await init_db(url)
    try:
        made: list[Agent] = []
        for i in range(agents):
            user = await create_user(
                actor=Actor.system("benchmark"),
                username=f"bench-agent-{i + 1:03d}",
                password=AGENT_PASSWORD,
                role=Role.AGENT,
                display_name=f"坐席 {i + 1:03d}",
            )
            made.append(Agent(user.username, issue_token(user), str(8001 + i)))
        rows = await connections.get("default").execute_query_dict("SELECT DISTINCT e164 FROM customer_phones")
    finally:
        await close_db()
    seeded = sorted(str(r["e164"]) for r in rows)
    if not seeded:
        raise RuntimeError("the seeded database has no phone numbers")
    taken = set(seeded)
    callers: list[tuple[str, bool]] = []
    for _ in range(events):
        if rng.random() < unknown_share:
            while (number := f"+86170{rng.randrange(10**8):08d}") in taken:
                pass
            callers.append((caller_id(number), False))
        else:
            callers.append((caller_id(rng.choice(seeded)), True))
    return made, callers


# ---------------------------------------------------------------- one scenario


class Console:
    """One agent's WebSocket with its incomingCalls subscription."""

    def __init__(self, index: int, agent: Agent, ws: ClientConnection, sink: Sink) -> None:
        self.index = index
        self.agent = agent
        self.ws = ws
        self.sink = sink
        self.closing = False
        self.reader: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, index: int, agent: Agent, ws_url: str, sink: Sink) -> Console:
        ws = await connect(ws_url, subprotocols=[Subprotocol("graphql-transport-ws")], open_timeout=10)
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {agent.token}"}}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), 10))
        if ack.get("type") != "connection_ack":
            raise RuntimeError(f"{agent.username}: expected connection_ack, got {ack}")
        await ws.send(
            json.dumps(
                {
                    "id": "pop",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIPTION, "variables": {"extension": agent.extension}},
                }
            )
        )
        console = cls(index, agent, ws, sink)
        console.reader = asyncio.create_task(console.read())
        return console

    async def read(self) -> None:
        try:
            async for raw in self.ws:
                t1 = time.perf_counter()
                wall = time.time()
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "next":
                    payload = message.get("payload") or {}
                    if payload.get("errors"):
                        self.sink.socket_errors.append(f"{self.agent.extension}: {payload['errors']}")
                        continue
                    call = payload["data"]["incomingCalls"]
                    received = datetime.fromisoformat(call["receivedAt"]).timestamp()
                    self.sink.deliver(
                        call["callId"], Delivery(self.index, t1, wall, received, len(call["lookup"]["matches"]))
                    )
                elif kind == "ping":
                    await self.ws.send(json.dumps({"type": "pong"}))
                elif kind in ("error", "complete"):
                    self.sink.socket_errors.append(f"{self.agent.extension}: {message}")
        except ConnectionClosed as exc:
            if not self.closing:
                self.sink.socket_errors.append(f"{self.agent.extension}: socket closed ({exc})")

    async def close(self) -> None:
        self.closing = True
        with contextlib.suppress(Exception):
            await self.ws.send(json.dumps({"id": "pop", "type": "complete"}))
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 5)
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.reader


class Sink:
    """Every delivery by callId; wakes whoever waits for a set of calls."""

    def __init__(self) -> None:
        self.deliveries: dict[str, list[Delivery]] = defaultdict(list)
        self.socket_errors: list[str] = []
        self.changed = asyncio.Event()

    def deliver(self, call_id: str, delivery: Delivery) -> None:
        self.deliveries[call_id].append(delivery)
        self.changed.set()

    async def wait_for(self, call_ids: set[str], deadline: float) -> None:
        while any(c not in self.deliveries for c in call_ids):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), remaining)


def signed_request(secret: str, call: Call, event: str = "RINGING") -> tuple[bytes, dict[str, str]]:
    from server.interactions.cti import event_body, signed_headers

    body = event_body(call_id=call.call_id, extension=call.extension, caller=call.caller, event=event)
    return body, signed_headers(secret, body)


async def run_scenario(
    name: str,
    *,
    webhook_base: str,
    console_base: str,
    pids: dict[str, int],
    agents: list[Agent],
    callers: list[tuple[str, bool]],
    secret: str,
    concurrency: int,
    rate: float | None,
    straggler_seconds: float,
) -> Outcome:
    tag = f"{name.split()[0]}-{secrets.token_hex(4)}"
    plan = [
        Call(f"{tag}-{i:06d}", agents[i % len(agents)].extension, caller, known)
        for i, (caller, known) in enumerate(callers)
    ]
    owner = {a.extension: i for i, a in enumerate(agents)}
    outcome = Outcome(name, len(plan))
    sink = Sink()
    consoles: list[Console] = []
    ws_url = console_base.replace("http://", "ws://") + "/graphql"
    limits = httpx.Limits(max_connections=max(concurrency, 8), max_keepalive_connections=max(concurrency, 8))
    async with (
        httpx.AsyncClient(base_url=console_base, timeout=30) as staff,
        httpx.AsyncClient(base_url=webhook_base, timeout=30, limits=limits) as pbx,
    ):
        try:
            for agent in agents:
                response = await staff.post(
                    "/graphql",
                    json={"query": BIND_MUTATION, "variables": {"input": {"extension": agent.extension}}},
                    headers={"authorization": f"Bearer {agent.token}"},
                )
                data = response.json()
                payload = (data.get("data") or {}).get("bindExtension") or {}
                if response.status_code != 200 or payload.get("errors") or payload.get("extension") != agent.extension:
                    raise RuntimeError(f"bindExtension {agent.extension} for {agent.username} failed: {data}")
            consoles = list(await asyncio.gather(*(Console.open(i, a, ws_url, sink) for i, a in enumerate(agents))))

            # Subscriptions start asynchronously (and through Redis, after SUBSCRIBE): probe every
            # extension until its console answers. This is also the warm-up.
            waiting = set(range(len(agents)))
            deadline = time.monotonic() + 30
            for attempt in itertools.count():
                probes = {i: Call(f"{tag}-probe-{i}-{attempt}", agents[i].extension, "", False) for i in waiting}
                for probe in probes.values():
                    body, headers = signed_request(secret, probe)
                    response = await pbx.post("/cti/calls", content=body, headers=headers)
                    if response.status_code != 200:
                        raise RuntimeError(f"probe refused: {response.status_code} {response.text}")
                await sink.wait_for({p.call_id for p in probes.values()}, time.monotonic() + 0.5)
                waiting = {i for i in waiting if not any(k.startswith(f"{tag}-probe-{i}-") for k in sink.deliveries)}
                if not waiting:
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{len(waiting)} consoles never received a probe call: {sink.socket_errors}")
            for key in [k for k in sink.deliveries if "-probe-" in k]:
                del sink.deliveries[key]

            sent_at: dict[str, tuple[float, float]] = {}
            queue = iter(enumerate(plan))
            cpu_before = {label: cpu_seconds(pid) for label, pid in pids.items()}
            started = time.perf_counter()

            async def post_events() -> None:
                for i, call in queue:
                    if rate:  # open loop: event i leaves at i / rate, whatever the answers so far
                        await asyncio.sleep(max(0.0, started + i / rate - time.perf_counter()))
                    body, headers = signed_request(secret, call)
                    t0_wall = time.time()
                    t0 = time.perf_counter()
                    sent_at[call.call_id] = (t0, t0_wall)
                    try:
                        response = await pbx.post("/cti/calls", content=body, headers=headers)
                    except httpx.HTTPError as exc:
                        outcome.http_failures.append(f"{call.call_id}: {exc!r}")
                        continue
                    outcome.http_ms.append((time.perf_counter() - t0) * 1000)
                    answer = response.json() if response.status_code == 200 else {}
                    if answer.get("status") != "accepted" or not answer.get("extensionBound"):
                        outcome.http_failures.append(f"{call.call_id}: {response.status_code} {response.text[:200]}")

            await asyncio.gather(*(post_events() for _ in range(concurrency)))
            await sink.wait_for({c.call_id for c in plan}, time.monotonic() + straggler_seconds)
            outcome.seconds = time.perf_counter() - started
            await asyncio.sleep(0.5)  # late duplicates
            outcome.server_cpu_s = {label: cpu_seconds(pid) - cpu_before[label] for label, pid in pids.items()}
        finally:
            await asyncio.gather(*(c.close() for c in consoles), return_exceptions=True)

    outcome.socket_errors = sink.socket_errors
    planned = {c.call_id: c for c in plan}
    for call_id in sink.deliveries:
        if call_id not in planned:
            outcome.unexpected.append(call_id)
    for call in plan:
        got = sink.deliveries.get(call.call_id, [])
        if not got:
            outcome.missing.append(call.call_id)
            continue
        if len(got) > 1:
            outcome.duplicates.append(call.call_id)
        first = min(got, key=lambda d: d.t1)
        if any(d.agent != owner[call.extension] for d in got):
            outcome.misrouted.append(call.call_id)
        t0, t0_wall = sent_at[call.call_id]
        outcome.latencies_ms.append((first.t1 - t0) * 1000)
        outcome.to_server_ms.append((first.received_at - t0_wall) * 1000)
        outcome.fan_out_ms.append((first.wall - first.received_at) * 1000)
        if call.known:
            outcome.known += 1
            outcome.known_with_card += first.matches > 0
        else:
            outcome.unknown += 1
            outcome.unknown_with_card += first.matches > 0
    return outcome


# ---------------------------------------------------------------- report


def report(
    outcomes: list[tuple[Outcome, float]], events: int, agents: int, concurrency: int, rate: float | None
) -> None:
    print()
    pace = f"paced at {rate:g}/s, at most {concurrency}" if rate else f"as fast as answered, {concurrency}"
    print(f"{agents} agents subscribed, {events:,} RINGING events posted {pace} in flight")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min) — other work skews the tail")
    print()
    header = (
        f"{'scenario':<28} {'delivered':>11}  {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}   "
        f"{'webhook p50':>11} {'p99':>8}   {'events/s':>8}"
    )
    print(header)
    print("-" * len(header))
    for outcome, _target in outcomes:
        lat = outcome.latencies_ms or [float("nan")]
        http = outcome.http_ms or [float("nan")]
        print(
            f"{outcome.name:<28} {outcome.delivered:>5}/{outcome.sent:<5}  "
            f"{statistics.median(lat):6.1f}ms {pct(lat, 95):6.1f}ms {pct(lat, 99):6.1f}ms {max(lat):6.1f}ms   "
            f"{statistics.median(http):9.1f}ms {pct(http, 99):6.1f}ms   {outcome.sent / outcome.seconds:8.0f}"
        )
    print()
    for outcome, _target in outcomes:
        split = ""
        if outcome.to_server_ms:
            split = (
                f"POST->receivedAt p50 {statistics.median(outcome.to_server_ms):.1f} ms "
                f"p99 {pct(outcome.to_server_ms, 99):.1f} ms; receivedAt->socket p50 "
                f"{statistics.median(outcome.fan_out_ms):.1f} ms p99 {pct(outcome.fan_out_ms, 99):.1f} ms"
            )
        cpu = ", ".join(f"{label} {s:.1f} s" for label, s in outcome.server_cpu_s.items())
        print(f"{outcome.name}:")
        print(f"  {split}")
        print(f"  server CPU during the run: {cpu} ({outcome.seconds:.1f} s wall)")
        print(
            f"  cards: {outcome.known_with_card}/{outcome.known} known callers popped a card, "
            f"{outcome.unknown_with_card}/{outcome.unknown} unknown callers did"
        )
        print(
            f"  missing {len(outcome.missing)}, duplicate {len(outcome.duplicates)}, misrouted "
            f"{len(outcome.misrouted)}, unexpected {len(outcome.unexpected)}, webhook failures "
            f"{len(outcome.http_failures)}, socket errors {len(outcome.socket_errors)}, server log warnings "
            f"{len(outcome.log_problems)}"
        )
        for label, items in (
            ("missing", outcome.missing),
            ("duplicate", outcome.duplicates),
            ("misrouted", outcome.misrouted),
            ("unexpected", outcome.unexpected),
            ("webhook", outcome.http_failures),
            ("socket", outcome.socket_errors),
            ("server log", outcome.log_problems),
        ):
            for item in items[:5]:
                print(f"    {label}: {item}")
    print()
    for outcome, target in outcomes:
        p99 = pct(outcome.latencies_ms, 99) if outcome.latencies_ms else float("inf")
        exact = not (outcome.missing or outcome.duplicates or outcome.misrouted or outcome.http_failures)
        ok = p99 <= target
        print(f"{'PASS' if ok else 'FAIL'}  {outcome.name}: webhook-to-screen p99 {p99:.1f} ms <= {target:.0f} ms")
        print(
            f"{'PASS' if exact else 'FAIL'}  {outcome.name}: every event delivered exactly once "
            f"({outcome.delivered}/{outcome.sent})"
        )


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000, help="timed RINGING events per scenario")
    parser.add_argument("--agents", type=int, default=50, help="subscribed agents, extensions 8001, 8002, …")
    parser.add_argument("--concurrency", type=int, default=4, help="webhook requests in flight")
    parser.add_argument(
        "--rate", type=float, help="events per second, open loop (default: each worker posts when answered)"
    )
    parser.add_argument("--customers", type=int, default=2_000, help="seeded customers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unknown-share", type=float, default=0.2, help="share of callers not in the database")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for stragglers")
    parser.add_argument("--skip-redis", action="store_true", help="only the one-process scenario")
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="flushed before and after")
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=DEFAULT_POSTGRES_ADMIN_URL,
        metavar="ADMIN_URL",
        help=f"use a fresh PostgreSQL database made through ADMIN_URL (default {DEFAULT_POSTGRES_ADMIN_URL})",
    )
    parser.add_argument(
        "--server-command",
        default=HOTEL_CRM,
        help="how to start the CLI for `serve --host H --port P --quiet` (e.g. a wrapper that profiles)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (server logs, SQLite)")
    args = parser.parse_args(argv)
    if args.agents < 1 or args.events < 1 or args.concurrency < 1:
        parser.error("--agents, --events and --concurrency must be at least 1")
    signal.signal(signal.SIGTERM, _on_sigterm)

    rng = random.Random(2026)
    workdir = Path(tempfile.mkdtemp(prefix="hotel-crm-screen-pop-"))
    redis_flushed = False
    try:
        with ExitStack() as stack:
            if args.postgres:
                url = stack.enter_context(postgres_database(args.postgres))
            else:
                url = f"sqlite:///{workdir / 'bench.sqlite3'}"
            secret = secrets.token_urlsafe(32)
            env = {k: v for k, v in os.environ.items() if not k.startswith("HOTEL_CRM_")}
            env.update(
                {
                    "HOTEL_CRM_ENV": "development",
                    "HOTEL_CRM_DATABASE_URL": url,
                    "HOTEL_CRM_SECRET_KEY": secrets.token_urlsafe(48),
                    "HOTEL_CRM_CTI_SECRET": secret,
                }
            )
            # This process issues the tokens: same settings as the servers.
            for key in [k for k in os.environ if k.startswith("HOTEL_CRM_")]:
                del os.environ[key]
            os.environ.update(env)

            print(f"database: {url.split('@')[-1]}")
            subprocess.run([HOTEL_CRM, "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
            started = time.perf_counter()
            subprocess.run(
                [HOTEL_CRM, "seed-demo", "--customers", str(args.customers), "--seed", str(args.seed)],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            print(f"seeded {args.customers:,} customers in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            agents, callers = asyncio.run(prepare(url, args.agents, args.events, args.unknown_share, rng))
            print(f"created {len(agents)} agents and tokens in {time.perf_counter() - started:.1f} s")

            common = {
                "agents": agents,
                "callers": callers,
                "secret": secret,
                "concurrency": args.concurrency,
                "rate": args.rate,
                "straggler_seconds": args.timeout,
            }
            outcomes: list[tuple[Outcome, float]] = []
            serve = shlex.split(args.server_command)
            with server("single", serve, env, workdir) as single:
                print(f"(a) one process at {single.base} …", flush=True)
                one = asyncio.run(
                    run_scenario(
                        "one process",
                        webhook_base=single.base,
                        console_base=single.base,
                        pids={"server": single.pid},
                        **common,
                    )
                )
                one.log_problems = single.log_problems()
                outcomes.append((one, TARGET_ONE_PROCESS_P99_MS))

            if not args.skip_redis:
                flush_redis(args.redis_url)
                redis_flushed = True
                redis_env = {**env, "HOTEL_CRM_REDIS_URL": args.redis_url}
                with server("A", serve, redis_env, workdir) as a, server("B", serve, redis_env, workdir) as b:
                    print(f"(b) two processes through {args.redis_url}: webhook → {a.base}, consoles → {b.base} …")
                    two = asyncio.run(
                        run_scenario(
                            "two processes via Redis",
                            webhook_base=a.base,
                            console_base=b.base,
                            pids={"A (webhook)": a.pid, "B (consoles)": b.pid},
                            **common,
                        )
                    )
                    two.log_problems = a.log_problems() + b.log_problems()
                    outcomes.append((two, TARGET_REDIS_P99_MS))
        report(outcomes, args.events, args.agents, args.concurrency, args.rate)
        return 0
    except (KeyboardInterrupt, Cancelled):
        print("\ninterrupted; servers stopped", file=sys.stderr)
        return 130
    finally:
        if redis_flushed:
            with contextlib.suppress(Exception):
                flush_redis(args.redis_url)
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
