"""Crash test: SIGKILL the server while guests are being registered (SPEC §5 Durability).

A real `hotel-crm serve` on a SQLite file takes concurrent registerGuest mutations;
after enough have been acknowledged it is killed with SIGKILL mid-stream. Then:
every acknowledged registration is in the file, nothing is half-written, the file
passes `PRAGMA integrity_check`, and retries with the same idempotency keys return
the first answers without writing twice.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import httpx
import pytest

from server.core.time import hotel_today
from tests.factories import resident_id

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

HOTEL_CRM = Path(sys.executable).with_name("hotel-crm")
PASSWORD = "crash-test-password-2026"
USERNAME = "frontdesk-crash"
GUESTS = 400  # more than can be registered before the kill
WORKERS = 8  # concurrent clients
KILL_AFTER = 60  # acknowledged registrations before SIGKILL
STARTUP_TIMEOUT = 30.0

REGISTER = """mutation($input: RegisterGuestInput!) {
  registerGuest(input: $input) { created customer { id name } stay { id } errors { field code message } }
}"""
LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) { token errors { code message } }
}"""


@dataclass
class Guest:
    index: int
    name: str
    phone: str
    id_number: str
    rate: int
    key: str

    def registration(self) -> dict[str, Any]:
        today = hotel_today()
        return {
            "guest": {
                "name": self.name,
                "phone": self.phone,
                "idDocumentType": "RESIDENT_ID",
                "idNumber": self.id_number,
            },
            "stay": {
                "arrival": today.isoformat(),
                "departure": (today + timedelta(days=1 + self.index % 3)).isoformat(),
                "roomType": "大床房",
                "nightlyRate": self.rate,
            },
            "idempotencyKey": self.key,
        }


@dataclass
class Ack:
    guest: Guest
    customer_id: int
    stay_id: int


@dataclass
class Run:
    acked: list[Ack] = field(default_factory=list)
    sent: list[Guest] = field(default_factory=list)
    killed: asyncio.Event = field(default_factory=asyncio.Event)


def make_guests() -> list[Guest]:
    guests = []
    for i in range(GUESTS):
        birthday = date(1960, 1, 1) + timedelta(days=37 * i)
        guests.append(
            Guest(
                index=i,
                name=f"住客{i:03d}",
                phone=f"139{i:08d}",
                id_number=resident_id(birthday, male=i % 2 == 0),
                rate=30000 + i,
                key=f"crash-{i:03d}",
            )
        )
    assert len({g.id_number for g in guests}) == GUESTS
    return guests


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    env: dict[str, str]
    log_path: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    log: BinaryIO | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [str(HOTEL_CRM), *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self) -> None:
        assert self.process is None
        self.port = free_port()
        self.log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [str(HOTEL_CRM), "serve", "--port", str(self.port), "--quiet"],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no checkpoint, no flush."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.reap()

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.reap()

    def reap(self) -> None:
        assert self.process is not None
        self.process.wait(timeout=10)
        self.process = None
        if self.log is not None:
            self.log.close()
            self.log = None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    db_file = tmp_path / "crash.sqlite3"
    env = {
        **os.environ,
        "HOTEL_CRM_ENV": "production",
        "HOTEL_CRM_DATABASE_URL": f"sqlite:///{db_file}",
        "HOTEL_CRM_SECRET_KEY": "crash-test-secret-key-0123456789-abcdefghij",
        "HOTEL_CRM_TIMEZONE": "Asia/Shanghai",
    }
    srv = Server(env=env, log_path=tmp_path / "server.log")
    srv.cli("migrate")
    user_id = srv.cli("create-user", "--username", USERNAME, "--role", "FRONT_DESK", stdin=PASSWORD + "\n")
    assert user_id.strip().isdigit()
    try:
        yield srv
    finally:
        srv.stop()


async def wait_until_ready(client: httpx.AsyncClient, srv: Server) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert srv.process is not None
        assert srv.process.poll() is None, f"server exited:\n{srv.log_text()}"
        try:
            response = await client.get(f"{srv.url}/healthz")
            if response.status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"server did not start:\n{srv.log_text()}")


async def login(client: httpx.AsyncClient, srv: Server) -> str:
    response = await client.post(
        f"{srv.url}/graphql", json={"query": LOGIN, "variables": {"u": USERNAME, "p": PASSWORD}}
    )
    payload = response.json()["data"]["login"]
    assert payload["errors"] == []
    token: str = payload["token"]
    return token


async def register(client: httpx.AsyncClient, srv: Server, token: str, guest: Guest) -> dict[str, Any]:
    response = await client.post(
        f"{srv.url}/graphql",
        json={"query": REGISTER, "variables": {"input": guest.registration()}},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["registerGuest"]
    return payload


async def fire(srv: Server, token: str, guests: list[Guest]) -> Run:
    """WORKERS clients register guests until the server dies; SIGKILL after KILL_AFTER acks."""
    run = Run()
    queue: asyncio.Queue[Guest] = asyncio.Queue()
    for guest in guests:
        queue.put_nowait(guest)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and not run.killed.is_set():
            guest = queue.get_nowait()
            run.sent.append(guest)
            try:
                payload = await register(client, srv, token, guest)
            except httpx.TransportError:
                return  # the server is gone: this one may or may not have been written
            assert payload["errors"] == [], payload
            assert payload["created"] is True
            assert payload["customer"]["name"] == guest.name
            run.acked.append(Ack(guest, int(payload["customer"]["id"]), int(payload["stay"]["id"])))
            if len(run.acked) == KILL_AFTER:
                # Mid-stream: the other clients have requests in flight right now.
                run.killed.set()
                srv.kill()

    limits = httpx.Limits(max_connections=WORKERS)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(WORKERS)))
    assert run.killed.is_set(), "the server was not killed: too few registrations succeeded"
    return run


def rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[tuple[Any, ...]]:
    return conn.execute(sql, params).fetchall()


def check_database(db_file: Path, run: Run) -> dict[str, int]:
    """Reads the file left by the killed server directly; returns the row counts."""
    conn = sqlite3.connect(db_file)
    try:
        assert rows(conn, "PRAGMA integrity_check") == [("ok",)]
        assert rows(conn, "PRAGMA foreign_key_check") == []

        # Every acknowledged registration is there, as acknowledged.
        for ack in run.acked:
            assert rows(conn, "SELECT name, status FROM customers WHERE id = ?", ack.customer_id) == [
                (ack.guest.name, "ACTIVE")
            ], ack
            assert rows(conn, "SELECT customer_id, nightly_rate FROM stays WHERE id = ?", ack.stay_id) == [
                (ack.customer_id, ack.guest.rate)
            ], ack
            assert rows(conn, "SELECT e164 FROM customer_phones WHERE customer_id = ?", ack.customer_id) == [
                (f"+86{ack.guest.phone}",)
            ], ack

        # Nothing half-written: every customer has exactly one stay, one phone, one audit row
        # and one idempotency record; no stay, phone or audit row points at nothing.
        customers = {r[0] for r in rows(conn, "SELECT id FROM customers")}
        stays = rows(conn, "SELECT customer_id, COUNT(*) FROM stays GROUP BY customer_id")
        phones = rows(conn, "SELECT customer_id, COUNT(*) FROM customer_phones GROUP BY customer_id")
        audits = rows(
            conn,
            "SELECT CAST(target_id AS INTEGER), COUNT(*) FROM audit_log "
            "WHERE action = 'stay.register_guest' GROUP BY target_id",
        )
        keys = rows(conn, "SELECT COUNT(*) FROM idempotency_records WHERE operation = 'registerGuest'")
        assert dict(stays) == dict.fromkeys(customers, 1)
        assert dict(phones) == dict.fromkeys(customers, 1)
        assert dict(audits) == dict.fromkeys(customers, 1)
        assert keys == [(len(customers),)]
        assert rows(conn, "SELECT COUNT(*) FROM stays WHERE customer_id IS NULL") == [(0,)]

        # Only what was sent, and at least what was acknowledged.
        sent_names = {g.name for g in run.sent}
        names = {r[0] for r in rows(conn, "SELECT name FROM customers")}
        assert {a.guest.name for a in run.acked} <= names <= sent_names
        return {"customers": len(customers), "stays": sum(n for _, n in stays)}
    finally:
        conn.close()


async def test_acknowledged_registrations_survive_sigkill(server: Server, tmp_path: Path) -> None:
    guests = make_guests()
    db_file = tmp_path / "crash.sqlite3"

    # Given a running server and a signed-in front-desk clerk
    server.start()
    async with httpx.AsyncClient(timeout=30) as client:
        await wait_until_ready(client, server)
        token = await login(client, server)

    # When many clients register guests at once and the server is SIGKILLed mid-stream
    run = await fire(server, token, guests)
    assert server.process is None
    in_flight = [g for g in run.sent if g.name not in {a.guest.name for a in run.acked}]
    assert in_flight, "no request was in flight at the kill"

    # Then the file is consistent and holds every acknowledged registration
    counts = check_database(db_file, run)
    assert counts["customers"] >= KILL_AFTER

    # When the server is started again and clients retry with the same idempotency keys
    server.start()
    async with httpx.AsyncClient(timeout=30) as client:
        await wait_until_ready(client, server)
        token = await login(client, server)
        retried = run.acked[:5] + run.acked[-5:]
        replies = [await register(client, server, token, ack.guest) for ack in retried]
        after_replay = check_database(db_file, run)

        # Then acknowledged ones get their first answer back and nothing is written twice
        assert [(int(p["customer"]["id"]), int(p["stay"]["id"]), p["errors"]) for p in replies] == [
            (ack.customer_id, ack.stay_id, []) for ack in retried
        ]
        assert after_replay == counts

        # And a request that was in flight at the kill is written exactly once on retry,
        # whether or not the killed server had committed it
        for guest in in_flight:
            payload = await register(client, server, token, guest)
            assert payload["errors"] == []
            assert payload["customer"]["name"] == guest.name
        final = check_database(db_file, Run(acked=run.acked, sent=run.sent))
    server.stop()

    # Finally every guest sent is there exactly once, with one stay
    assert final == {"customers": len(run.sent), "stays": len(run.sent)}
    conn = sqlite3.connect(db_file)
    try:
        names = [r[0] for r in rows(conn, "SELECT name FROM customers ORDER BY name")]
        assert names == sorted(g.name for g in run.sent)
    finally:
        conn.close()
