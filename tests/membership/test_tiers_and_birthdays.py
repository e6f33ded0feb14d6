"""Tiers follow rolling-window spend (upgrade at once, downgrade nightly), expiry, birthdays (29 Feb too)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from server.auth.actor import Actor
from server.auth.models import Role
from server.customers.models import Customer
from server.membership import service
from server.membership.models import CardStatus, MembershipCard, MemberTier
from tests.conftest import Api
from tests.factories import make_customer
from tests.membership.support import SPEND, FixedClock, issue, ok

CLI = Path(sys.executable).parent / "hotel-crm"
BIRTHDAYS = """query($d: Int!) { memberBirthdays(withinDays: $d) { on age customer { name } card { cardNumber } } }"""


async def test_crossing_a_threshold_upgrades_at_once(api: Api, clock: FixedClock) -> None:
    card = await issue(api, (await make_customer()).id)
    n = card["cardNumber"]
    below = await ok(api, SPEND, cardNumber=n, amount=999_999)  # 9,999.99 yuan
    assert below["card"]["tier"] == "CLASSIC"
    clock.advance(days=30)
    crossed = await ok(api, SPEND, cardNumber=n, amount=1)  # 10,000 yuan in the window: SILVER
    assert crossed["card"]["tier"] == "SILVER"
    clock.advance(days=30)
    jump = await ok(api, SPEND, cardNumber=n, amount=8_000_000)
    assert jump["card"]["tier"] == "PLATINUM"


async def test_evaluate_downgrades_after_a_window_without_the_spend_and_expires_cards(
    api: Api, clock: FixedClock
) -> None:
    gold = await issue(api, (await make_customer(name="王芳")).id)
    await ok(api, SPEND, cardNumber=gold["cardNumber"], amount=3_000_000)  # 30,000 yuan: GOLD
    classic = await issue(api, (await make_customer(name="李娜")).id)
    clock.advance(days=200)
    await ok(api, SPEND, cardNumber=gold["cardNumber"], amount=1_200_000)  # 12,000 yuan, still in the window later
    assert (await service.evaluate_cards()).downgraded == []  # GOLD held for less than a window
    clock.advance(days=200)  # the first 30,000 left the window; 12,000 remain → SILVER
    done = await service.evaluate_cards()
    assert done.downgraded == [(gold["cardNumber"], MemberTier.GOLD, MemberTier.SILVER)]
    assert sorted(done.expired) == sorted([gold["cardNumber"], classic["cardNumber"]])
    again = await service.evaluate_cards()
    assert (again.expired, again.downgraded) == ([], [])
    statuses = {c.card_number: (c.status, c.tier) for c in await MembershipCard.all()}
    assert statuses[gold["cardNumber"]] == (CardStatus.EXPIRED, MemberTier.SILVER)


async def test_the_cli_evaluates_and_says_what_it_did(db: str) -> None:
    card = await service.issue_card(actor=Actor.system("test"), customer_id=(await make_customer()).id)
    await MembershipCard.filter(id=card.id).update(valid_until=date(2020, 1, 31))
    env = {**os.environ, "HOTEL_CRM_DATABASE_URL": db}
    done = await asyncio.to_thread(
        subprocess.run, [str(CLI), "membership", "evaluate"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"expired card {card.card_number}", "1 card(s) expired, 0 downgraded"]
    again = await asyncio.to_thread(
        subprocess.run, [str(CLI), "membership", "evaluate"], capture_output=True, text=True, env=env, timeout=60
    )
    assert again.stdout.splitlines() == ["0 card(s) expired, 0 downgraded"]


async def test_birthdays_today_and_this_week_in_hotel_time_with_29_february(api: Api, clock: FixedClock) -> None:
    clock.now = clock.now.replace(year=2027, month=2, day=27, hour=17)  # 28 Feb 2027, 01:00 at the hotel
    people = {
        "今天": date(1990, 2, 28),
        "闰日": date(1992, 2, 29),
        "下周": date(1985, 3, 6),
        "太远": date(1985, 3, 8),
        "非会员": date(1990, 2, 28),
    }
    for name, birthday in people.items():
        customer = await make_customer(name=name, birthday=birthday)
        if name != "非会员":
            await issue(api, customer.id)
    today = await api.data(BIRTHDAYS, {"d": 0}, as_role=Role.AGENT)
    assert [(b["customer"]["name"], b["on"], b["age"]) for b in today["memberBirthdays"]] == [
        ("今天", "2027-02-28", 37),
        ("闰日", "2027-02-28", 35),
    ]
    week = await api.data(BIRTHDAYS, {"d": 6}, as_role=Role.AGENT)
    assert [b["customer"]["name"] for b in week["memberBirthdays"]] == ["今天", "闰日", "下周"]
    assert await Customer.filter(name="太远").exists()
