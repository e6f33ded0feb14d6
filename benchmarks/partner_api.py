"""memberStatus for partners over real HTTP: 4 concurrent clients against one `hotel-crm serve`.

    .venv/bin/python -m benchmarks.partner_api                 # 100,000 cards, 20 s, temp SQLite DB
    .venv/bin/python -m benchmarks.partner_api --cards 20000 --seconds 5

Builds a fresh SQLite database (migrations, 50 demo customers, the cards inserted in bulk, a tenth
of them opted out of partner sharing), issues one partner key per client with a high per-key limit
(so the rate limit never answers), starts the server as one process and runs 4 clients (httpx,
async, keep-alive) for N seconds, each asking for known, unknown and opted-out cards (70/20/10).
Every request goes the whole way: key check, rate limit, GraphQL, one card statement, an audit row.
Prints throughput, p50/p90/p99 and PASS/FAIL against p99 ≤ 10 ms. Exit code 0 unless something broke.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

VENV_BIN = Path(sys.executable).parent
HOTEL_CRM = str(VENV_BIN / "hotel-crm")
TARGET_P99_MS = 10.0
CLIENTS = 4
BASE_SERIAL = 50_000_000  # clear of the demo data's own cards
QUERY = "query($n: String!) { memberStatus(cardNumber: $n) { cardNumber tier status validUntil } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def populate(path: Path, cards: int, rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """Bulk-inserts the cards; returns samples of shared, opted-out and unknown card numbers."""
    from server.core.cardnumbers import card_number

    db = sqlite3.connect(path)
    customers = [row[0] for row in db.execute("SELECT id FROM customers")]
    tiers, statuses = ["CLASSIC", "SILVER", "GOLD", "PLATINUM"], ["ACTIVE"] * 8 + ["LOST", "EXPIRED"]
    stamp = "2026-01-01 00:00:00+00:00"
    rows = []
    shared, hidden = [], []
    for serial in range(BASE_SERIAL, BASE_SERIAL + cards):
        number = card_number(serial)
        share = serial % 10 != 0
        (shared if share else hidden).append(number)
        rows.append(
            (
                number,
                customers[serial % len(customers)],
                rng.choice(tiers),
                rng.choice(statuses),
                stamp,
                "2027-01-01",
                0,
                0,
                share,
                stamp,
                1,
                stamp,
                stamp,
            )
        )
    with db:
        db.executemany(
            "INSERT INTO membership_cards (card_number, customer_id, tier, status, issued_at, valid_until, "
            "points_balance, stored_value_balance, share_with_partners, tier_since, version, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    db.close()
    unknown = [card_number(serial) for serial in range(BASE_SERIAL + cards, BASE_SERIAL + cards + 1000)]
    return rng.sample(shared, min(5000, len(shared))), rng.sample(hidden, min(1000, len(hidden))), unknown


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([HOTEL_CRM, *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


async def client_loop(
    url: str, key: str, deadline: float, numbers: tuple[list[str], list[str], list[str]], seed: int
) -> tuple[list[float], int]:
    shared, hidden, unknown = numbers
    rng = random.Random(seed)
    latencies: list[float] = []
    wrong = 0
    async with httpx.AsyncClient(base_url=url, headers={"x-api-key": key}, timeout=10) as client:
        while time.perf_counter() < deadline:
            pick = rng.random()
            pool = shared if pick < 0.7 else unknown if pick < 0.9 else hidden
            number = rng.choice(pool)
            started = time.perf_counter()
            response = await client.post("/graphql", json={"query": QUERY, "variables": {"n": number}})
            latencies.append((time.perf_counter() - started) * 1000)
            found = response.status_code == 200 and response.json()["data"]["memberStatus"] is not None
            if found != (pool is shared):
                wrong += 1
    return latencies, wrong


async def run(url: str, keys: list[str], seconds: float, numbers: tuple[list[str], list[str], list[str]]) -> None:
    # Warm-up: caches, connections, the first statements.
    await asyncio.gather(*(client_loop(url, k, time.perf_counter() + 1.0, numbers, i) for i, k in enumerate(keys)))
    started = time.perf_counter()
    deadline = started + seconds
    results = await asyncio.gather(*(client_loop(url, k, deadline, numbers, 100 + i) for i, k in enumerate(keys)))
    elapsed = time.perf_counter() - started
    latencies = [ms for samples, _ in results for ms in samples]
    wrong = sum(w for _, w in results)
    p50, p90, p99 = (percentile(latencies, p) for p in (50, 90, 99))
    print(f"requests      {len(latencies):,} in {elapsed:.1f} s with {len(keys)} clients ({wrong} wrong answers)")
    print(f"throughput    {len(latencies) / elapsed:,.0f} requests/s")
    print(
        f"latency (ms)  p50 {p50:.2f}  p90 {p90:.2f}  p99 {p99:.2f}  max {max(latencies):.2f}  "
        f"mean {statistics.fmean(latencies):.2f}"
    )
    verdict = "PASS" if p99 <= TARGET_P99_MS and wrong == 0 else "FAIL"
    print(f"{verdict}: p99 {p99:.2f} ms (target ≤ {TARGET_P99_MS:.0f} ms)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="partner-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        env = {
            **os.environ,
            "HOTEL_CRM_DATABASE_URL": f"sqlite://{path}",
            "HOTEL_CRM_SECRET_KEY": "benchmark-secret-key-that-is-long-enough-0123456789",
            "HOTEL_CRM_COMPLAINT_ESCALATION_INTERVAL_SECONDS": "0",
        }
        env.pop("HOTEL_CRM_REDIS_URL", None)
        os.environ.update({k: env[k] for k in ("HOTEL_CRM_DATABASE_URL", "HOTEL_CRM_SECRET_KEY")})
        began = time.perf_counter()
        cli(env, "seed-demo", "--customers", "50", "--seed", str(args.seed))
        numbers = populate(path, args.cards, rng)
        keys = [
            cli(env, "create-partner-key", "--partner", f"Bench {i}", "--rate-limit", "1000000") for i in range(CLIENTS)
        ]
        print(
            f"database      {args.cards:,} cards, {CLIENTS} keys in {time.perf_counter() - began:.1f} s ({path.name})"
        )
        port = free_port()
        server = subprocess.Popen(
            [HOTEL_CRM, "serve", "--port", str(port), "--quiet"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None:
                    raise RuntimeError(server.stderr.read().decode() if server.stderr else "server exited")
                time.sleep(0.1)
            asyncio.run(run(url, keys, args.seconds, numbers))
            audited = (
                sqlite3.connect(path)
                .execute("SELECT COUNT(*) FROM audit_log WHERE action = 'partner.member_status'")
                .fetchone()[0]
            )
            print(f"audit rows    {audited:,} partner queries recorded")
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
