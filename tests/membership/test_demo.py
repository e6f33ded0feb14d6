"""seed-demo adds members across the tiers whose balances are exactly their ledgers."""

from __future__ import annotations

from collections import Counter

from server import seed
from server.membership.models import CardStatus, LedgerAccount, LedgerEntry, MembershipCard, MemberTier
from server.membership.service import issue_card
from tests.factories import SYSTEM, make_customer


async def test_demo_members_have_exact_ledgers_and_span_the_tiers(db: str) -> None:
    await seed.seed_demo(customers=400, seed=3)
    cards = await MembershipCard.all()
    assert 80 <= len(cards) <= 300
    tiers = Counter(c.tier for c in cards)
    assert tiers[MemberTier.CLASSIC] > 0
    assert tiers[MemberTier.SILVER] + tiers[MemberTier.GOLD] + tiers[MemberTier.PLATINUM] > 0
    assert CardStatus.ACTIVE in {c.status for c in cards}
    entries = await LedgerEntry.all().order_by("id")
    for card in cards:
        mine = [e for e in entries if e.card_id == card.id]  # type: ignore[attr-defined]
        points = [e for e in mine if e.account is LedgerAccount.POINTS]
        stored = [e for e in mine if e.account is LedgerAccount.STORED_VALUE]
        assert sum(e.amount for e in points) == card.points_balance
        assert sum(e.amount for e in stored) == card.stored_value_balance
        assert all(e.balance_after >= 0 for e in mine)
    again = await seed.seed_demo(customers=5, seed=4)  # a second run adds no members
    assert again.customers == 5
    assert await MembershipCard.all().count() == len(cards)
    # The application goes on numbering after the demo cards.
    fresh = await make_customer(name="新会员")
    card = await issue_card(actor=SYSTEM, customer_id=fresh.id)
    assert card.id == len(cards) + 1
