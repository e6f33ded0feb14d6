"""The partners' rate limit shared through Redis: two server instances enforce one limit per key.

Needs the Redis on 127.0.0.1:6379 (CI starts it); uses its own database number and flushes it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from redis import asyncio as aioredis

from server.app import create_app
from server.partners.service import LocalRateLimiter, RedisRateLimiter
from tests.partners.support import MEMBER_STATUS, issue_key, make_card, partner_headers

REDIS_URL = "redis://127.0.0.1:6379/13"
pytestmark = pytest.mark.slow


@pytest.fixture
async def redis_db() -> AsyncIterator[str]:
    admin = aioredis.from_url(REDIS_URL)
    await admin.flushdb()
    try:
        yield REDIS_URL
    finally:
        await admin.flushdb()
        await admin.aclose()


async def _instance(limiter: RedisRateLimiter) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=create_app(manage_database=False, rate_limiter=limiter))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_two_instances_share_one_limit_per_key(db: str, redis_db: str) -> None:
    card = await make_card()
    issued = await issue_key(rate_limit=4)
    other = await issue_key("Other Air", rate_limit=4)
    first, second = RedisRateLimiter(redis_db), RedisRateLimiter(redis_db)
    try:
        async with await _instance(first) as one, await _instance(second) as two:

            async def ask(client: httpx.AsyncClient, key: str) -> httpx.Response:
                return await client.post(
                    "/graphql",
                    json={"query": MEMBER_STATUS, "variables": {"n": card.card_number}},
                    headers=partner_headers(key),
                )

            statuses = [(await ask(client, issued.key)).status_code for client in (one, two, one, two)]
            assert statuses == [200, 200, 200, 200]
            for client in (one, two):
                refused = await ask(client, issued.key)
                assert refused.status_code == 429
                assert 1 <= int(refused.headers["retry-after"]) <= 60
                assert refused.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
            # The other key's budget is untouched
            assert (await ask(two, other.key)).status_code == 200
    finally:
        await first.close()
        await second.close()


async def test_the_window_slides_on_redis_time() -> None:
    admin = aioredis.from_url(REDIS_URL)
    await admin.flushdb()
    limiter = RedisRateLimiter(REDIS_URL, window_seconds=0.5)
    try:
        assert [await limiter.hit("k", 2) for _ in range(2)] == [None, None]
        wait = await limiter.hit("k", 2)
        assert wait is not None
        assert 0 < wait <= 0.5
        await asyncio.sleep(wait + 0.05)
        assert await limiter.hit("k", 2) is None
    finally:
        await limiter.close()
        await admin.flushdb()
        await admin.aclose()


async def test_without_redis_each_process_still_limits() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")
    try:
        assert [await limiter.hit("k", 1) is None for _ in range(2)] == [True, False]
    finally:
        await limiter.close()


async def test_the_local_window_slides() -> None:
    limiter = LocalRateLimiter(window_seconds=60)
    assert [await limiter.hit("a", 2) for _ in range(2)] == [None, None]
    wait = await limiter.hit("a", 2)
    assert wait is not None
    assert 59 < wait <= 60
    assert await limiter.hit("b", 2) is None
