"""The ledger under concurrency and retries: never overspent, a retried operation applies once."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from server.auth.models import Role
from server.core import sql
from server.membership.models import LedgerEntry
from tests.conftest import Api
from tests.factories import make_customer
from tests.membership.support import ADJUST, REDEEM, SPEND, TOP_UP, FixedClock, issue, ok, run, state


async def test_fifty_parallel_redemptions_of_one_point_against_ten_exactly_ten_succeed(
    api: Api, clock: FixedClock
) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    await ok(api, SPEND, cardNumber=n, amount=10_000)  # 100 yuan → 10 points
    await api.user(Role.FRONT_DESK)
    # Fifty requests in flight at once through the real ASGI app, each its own transaction.
    results = await asyncio.gather(*(run(api, REDEEM, cardNumber=n, points=1) for _ in range(50)))
    succeeded = [r for r in results if not r["errors"]]
    refused = [r for r in results if r["errors"]]
    assert len(succeeded) == 10
    assert {e["code"] for r in refused for e in r["errors"]} == {"INSUFFICIENT_BALANCE"}
    row, ledger = await state(n)
    assert row["points_balance"] == 0
    assert sum(e["amount"] for e in ledger if e["account"] == "POINTS") == 0
    assert sorted(e["balance_after"] for e in ledger if e["kind"] == "REDEEM") == list(range(10))


async def test_a_retry_with_the_same_key_applies_once_and_gets_the_first_answer(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    first = await ok(api, TOP_UP, cardNumber=n, amount=100_000, idempotencyKey="pos-7-0001")
    again = await ok(api, TOP_UP, cardNumber=n, amount=100_000, idempotencyKey="pos-7-0001")
    assert again["entries"] == first["entries"]
    assert again["card"]["storedValueBalance"] == 105_000
    twins = await asyncio.gather(
        *(run(api, SPEND, cardNumber=n, amount=50_000, idempotencyKey="folio-1") for _ in range(5))
    )
    assert all(t["errors"] == [] for t in twins)
    row, ledger = await state(n)
    assert row["points_balance"] == 50
    assert [e["kind"] for e in ledger] == ["TOP_UP", "BONUS", "EARN"]


async def test_the_same_key_with_another_payload_is_a_conflict(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    await ok(api, TOP_UP, cardNumber=n, amount=100_000, idempotencyKey="k-1")
    before = await state(n)
    other = await run(api, TOP_UP, cardNumber=n, amount=200_000, idempotencyKey="k-1")
    assert [(e["field"], e["code"]) for e in other["errors"]] == [(["idempotencyKey"], "CONFLICT")]
    assert await state(n) == before


async def test_the_ledger_refuses_update_and_delete_in_the_database(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    await ok(api, SPEND, cardNumber=card["cardNumber"], amount=10_000)
    for statement in ("UPDATE membership_ledger SET amount = 1000", "DELETE FROM membership_ledger"):
        with pytest.raises(Exception, match="append-only"):
            async with in_transaction():
                await sql.fetch(statement)
    assert await LedgerEntry.all().count() == 1


async def test_a_manager_adjusts_with_a_reason_but_never_below_zero(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    missing = await run(api, ADJUST, Role.MANAGER, cardNumber=n, account="POINTS", amount=5, reason=" ")
    assert [(e["field"], e["code"]) for e in missing["errors"]] == [(["reason"], "REQUIRED")]
    done = await ok(api, ADJUST, Role.MANAGER, cardNumber=n, account="POINTS", amount=500, reason="补录上月积分")
    assert done["card"]["pointsBalance"] == 500
    below = await run(api, ADJUST, Role.MANAGER, cardNumber=n, account="STORED_VALUE", amount=-1, reason="更正")
    assert [(e["field"], e["code"]) for e in below["errors"]] == [(["amount"], "INSUFFICIENT_BALANCE")]
