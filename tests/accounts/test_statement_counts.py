"""No N+1 on the account screens: the SQL statements of each screen's own GraphQL stay the same as rows grow.

Every test sends the SPA's operations (read from web/src/*/operations.ts), measures the statements for a
little data, adds many more rows of every kind the screen shows, and measures again.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import count
from typing import Any

from server.auth.actor import Actor
from server.auth.models import Role, User
from server.contacts import service as contacts
from server.contracts import service as contracts
from server.contracts.service import ContractData, RateEntry
from server.core.time import hotel_today
from server.customers.models import Customer, CustomerKind
from server.customers.service import PhoneEntry
from server.feedback import service as feedback
from server.prospects import service as prospects
from server.prospects.models import ProspectGrade, ProspectStatus
from tests.accounts.spa_operations import spa_document
from tests.conftest import Api, QueryCounter
from tests.factories import make_customer, make_user, mobile

# The customer card as the SPA loads it: the card itself, then each panel's own query.
CARD_OPERATIONS = ("CustomerCardPage", "CustomerContacts", "CustomerContracts", "CustomerAccount", "CustomerFeedback")
_serial = count(1)


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role)


@dataclass
class Accounts:
    """Seeds account data through the services, each row owned or recorded by a different member of staff."""

    manager: Actor
    staff: list[Actor] = field(default_factory=list)

    async def salesperson(self) -> Actor:
        n = next(_serial)
        actor = _actor(await make_user(f"sales-{n}", Role.SALES, display_name=f"销售{n}"))
        self.staff.append(actor)
        return actor

    async def account(self, name: str | None = None) -> Customer:
        return await make_customer(kind=CustomerKind.CORPORATE, name=name or f"客户公司{next(_serial)}", phones=[])

    async def contact(self, customer: Customer, *, birthday: date | None = None) -> None:
        n = next(_serial)
        await contacts.create_contact(
            actor=await self.salesperson(),
            customer_id=customer.id,
            data=contacts.ContactData(
                name=f"联系人{n}",
                title="采购经理",
                phones=[PhoneEntry(mobile()), PhoneEntry(mobile(), "办公")],
                email=f"c{n}@example.com",
                birthday=birthday,
                notes=f"备注 {n}",
            ),
        )

    async def contract(self, customer: Customer, *, active: bool = True, renew: bool = False) -> None:
        n = next(_serial)
        today = hotel_today()
        owner = await self.salesperson()
        made = await contracts.create_contract(
            actor=owner,
            customer_id=customer.id,
            data=ContractData(
                number=f"HT-{n}",
                kind="公司协议",
                start_date=today - timedelta(days=30),
                end_date=today + timedelta(days=10 + n % 20),
                discount_percent=12.5,
                rates=[RateEntry("大床房", 45000 + n), RateEntry("双床房", 48000 + n)],
                credit_limit=5_000_000,
                payment_terms="月结30天",
            ),
        )
        if active or renew:
            await contracts.activate_contract(actor=owner, contract_id=made.id)
        if renew:
            await contracts.renew_contract(
                actor=owner, contract_id=made.id, number=f"HT-{n}-R", end_date=today + timedelta(days=400)
            )

    async def prospect(self, customer: Customer) -> None:
        """A new open prospect with follow-ups and a manual task; the one open before is closed as LOST."""
        owner = await self.salesperson()
        for earlier in (await prospects.prospects_of([customer.id])).get(customer.id, []):
            if earlier.status is ProspectStatus.OPEN:
                await prospects.close_prospect(
                    actor=self.manager, prospect_id=earlier.id, outcome=ProspectStatus.LOST, reason="价格"
                )
        current = await prospects.create_prospect(
            actor=owner, data=prospects.NewProspect(customer_id=customer.id, grade=ProspectGrade.A, interest="年会")
        )
        for text in ("首次拜访", "报价"):
            await prospects.record_follow_up(
                actor=owner, data=prospects.NewFollowUp(prospect_id=current.id, content=text, impression="一般")
            )
        await prospects.create_task(
            actor=await self.salesperson(),
            data=prospects.NewTask(customer_id=customer.id, title="送样品", due_on=hotel_today() + timedelta(days=2)),
        )

    async def opinion(self, customer: Customer, *, rating: int) -> None:
        made = await feedback.record_feedback(
            actor=await self.salesperson(),
            data=feedback.NewFeedback(
                text=f"意见 {next(_serial)}", customer_id=customer.id, channel="PHONE", rating=rating, category="早餐"
            ),
        )
        if rating <= 2:
            await feedback.follow_up_feedback(actor=self.manager, feedback_id=made.id, text="已致电道歉")

    async def whole_account(self, customer: Customer, rows: int) -> None:
        """`rows` of everything the card and the account screens show."""
        for n in range(rows):
            await self.contact(customer, birthday=_birthday_soon(n))
            await self.contract(customer, renew=n % 3 == 1, active=n % 3 != 2)
            await self.opinion(customer, rating=1 + n % 5)
            await self.prospect(customer)


def _birthday_soon(n: int) -> date:
    # 1984 is a leap year, so a window that starts on 29 February still works.
    return (hotel_today() + timedelta(days=1 + n % 5)).replace(year=1984)


async def _statements(api: Api, counter: QueryCounter, requests: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """The SQL of these SPA operations, sent one after another as a manager."""
    counter.statements.clear()
    for name, variables in requests:
        await api.data(spa_document(name), variables)
    return list(counter.statements)


# The request's DataLoaders batch the loads made in one turn of the event loop. When two sibling fields'
# queries (a customer's prospects and its follow-up tasks) come back in different turns, their rows'
# users are fetched in two batches instead of one: seen on PostgreSQL under load, 30 statements for
# few rows and 29 for many. That is timing, not rows; one statement per row would add eight or more.
BATCH_SPLITS = 2


def _shape(statement: str) -> str:
    """A statement without its parameters, with a batch's IN list of any length written once."""
    placeholders = re.sub(r"\$\d+", "?", statement.split(": [")[0])  # PostgreSQL numbers them
    return re.sub(r"IN \((\?,?)+\)", "IN (…)", placeholders)


def assert_same_cost(few: list[str], many: list[str]) -> None:
    """Many rows cost the same statements as few: no kind of statement more, and no more of them than
    a batch split explains."""
    few_shapes, many_shapes = [_shape(s) for s in few], [_shape(s) for s in many]
    difference = "\n".join(
        line[:200] for line in difflib.unified_diff(few_shapes, many_shapes, "few rows", "many rows", lineterm="")
    )
    assert set(many_shapes) <= set(few_shapes), difference
    assert len(many) <= len(few) + BATCH_SPLITS, difference


async def _seeded(api: Api) -> Accounts:
    manager = await api.user(Role.MANAGER)
    return Accounts(manager=_actor(manager))


async def test_the_customer_card_costs_the_same_with_many_contacts_contracts_prospects_and_feedback(
    api: Api, count_queries: QueryCounter
) -> None:
    accounts = await _seeded(api)
    card = await accounts.account("华为技术有限公司")
    # Three rows already show every kind of row (a renewed, an active and a draft contract, a prospect
    # closed as LOST and an open one), so the first count already has every relation's batch in it.
    await accounts.whole_account(card, rows=3)
    requests = [(name, {"id": str(card.id)}) for name in CARD_OPERATIONS]
    await _statements(api, count_queries, requests)  # warm-up: settings, first connection

    few = await _statements(api, count_queries, requests)
    await accounts.whole_account(card, rows=8)
    many = await _statements(api, count_queries, requests)

    data = await api.data(spa_document("CustomerContacts"), {"id": str(card.id)})
    assert len(data["customer"]["contacts"]) == 11
    data = await api.data(spa_document("CustomerContracts"), {"id": str(card.id)})
    assert len(data["customer"]["contracts"]) == 11 + 4  # four of them renewed into new ones
    account = (await api.data(spa_document("CustomerAccount"), {"id": str(card.id)}))["customer"]
    assert len(account["prospects"]) == 11
    assert len(account["followUpTasks"]) == 11 + 1  # the manual ones and the open prospect's
    opinions = (await api.data(spa_document("CustomerFeedback"), {"id": str(card.id)}))["customer"]["feedback"]
    assert len(opinions) == feedback.RECENT_ON_CARD
    assert_same_cost(few, many)


async def test_the_contracts_list_and_expiring_contracts_cost_the_same_for_a_full_page(
    api: Api, count_queries: QueryCounter
) -> None:
    accounts = await _seeded(api)
    # Every relation the rows show, once: a renewed contract (and its renewal), an active one ending soon.
    await accounts.contract(await accounts.account(), renew=True)
    await accounts.contract(await accounts.account())
    requests: list[tuple[str, dict[str, Any]]] = [
        ("Contracts", {"first": 50}),
        ("ExpiringContracts", {"withinDays": 30}),
    ]
    await _statements(api, count_queries, requests)

    few = await _statements(api, count_queries, requests)
    for n in range(12):
        await accounts.contract(await accounts.account(), renew=n % 4 == 0, active=n % 4 != 3)
    many = await _statements(api, count_queries, requests)

    listed = (await api.data(spa_document("Contracts"), {"first": 50}))["contracts"]
    assert listed["totalCount"] == 3 + 12 + 3
    expiring = (await api.data(spa_document("ExpiringContracts"), {"withinDays": 30}))["expiringContracts"]
    assert len(expiring) == 1 + 6  # the active ones not renewed
    assert_same_cost(few, many)


async def test_the_care_calendar_costs_the_same_with_many_birthdays(api: Api, count_queries: QueryCounter) -> None:
    accounts = await _seeded(api)
    await accounts.contact(await accounts.account(), birthday=_birthday_soon(0))
    requests: list[tuple[str, dict[str, Any]]] = [("CareCalendar", {"withinDays": 30})]
    await _statements(api, count_queries, requests)

    few = await _statements(api, count_queries, requests)
    for n in range(12):
        customer = await accounts.account()
        await accounts.contact(customer, birthday=_birthday_soon(n))
        await accounts.contact(customer, birthday=_birthday_soon(n + 1))
        await make_customer(name=f"散客{n}", birthday=_birthday_soon(n))
    many = await _statements(api, count_queries, requests)

    events = (await api.data(spa_document("CareCalendar"), {"withinDays": 30}))["careCalendar"]
    assert len(events) == 1 + 12 * 3
    assert_same_cost(few, many)


async def test_the_feedback_list_costs_the_same_for_a_full_page(api: Api, count_queries: QueryCounter) -> None:
    accounts = await _seeded(api)
    await accounts.opinion(await accounts.account(), rating=4)
    requests: list[tuple[str, dict[str, Any]]] = [("FeedbackList", {"first": 50})]
    await _statements(api, count_queries, requests)

    few = await _statements(api, count_queries, requests)
    for n in range(12):
        await accounts.opinion(await accounts.account(), rating=1 + n % 5)
    many = await _statements(api, count_queries, requests)

    assert (await api.data(spa_document("FeedbackList"), {"first": 50}))["feedback"]["totalCount"] == 13
    assert_same_cost(few, many)
