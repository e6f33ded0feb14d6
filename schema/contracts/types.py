from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.auth.types import User, load_user
from schema.context import Info
from schema.enums import ContractStatus
from schema.loaders import load_one
from schema.scalars import Fen
from server.contracts.models import Contract as ContractModel
from server.contracts.service import NegotiatedRate as NegotiatedRateData

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="A negotiated rate for one room type (fen per night).")
class ContractRate:
    room_type: str
    rate: Fen


@strawberry.type(description="合同 / 协议: a negotiated agreement with a corporate customer, agency or organiser.")
class Contract:
    id: strawberry.ID
    number: str
    kind: str | None = strawberry.field(description="e.g. 公司协议, 旅行社, 会议.")
    status: ContractStatus
    start_date: date
    end_date: date
    discount_percent: float | None = strawberry.field(description="e.g. 12.5 (%); stored exactly as basis points.")
    credit_limit: Fen | None
    payment_terms: str | None
    notes: str | None
    terminated_reason: str | None
    version: int = strawberry.field(description="Send as expectedVersion when updating.")
    created_at: datetime
    updated_at: datetime
    customer_id: strawberry.Private[int]
    renews_id: strawberry.Private[int | None]
    owner_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, c: ContractModel) -> Contract:
        return cls(
            id=strawberry.ID(str(c.id)),
            number=c.number,
            kind=c.kind,
            status=c.status,
            start_date=c.start_date,
            end_date=c.end_date,
            discount_percent=c.discount_bp / 100 if c.discount_bp is not None else None,
            credit_limit=Fen(c.credit_limit) if c.credit_limit is not None else None,
            payment_terms=c.payment_terms,
            notes=c.notes,
            terminated_reason=c.terminated_reason,
            version=c.version,
            created_at=c.created_at,
            updated_at=c.updated_at,
            customer_id=c.customer_id,  # type: ignore[attr-defined]
            renews_id=c.renews_id,  # type: ignore[attr-defined]
            owner_id=c.owner_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Rates per room type.")
    async def rates(self, info: Info) -> list[ContractRate]:
        rows = await info.context.loaders.contract_rates.load(int(self.id))
        return [ContractRate(room_type=r.room_type, rate=Fen(r.rate)) for r in rows]

    @strawberry.field(description="The customer the contract is with.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="The contract this one renews.")
    async def renews(self, info: Info) -> Contract | None:
        return await load_one(info.context.loaders.contracts_by_id, self.renews_id, Contract.from_model)

    @strawberry.field(description="Who created it (the account manager).")
    async def owner(self, info: Info) -> User | None:
        return await load_user(info, self.owner_id)


@strawberry.type(description="The negotiated rate for a room type under an ACTIVE contract in force today.")
class NegotiatedRate:
    room_type: str
    rate: Fen
    discount_percent: float | None
    contract: Contract

    @classmethod
    def from_data(cls, r: NegotiatedRateData) -> NegotiatedRate:
        return cls(
            room_type=r.room_type,
            rate=Fen(r.rate),
            discount_percent=r.discount_bp / 100 if r.discount_bp is not None else None,
            contract=Contract.from_model(r.contract),
        )
