"""Cards and keys for the partner tests, made directly (the membership service is another team's)."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from server.auth.actor import Actor
from server.core.cardnumbers import card_number
from server.core.time import utcnow
from server.membership.models import CardStatus, MembershipCard, MemberTier
from server.partners import service
from server.partners.service import IssuedKey
from tests.factories import make_customer

SYSTEM = Actor.system("test")
_serial = itertools.count(1)
# Looks like a card number but its check digit is wrong.
BAD_CHECK_DIGIT = card_number(999_999)[:-1] + str((int(card_number(999_999)[-1]) + 1) % 10)


async def make_card(
    *,
    tier: MemberTier = MemberTier.GOLD,
    status: CardStatus = CardStatus.ACTIVE,
    share: bool = True,
    valid_until: date = date(2027, 6, 30),
    **overrides: Any,
) -> MembershipCard:
    customer = await make_customer(name=overrides.pop("name", "王秀英"), phones=["13912345678"])
    now = utcnow()
    return await MembershipCard.create(
        card_number=card_number(next(_serial)),
        customer_id=customer.id,
        tier=tier,
        status=status,
        issued_at=now,
        valid_until=valid_until,
        points_balance=1234,
        stored_value_balance=500000,
        share_with_partners=share,
        tier_since=now,
        **overrides,
    )


async def issue_key(
    partner: str = "东方航空 China Eastern",
    *,
    scopes: list[str] | None = None,
    rate_limit: int | None = None,
    expires_at: datetime | None = None,
) -> IssuedKey:
    return await service.create_partner_key(
        actor=SYSTEM, partner=partner, scopes=scopes, rate_limit_per_minute=rate_limit, expires_at=expires_at
    )


MEMBER_STATUS = "query($n: String!) { memberStatus(cardNumber: $n) { cardNumber tier status validUntil } }"


def partner_headers(key: str) -> dict[str, str]:
    return {"x-api-key": key}
