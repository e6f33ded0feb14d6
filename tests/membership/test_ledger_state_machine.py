"""Ledger invariants under any sequence of operations (hypothesis stateful testing).

Balances never go negative, always equal the sum of the card's ledger, a reissue conserves the
member's value, and a lost card refuses every balance operation.
"""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from tortoise import Tortoise, connections

from server.auth.actor import Actor
from server.auth.models import Role
from server.core.errors import DomainError, ErrorCode
from server.db import init_db
from server.membership import service
from server.membership.models import CardStatus, LedgerAccount, LedgerEntry, MembershipCard
from server.settings import reset_settings_cache
from tests.conftest import BACKEND
from tests.factories import make_customer

T = TypeVar("T")
DESK = Actor(user_id=None, username="desk", role=Role.FRONT_DESK)
amounts = st.integers(min_value=1, max_value=2_000_000)
points = st.integers(min_value=1, max_value=3_000)


def make_machine(template: str, workdir: Path) -> type[RuleBasedStateMachine]:
    class LedgerMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.loop = asyncio.new_event_loop()
            if BACKEND == "postgres":
                url = template
            else:
                target = workdir / f"{uuid.uuid4().hex}.sqlite3"
                shutil.copyfile(template, target)
                url = f"sqlite://{target}"
            self.run(self._open(url))
            self.number = ""
            self.points = 0
            self.stored = 0
            self.lost = False

        async def _open(self, url: str) -> None:
            reset_settings_cache()
            await init_db(url)
            if BACKEND == "postgres":
                await connections.get("default").execute_script(
                    "TRUNCATE membership_ledger, membership_card_events, membership_cards, idempotency_records, "
                    "audit_log, customer_phones, customers RESTART IDENTITY CASCADE"
                )

        def run(self, coro: Coroutine[Any, Any, T]) -> T:
            return self.loop.run_until_complete(coro)

        def teardown(self) -> None:
            self.run(Tortoise.close_connections())
            self.loop.close()

        @initialize()
        def issue(self) -> None:
            async def go() -> str:
                customer = await make_customer()
                return (await service.issue_card(actor=DESK, customer_id=customer.id)).card_number

            self.number = self.run(go())

        def attempt(self, coro: Coroutine[Any, Any, service.Operation]) -> DomainError | None:
            try:
                self.run(coro)
            except DomainError as err:
                return err
            return None

        def expect(self, err: DomainError | None, *, short: bool) -> bool:
            """True when the operation was allowed to apply; checks a refusal's reason."""
            if self.lost:
                assert err is not None
                assert err.code is ErrorCode.INVALID_STATE
                return False
            if short:
                assert err is not None
                assert err.code is ErrorCode.INSUFFICIENT_BALANCE
                return False
            assert err is None, err
            return True

        @rule(amount=amounts)
        def spend(self, amount: int) -> None:
            err = self.attempt(service.record_spend(actor=DESK, card_number=self.number, amount=amount))
            if self.expect(err, short=False):
                self.points += service.points_for(amount)

        @rule(wanted=points)
        def redeem(self, wanted: int) -> None:
            err = self.attempt(service.redeem_points(actor=DESK, card_number=self.number, points=wanted))
            if self.expect(err, short=wanted > self.points):
                self.points -= wanted

        @rule(amount=amounts)
        def top_up(self, amount: int) -> None:
            err = self.attempt(service.top_up(actor=DESK, card_number=self.number, amount=amount))
            if self.expect(err, short=False):
                self.stored += amount + service.bonus_for(amount)

        @rule(amount=amounts)
        def pay(self, amount: int) -> None:
            err = self.attempt(service.spend_stored_value(actor=DESK, card_number=self.number, amount=amount))
            if self.expect(err, short=amount > self.stored):
                self.stored -= amount

        @precondition(lambda self: not self.lost)
        @rule()
        def report_lost(self) -> None:
            assert self.attempt(service.report_lost(actor=DESK, card_number=self.number)) is None
            self.lost = True

        @rule()
        def reissue(self) -> None:
            async def go() -> str:
                return (await service.reissue_card(actor=DESK, card_number=self.number)).card.card_number

            old = self.number
            self.number = self.run(go())
            self.lost = False

            async def old_card() -> MembershipCard:
                return await MembershipCard.get(card_number=old)

            retired = self.run(old_card())
            assert (retired.status, retired.points_balance, retired.stored_value_balance) == (CardStatus.REPLACED, 0, 0)

        @invariant()
        def balances_match_the_model_and_the_ledger(self) -> None:
            if not self.number:
                return

            async def check() -> None:
                for card in await MembershipCard.all():
                    assert card.points_balance >= 0
                    assert card.stored_value_balance >= 0
                    entries = await LedgerEntry.filter(card_id=card.id).order_by("id")
                    for account, balance in (
                        (LedgerAccount.POINTS, card.points_balance),
                        (LedgerAccount.STORED_VALUE, card.stored_value_balance),
                    ):
                        mine = [e for e in entries if e.account is account]
                        assert sum(e.amount for e in mine) == balance
                        running = 0
                        for e in mine:
                            running += e.amount
                            assert e.balance_after == running >= 0
                current = await MembershipCard.get(card_number=self.number)
                assert (current.points_balance, current.stored_value_balance) == (self.points, self.stored)
                assert current.status is (CardStatus.LOST if self.lost else CardStatus.ACTIVE)

            self.run(check())

    return LedgerMachine


def test_ledger_invariants_hold_for_any_sequence(database_template: str, tmp_path: Path) -> None:
    machine = make_machine(database_template, tmp_path)
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=25,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
