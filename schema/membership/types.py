from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import CardStatus, LedgerAccount, LedgerKind, MemberTier
from schema.loaders import load_one
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.scalars import Fen
from server.core.cardnumbers import display_card_number
from server.customers.models import Customer as CustomerModel
from server.membership import service
from server.membership.models import CardEvent as CardEventModel
from server.membership.models import LedgerEntry as LedgerEntryModel
from server.membership.models import MembershipCard as MembershipCardModel

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="One change of a balance; the ledger is append-only.")
class LedgerEntry:
    id: strawberry.ID
    account: LedgerAccount
    kind: LedgerKind
    amount: Fen = strawberry.field(
        description="Signed change: points for POINTS, fen for STORED_VALUE (+ adds to the balance, - takes from it)."
    )
    balance_after: Fen = strawberry.field(description="The account's balance right after this entry (running balance).")
    qualifying_spend: Fen = strawberry.field(description="Spend in fen that counts toward the tier (EARN entries).")
    reference: str | None = strawberry.field(description="Folio or receipt number; on transfers the other card.")
    note: str | None
    at: datetime
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, e: LedgerEntryModel) -> LedgerEntry:
        return cls(
            id=strawberry.ID(str(e.id)),
            account=e.account,
            kind=e.kind,
            amount=Fen(e.amount),
            balance_after=Fen(e.balance_after),
            qualifying_spend=Fen(e.qualifying_spend),
            reference=e.reference,
            note=e.note,
            at=e.at,
            actor_id=e.actor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who made the change (null: a system job).")
    async def actor(self, info: Info) -> User | None:
        return await load_user(info, self.actor_id)


@strawberry.type(description="A step in the card's life: issued, tier changed, lost, replaced, renewed, …")
class CardEvent:
    id: strawberry.ID
    action: str = strawberry.field(
        description="ISSUED, REISSUED, TIER_CHANGED, LOST, REPLACED, RENEWED, EXPIRED, CANCELLED, PARTNER_SHARING."
    )
    from_tier: MemberTier | None
    to_tier: MemberTier | None
    from_status: CardStatus | None
    to_status: CardStatus | None
    note: str | None
    at: datetime
    actor_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, e: CardEventModel) -> CardEvent:
        return cls(
            id=strawberry.ID(str(e.id)),
            action=e.action,
            from_tier=e.from_tier,
            to_tier=e.to_tier,
            from_status=e.from_status,
            to_status=e.to_status,
            note=e.note,
            at=e.at,
            actor_id=e.actor_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Who did it (null: a system job).")
    async def actor(self, info: Info) -> User | None:
        return await load_user(info, self.actor_id)


@strawberry.type(description="A membership card (会员卡): tier, status, validity and the two balances.")
class MembershipCard:
    id: strawberry.ID
    card_number: str = strawberry.field(description="16 digits, the last a Damm check digit.")
    display_number: str = strawberry.field(description="In groups of four, as printed: 8860 0000 0000 0013.")
    tier: MemberTier
    status: CardStatus
    issued_at: datetime
    valid_until: date = strawberry.field(description="Last day of validity (hotel time).")
    tier_since: datetime = strawberry.field(description="When the card reached its tier.")
    points_balance: int
    stored_value_balance: Fen = strawberry.field(description="储值 in fen.")
    share_with_partners: bool = strawberry.field(
        description="The member's choice: false makes partners see this card like an unknown number."
    )
    version: int
    customer_id: strawberry.Private[int]
    replaces_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, c: MembershipCardModel) -> MembershipCard:
        return cls(
            id=strawberry.ID(str(c.id)),
            card_number=c.card_number,
            display_number=display_card_number(c.card_number),
            tier=c.tier,
            status=c.status,
            issued_at=c.issued_at,
            valid_until=c.valid_until,
            tier_since=c.tier_since,
            points_balance=c.points_balance,
            stored_value_balance=Fen(c.stored_value_balance),
            share_with_partners=c.share_with_partners,
            version=c.version,
            customer_id=c.customer_id,  # type: ignore[attr-defined]
            replaces_id=c.replaces_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="The member.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="The card this one replaced (reissue after loss).")
    async def replaces(self, info: Info) -> MembershipCard | None:
        return await load_one(info.context.loaders.membership_cards, self.replaces_id, MembershipCard.from_model)

    @strawberry.field(description="The ledger, newest first, each entry with the balance after it (first ≤ 100).")
    async def ledger(self, first: int | None = None, after: str | None = None) -> Connection[LedgerEntry]:
        size = page_size(first)
        offset = decode_cursor(after)
        rows, total = await service.ledger_page(int(self.id), first=size, offset=offset)
        return connection([LedgerEntry.from_model(e) for e in rows], offset=offset, total=total)

    @strawberry.field(description="The card's history, oldest first.")
    async def events(self, info: Info) -> list[CardEvent]:
        return [CardEvent.from_model(e) for e in await info.context.loaders.card_events.load(int(self.id))]


@strawberry.type(description="A member whose birthday falls in the window (birthday benefits).")
class MemberBirthday:
    on: date = strawberry.field(description="The day celebrated (28 Feb for 29 Feb in a common year).")
    age: int
    card: MembershipCard
    customer_model: strawberry.Private[CustomerModel]

    @strawberry.field(description="The member.")
    def customer(self) -> Annotated[Customer, strawberry.lazy("schema.customers.types")]:
        from schema.customers.types import Customer

        return Customer.from_model(self.customer_model)

    @classmethod
    def from_data(cls, b: service.MemberBirthday) -> MemberBirthday:
        return cls(on=b.on, age=b.age, card=MembershipCard.from_model(b.card), customer_model=b.customer)
