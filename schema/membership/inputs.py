from __future__ import annotations

import strawberry

from schema.enums import LedgerAccount, MemberTier
from schema.scalars import Fen

_KEY = "A retry with the same key applies once and gets the first answer; another payload under it is CONFLICT."


@strawberry.input(description="A new card for a customer who holds none.")
class IssueMembershipCardInput:
    customer_id: strawberry.ID
    tier: MemberTier | None = strawberry.field(default=None, description="Default CLASSIC.")
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="Spend at the hotel (checkout): earns points and counts toward the tier.")
class RecordMemberSpendInput:
    card_number: str
    amount: Fen = strawberry.field(description="What the member spent, in fen (> 0).")
    reference: str | None = strawberry.field(default=None, description="Folio or receipt number.")
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="Points redeemed (irreversible).")
class RedeemPointsInput:
    card_number: str
    points: int = strawberry.field(description="How many points (> 0, at most the balance).")
    note: str | None = strawberry.field(default=None, description="What for.")
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="Money paid onto the card's stored value (储值); the bonus band applies.")
class TopUpStoredValueInput:
    card_number: str
    amount: Fen = strawberry.field(description="Paid in, in fen (> 0).")
    reference: str | None = strawberry.field(default=None, description="Receipt number.")
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="A payment from the card's stored value.")
class SpendStoredValueInput:
    card_number: str
    amount: Fen = strawberry.field(description="In fen (> 0, at most the balance).")
    reference: str | None = strawberry.field(default=None, description="Folio or receipt number.")
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="A manager's correction of a balance, with the reason.")
class AdjustBalanceInput:
    card_number: str
    account: LedgerAccount
    amount: Fen = strawberry.field(description="Signed: points, or fen for STORED_VALUE; never leaves it below zero.")
    reason: str
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="A card reported lost: blocked at once.")
class ReportCardLostInput:
    card_number: str
    note: str | None = None


@strawberry.input(description="A new card number for a lost or damaged card; balances move over.")
class ReissueCardInput:
    card_number: str
    note: str | None = None
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="Extends the validity; an EXPIRED card becomes ACTIVE.")
class RenewCardInput:
    card_number: str
    idempotency_key: str | None = strawberry.field(default=None, description=_KEY)


@strawberry.input(description="Closes a card for good (managers); refused while stored value remains.")
class CancelCardInput:
    card_number: str
    reason: str


@strawberry.input(description="The member's choice whether partners may verify the card.")
class SetPartnerSharingInput:
    card_number: str
    share: bool
