"""Caller lookup and search over real HTTP against the real server, next to a bare ASGI floor.

    .venv/bin/python -m benchmarks.caller_lookup                    # 100,000 customers, temp DB
    .venv/bin/python -m benchmarks.caller_lookup --million --reuse /tmp/bench/m.sqlite3
    .venv/bin/python -m benchmarks.caller_lookup --database-url postgres://…/crm

Seeds (through `hotel-crm seed-demo`, timing it and taking its peak memory) unless the
database already has customers, starts `hotel-crm serve` as one process, signs in as
`agent` and measures, sequentially over one keep-alive connection after a warm-up:
(a) callerLookup with the full card, phone numbers written in varied formats;
(b) customers(search:, first: 20) with names, pinyin, initials, last four digits, e-mail;
(c) the same POST to `benchmarks.bare_app` served by uvicorn with the same settings.
Prints percentiles, throughput, the server's resident memory and PASS/FAIL per target.
The exit code is 0 unless something broke: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOTEL_CRM = str(VENV_BIN / "hotel-crm")
UVICORN = str(VENV_BIN / "uvicorn")

TARGET_LOOKUP_P99_MS = 10.0
TARGET_LOOKUP_VS_BARE = 3.0
TARGET_SEARCH_P99_MS = 50.0
TARGET_RSS_MB = 300.0

CARD_FIELDS = """
  id kind name nameEn namePinyin status phones { number label } email gender birthday
  idDocumentType idNumberMasked
  preferences { category value note } keyDates { kind date note }
  recentStays(first: 5) { arrival departure roomNights roomType nightlyRate roomRevenue status }
  performance { roomNights adr roomRevenue otherRevenue totalRevenue visits lastVisit }
  owner { id username } version createdAt updatedAt
"""
LIST_FIELDS = """
  id kind name nameEn namePinyin status phones { number label } email gender birthday
  idDocumentType idNumberMasked
  performance { roomNights adr roomRevenue otherRevenue totalRevenue visits lastVisit }
  owner { id username } version createdAt updatedAt
"""
LOOKUP_QUERY = (
    "query CallerCard($phone: String!) { callerLookup(phone: $phone) { normalizedPhone matches {"
    + CARD_FIELDS
    + "} } }"
)
SEARCH_QUERY = (
    "query Search($search: String!) { customers(search: $search, first: 20) { totalCount "
    "edges { node {" + LIST_FIELDS + "} } } }"
)
LOGIN_MUTATION = "mutation Login($input: LoginInput!) { login(input: $input) { token errors { code message } } }"


# ---------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sqlite_url(path: Path) -> str:
    return f"sqlite://{path.resolve()}"


def written_forms(e164: str, rng: random.Random) -> str:
    """A stored number as a caller ID or an agent might type it."""
    if e164.startswith("+86"):
        national = e164[3:]
        if national.startswith("1"):  # mobile
            a, b, c = national[:3], national[3:7], national[7:]
            forms = [
                f"+86 {a} {b} {c}",
                f"0086{national}",
                f"0086 {a}-{b}-{c}",
                f"{a}-{b}-{c}",
                national,
                f"+86-{national}",
                f"(+86) {a} {b} {c}",
            ]
        else:  # landline: area code of 2 or 3 digits
            area_len = 2 if national[0] in "12" else 3
            area, local = national[:area_len], national[area_len:]
            forms = [f"0{area}-{local}", f"+86 {area} {local}", f"0086 {area} {local}", f"0{area}{local}"]
    else:
        digits = e164[1:]
        forms = [e164, "00" + digits, f"+{digits[:3]} {digits[3:7]} {digits[7:]}"]
    return rng.choice(forms)


@dataclass
class Result:
    name: str
    latencies_ms: list[float]
    seconds: float
    failures: int
    empty: int

    def pct(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
        return ordered[index]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms)

    def line(self) -> str:
        n = len(self.latencies_ms)
        return (
            f"{self.name:<13} count={n:<6} p50={self.p50:7.2f} ms  p90={self.pct(90):7.2f} ms  "
            f"p99={self.pct(99):7.2f} ms  max={max(self.latencies_ms):7.2f} ms  "
            f"{n / self.seconds:7.0f} req/s  failures={self.failures} empty={self.empty}"
        )


def measure(
    name: str,
    client: httpx.Client,
    url: str,
    payloads: list[dict[str, Any]],
    *,
    headers: dict[str, str],
    warmup: int,
    check: Callable[[dict[str, Any]], bool] | None = None,
) -> Result:
    for payload in payloads[:warmup]:
        client.post(url, json=payload, headers=headers)
    latencies: list[float] = []
    failures = empty = 0
    started = time.perf_counter()
    for payload in payloads[warmup:]:
        t0 = time.perf_counter()
        response = client.post(url, json=payload, headers=headers)
        body = response.content
        latencies.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            failures += 1
            continue
        if check is not None:
            data = httpx.Response(200, content=body).json()
            if "errors" in data:
                failures += 1
                if failures <= 3:
                    print(f"  {name} error: {str(data['errors'])[:300]}", file=sys.stderr)
            elif not check(data):
                empty += 1
    return Result(name, latencies, time.perf_counter() - started, failures, empty)


@contextmanager
def running(
    command: list[str], env: dict[str, str], health_url: str, timeout: float = 120.0
) -> Iterator[subprocess.Popen[bytes]]:
    """Starts a server process, waits until it answers, stops it (that process only) after."""
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    output = log.read().decode()[-3000:]
                    raise RuntimeError(f"{command[0]} exited with {process.returncode}:\n{output}")
                try:
                    if httpx.get(health_url, timeout=2).status_code < 500:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(command)} did not answer {health_url} in {timeout:.0f} s")
                time.sleep(0.2)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def rss_mb(pid: int) -> float:
    proc = psutil.Process(pid)
    total = proc.memory_info().rss
    for child in proc.children(recursive=True):
        total += child.memory_info().rss
    return float(total) / 2**20


# ---------------------------------------------------------------- database side


async def _database_facts(url: str) -> tuple[int, int]:
    from tortoise import connections

    from server.db import close_db, init_db

    await init_db(url)
    try:
        conn = connections.get("default")
        customers = (await conn.execute_query_dict("SELECT COUNT(*) AS n FROM customers"))[0]["n"]
        stays = (await conn.execute_query_dict("SELECT COUNT(*) AS n FROM stays"))[0]["n"]
    finally:
        await close_db()
    return int(customers), int(stays)


async def _samples(url: str, count: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Phone numbers to look up and search terms, picked at random from the database."""
    from tortoise import connections

    from server.db import close_db, init_db

    await init_db(url)
    try:
        conn = connections.get("default")
        dialect = conn.capabilities.dialect

        async def pick(table: str, columns: str, n: int) -> list[dict[str, Any]]:
            top = (await conn.execute_query_dict(f"SELECT MAX(id) AS m FROM {table}"))[0]["m"] or 0
            ids = sorted({rng.randint(1, top) for _ in range(n)})
            marks = ", ".join(f"${i}" if dialect == "postgres" else "?" for i in range(1, len(ids) + 1))
            rows = await conn.execute_query_dict(f"SELECT {columns} FROM {table} WHERE id IN ({marks})", ids)
            return list(rows)

        phones = [r["e164"] for r in await pick("customer_phones", "e164", count)]
        people = await pick("customers", "name, name_pinyin, name_pinyin_key, name_initials, email, kind", count)
        tails = [r["e164"][-4:] for r in await pick("customer_phones", "e164", count // 5)]
    finally:
        await close_db()
    terms: list[str] = []
    for row in people:
        options = [row["name"], row["name_pinyin_key"], row["name_pinyin"]]
        if row["kind"] == "INDIVIDUAL":
            options.append(row["name_initials"])
            options.append(row["name"][:1] + row["name"][1:2])  # surname + first given character
        else:
            options.append(row["name"][2:6])  # a part of a company name
        if row["email"]:
            options.append(row["email"])
        terms.append(rng.choice(options))
    terms.extend(tails)
    rng.shuffle(terms)
    return phones, terms


def seed_database(url: str, customers: int, seed: int, env: dict[str, str]) -> tuple[float, float]:
    """Migrates and seeds through the CLI; returns (seconds, peak RSS in MB of the seeder)."""
    subprocess.run([HOTEL_CRM, "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [HOTEL_CRM, "seed-demo", "--customers", str(customers), "--seed", str(seed)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    peak = 0.0
    proc = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            peak = max(peak, proc.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    output = process.stdout.read().decode() if process.stdout else ""
    if process.returncode != 0:
        raise RuntimeError(f"seed-demo failed ({process.returncode}): {output}")
    peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(output.strip().splitlines()[0] if output.strip() else "seeded")
    return seconds, peak


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="seed 1,000,000 customers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", help="use this database (seeded if it has no customers)")
    parser.add_argument("--reuse", type=Path, help="SQLite file to reuse (seeded the first time)")
    parser.add_argument("--requests", type=int, default=2_000, help="timed requests per measurement")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--server-command",
        default=HOTEL_CRM,
        help="how to start the CLI for `serve --port P --quiet` (e.g. a wrapper that patches something)",
    )
    args = parser.parse_args(argv)
    customers = 1_000_000 if args.million else args.customers
    rng = random.Random(2026)

    workdir: Path | None = None
    if args.database_url:
        url = args.database_url
    elif args.reuse:
        args.reuse.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(args.reuse)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="hotel-crm-bench-"))
        url = sqlite_url(workdir / "bench.sqlite3")
    env = dict(os.environ)
    env["HOTEL_CRM_DATABASE_URL"] = url
    env.setdefault("HOTEL_CRM_ENV", "development")
    os.environ.update({"HOTEL_CRM_DATABASE_URL": url, "HOTEL_CRM_ENV": env["HOTEL_CRM_ENV"]})

    try:
        print(f"database: {url}")
        subprocess.run([HOTEL_CRM, "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        have, stays = asyncio.run(_database_facts(url))
        if have == 0:
            print(f"seeding {customers:,} customers …", flush=True)
            seconds, peak = seed_database(url, customers, args.seed, env)
            have, stays = asyncio.run(_database_facts(url))
            print(f"seed: {have:,} customers, {stays:,} stays in {seconds:.1f} s, peak RSS {peak:.0f} MB")
        else:
            print(f"reusing {have:,} customers, {stays:,} stays (no seeding)")
        db_file = url.split("://", 1)[1].split("?", 1)[0]
        if url.startswith("sqlite") and Path(db_file).exists():
            print(f"database file: {Path(db_file).stat().st_size / 2**20:.0f} MB")

        total = args.requests + args.warmup
        phones, terms = asyncio.run(_samples(url, total, rng))
        lookups = [
            {"query": LOOKUP_QUERY, "variables": {"phone": written_forms(rng.choice(phones), rng)}}
            for _ in range(total)
        ]
        searches = [{"query": SEARCH_QUERY, "variables": {"search": rng.choice(terms)}} for _ in range(total)]

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server_cmd = [*shlex.split(args.server_command), "serve", "--port", str(port), "--quiet"]
        with (
            running(server_cmd, env, f"{base}/healthz") as server,
            httpx.Client(base_url=base, timeout=30) as client,
        ):
            login = client.post(
                "/graphql",
                json={
                    "query": LOGIN_MUTATION,
                    "variables": {"input": {"username": "agent", "password": "hotel-demo-2026"}},
                },
            ).json()
            token = login["data"]["login"]["token"]
            if not token:
                raise RuntimeError(f"login as agent failed: {login}")
            headers = {"authorization": f"Bearer {token}"}
            rss_before = rss_mb(server.pid)
            lookup = measure(
                "callerLookup",
                client,
                "/graphql",
                lookups,
                headers=headers,
                warmup=args.warmup,
                check=lambda d: bool(d["data"]["callerLookup"]["matches"]),
            )
            search = measure(
                "search",
                client,
                "/graphql",
                searches,
                headers=headers,
                warmup=args.warmup,
                check=lambda d: d["data"]["customers"]["totalCount"] > 0,
            )
            rss_after = rss_mb(server.pid)

        bare_port = free_port()
        bare_cmd = [
            UVICORN, "benchmarks.bare_app:app", "--loop", "uvloop", "--http", "httptools",
            "--port", str(bare_port), "--no-access-log", "--log-level", "warning",
        ]  # fmt: skip
        with (
            running(bare_cmd, env, f"http://127.0.0.1:{bare_port}/"),
            httpx.Client(base_url=f"http://127.0.0.1:{bare_port}", timeout=30) as client,
        ):
            bare = measure("bare ASGI", client, "/graphql", lookups, headers=headers, warmup=args.warmup)

        print()
        for result in (lookup, search, bare):
            print(result.line())
        ratio = lookup.p50 / bare.p50
        print(f"callerLookup p50 / bare p50 = {ratio:.1f}")
        print(f"server RSS: {rss_before:.0f} MB after warm-up, {rss_after:.0f} MB after the load")
        print()
        lookup_p99, search_p99 = lookup.pct(99), search.pct(99)
        checks = [
            (
                f"callerLookup p99 {lookup_p99:.2f} ms <= {TARGET_LOOKUP_P99_MS:.0f} ms",
                lookup_p99 <= TARGET_LOOKUP_P99_MS,
            ),
            (
                f"callerLookup p50 {lookup.p50:.2f} ms <= {TARGET_LOOKUP_VS_BARE:.0f} x bare p50 {bare.p50:.2f} ms",
                ratio <= TARGET_LOOKUP_VS_BARE,
            ),
            (
                f"search p99 {search_p99:.2f} ms <= {TARGET_SEARCH_P99_MS:.0f} ms",
                search_p99 <= TARGET_SEARCH_P99_MS,
            ),
            (f"server RSS {rss_after:.0f} MB <= {TARGET_RSS_MB:.0f} MB", rss_after <= TARGET_RSS_MB),
        ]
        for label, ok in checks:
            print(f"{'PASS' if ok else 'FAIL'}  {label}")
        return 0
    finally:
        if workdir is not None and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        elif workdir is not None:
            print(f"kept {workdir}")


if __name__ == "__main__":
    sys.exit(main())
