"""Demo members for `hotel-crm seed-demo`: a few hundred cards across the tiers with believable ledgers."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

from tortoise.transactions import in_transaction

from server.core.cardnumbers import card_number
from server.core.sql import dialect, fetch
from server.core.time import to_hotel_time
from server.customers.models import Customer, CustomerKind, CustomerStatus
from server.membership import service
from server.membership.models import (
    CardEvent,
    CardStatus,
    LedgerAccount,
    LedgerEntry,
    LedgerKind,
    MembershipCard,
    MemberTier,
)

MAX_MEMBERS = 300
SHARE = 0.4  # of individual guests


async def seed_members(*, seed: int, users: dict[str, int], now: datetime) -> int:
    """Adds demo members when there are none; returns how many cards were issued."""
    if await MembershipCard.exists():
        return 0
    rng = Random(seed)
    guests = [
        c["id"]
        for c in await Customer.filter(kind=CustomerKind.INDIVIDUAL, status__not=CustomerStatus.MERGED)
        .order_by("id")
        .values("id")
    ]
    members = sorted(rng.sample(guests, k=min(MAX_MEMBERS, int(len(guests) * SHARE))))
    desk: list[int | None] = [users[u] for u in ("frontdesk", "manager") if u in users] or [None]
    window_from = service.window_start(now)
    cards: list[MembershipCard] = []
    entries: list[LedgerEntry] = []
    events: list[CardEvent] = []
    for serial, customer_id in enumerate(members, start=1):
        issued = now - timedelta(days=rng.uniform(15, 700), hours=rng.uniform(0, 10))
        issued_day = to_hotel_time(issued).date()
        months = 12
        valid_until = service.add_months(issued_day, months)
        while valid_until < to_hotel_time(now).date() and rng.random() < 0.85:
            months += 12
            valid_until = service.add_months(issued_day, months)
        points = stored = window = 0
        moments = sorted(
            issued + timedelta(seconds=rng.uniform(60, (now - issued).total_seconds()))
            for _ in range(rng.randint(1, 9))
        )
        # A quarter of the members are big spenders: they reach SILVER, GOLD or PLATINUM.
        big = rng.random() < 0.25
        for at in moments:
            actor = rng.choice(desk)
            roll = rng.random()
            if roll < 0.55 or points == 0:
                spend = rng.randint(400, 9_000 if not big else 40_000) * 100 + rng.choice((0, 50, 88))
                earned = service.points_for(spend)
                points += earned
                window += spend if at >= window_from else 0
                entries.append(
                    _entry(serial, LedgerAccount.POINTS, LedgerKind.EARN, earned, points, at, actor, spend, rng)
                )
            elif roll < 0.7 and points >= 200:
                redeemed = rng.randrange(100, points + 1, 100) if points >= 100 else points
                points -= redeemed
                entries.append(
                    _entry(
                        serial,
                        LedgerAccount.POINTS,
                        LedgerKind.REDEEM,
                        -redeemed,
                        points,
                        at,
                        actor,
                        0,
                        rng,
                        note="兑换早餐券",
                    )
                )
            elif roll < 0.85:
                paid = rng.choice((50_000, 100_000, 200_000, 500_000, 1_000_000))
                stored += paid
                entries.append(
                    _entry(serial, LedgerAccount.STORED_VALUE, LedgerKind.TOP_UP, paid, stored, at, actor, 0, rng)
                )
                bonus = service.bonus_for(paid)
                if bonus:
                    stored += bonus
                    entries.append(
                        _entry(
                            serial,
                            LedgerAccount.STORED_VALUE,
                            LedgerKind.BONUS,
                            bonus,
                            stored,
                            at,
                            actor,
                            0,
                            rng,
                            note="充值赠送",
                        )
                    )
            elif stored > 0:
                paid = min(stored, rng.randint(100, 3_000) * 100)
                stored -= paid
                entries.append(
                    _entry(serial, LedgerAccount.STORED_VALUE, LedgerKind.SPEND, -paid, stored, at, actor, 0, rng)
                )
        tier = service.tier_for(window)
        status = CardStatus.ACTIVE
        if valid_until < to_hotel_time(now).date():
            status = CardStatus.EXPIRED
        elif rng.random() < 0.03:
            status = CardStatus.LOST
        cards.append(
            MembershipCard(
                id=serial,
                card_number=card_number(serial),
                customer_id=customer_id,
                tier=tier,
                status=status,
                issued_at=issued,
                valid_until=valid_until,
                points_balance=points,
                stored_value_balance=stored,
                share_with_partners=rng.random() > 0.1,
                tier_since=max(issued, moments[-1]) if tier is not MemberTier.CLASSIC else issued,
            )
        )
        events.append(
            CardEvent(
                card_id=serial,
                action="ISSUED",
                to_tier=MemberTier.CLASSIC,
                to_status=CardStatus.ACTIVE,
                actor_id=desk[0],
                at=issued,
            )
        )
        if tier is not MemberTier.CLASSIC:
            events.append(
                CardEvent(
                    card_id=serial,
                    action="TIER_CHANGED",
                    from_tier=MemberTier.CLASSIC,
                    to_tier=tier,
                    note="消费达标升级",
                    at=moments[-1],
                )
            )
        if status is not CardStatus.ACTIVE:
            events.append(
                CardEvent(
                    card_id=serial,
                    action=status.value,
                    from_status=CardStatus.ACTIVE,
                    to_status=status,
                    at=now - timedelta(days=rng.uniform(0, 10)),
                )
            )
    async with in_transaction():
        await MembershipCard.bulk_create(cards, batch_size=200)
        await LedgerEntry.bulk_create(entries, batch_size=500)
        await CardEvent.bulk_create(events, batch_size=500)
        if dialect() == "postgres":
            for table in ("membership_cards", "membership_ledger", "membership_card_events"):
                await fetch(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table}"'
                )
    return len(cards)


def _entry(
    card_id: int,
    account: LedgerAccount,
    kind: LedgerKind,
    amount: int,
    balance_after: int,
    at: datetime,
    actor_id: int | None,
    qualifying_spend: int,
    rng: Random,
    *,
    note: str | None = None,
) -> LedgerEntry:
    folio = (
        f"F{at:%y%m%d}-{rng.randint(1000, 9999)}"
        if kind in (LedgerKind.EARN, LedgerKind.SPEND, LedgerKind.TOP_UP)
        else None
    )
    return LedgerEntry(
        card_id=card_id,
        account=account,
        kind=kind,
        amount=amount,
        balance_after=balance_after,
        qualifying_spend=qualifying_spend,
        reference=folio,
        note=note,
        actor_id=actor_id,
        at=at,
    )
