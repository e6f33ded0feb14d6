from __future__ import annotations

from datetime import date

import strawberry

from schema.inputs import sent_changes
from schema.scalars import Fen
from server.contracts.service import ContractData, RateEntry


@strawberry.input(description="A negotiated rate for one room type.")
class ContractRateInput:
    room_type: str
    rate: Fen = strawberry.field(description="Fen per night (> 0).")

    def to_entry(self) -> RateEntry:
        return RateEntry(room_type=self.room_type, rate=self.rate)


@strawberry.input(description="A new contract; it starts as DRAFT (activate it when signed).")
class CreateContractInput:
    customer_id: strawberry.ID
    number: str = strawberry.field(description="Unique (DUPLICATE otherwise); stored in capitals.")
    start_date: date
    end_date: date = strawberry.field(description="Not before startDate.")
    kind: str | None = None
    discount_percent: float | None = strawberry.field(default=None, description="0…100, at most 2 decimals.")
    rates: list[ContractRateInput] | None = strawberry.field(default=None, description="One per room type.")
    credit_limit: Fen | None = None
    payment_terms: str | None = None
    notes: str | None = None

    def data(self) -> ContractData:
        return ContractData(
            number=self.number,
            kind=self.kind,
            start_date=self.start_date,
            end_date=self.end_date,
            discount_percent=self.discount_percent,
            rates=[r.to_entry() for r in self.rates] if self.rates is not None else None,
            credit_limit=self.credit_limit,
            payment_terms=self.payment_terms,
            notes=self.notes,
        )


_FIELDS = (
    "number",
    "kind",
    "start_date",
    "end_date",
    "discount_percent",
    "rates",
    "credit_limit",
    "payment_terms",
    "notes",
)


@strawberry.input(
    description="Changes to a contract: a DRAFT anything; an ACTIVE one only creditLimit, paymentTerms and notes."
)
class UpdateContractInput:
    id: strawberry.ID
    expected_version: int = strawberry.field(description="The version you read; stale gives CONFLICT.")
    number: str | None = strawberry.UNSET
    kind: str | None = strawberry.UNSET
    start_date: date | None = strawberry.UNSET
    end_date: date | None = strawberry.UNSET
    discount_percent: float | None = strawberry.UNSET
    rates: list[ContractRateInput] | None = strawberry.field(default=strawberry.UNSET, description="Replaces all.")
    credit_limit: Fen | None = strawberry.UNSET
    payment_terms: str | None = strawberry.UNSET
    notes: str | None = strawberry.UNSET

    def data(self) -> ContractData:
        sent = {name for name in _FIELDS if getattr(self, name) is not strawberry.UNSET}
        values = {name: getattr(self, name) if name in sent else None for name in _FIELDS}
        rates = values.pop("rates")
        return ContractData(
            **values,
            rates=[r.to_entry() for r in rates] if rates is not None else ([] if "rates" in sent else None),
            provided=set(sent_changes(self, _FIELDS)),
        )


@strawberry.input(description="A state change of a contract.")
class ContractMoveInput:
    id: strawberry.ID
    expected_version: int | None = strawberry.field(default=None, description="Optional; stale gives CONFLICT.")


@strawberry.input(description="Ends an ACTIVE contract early; the reason is kept.")
class TerminateContractInput:
    id: strawberry.ID
    reason: str
    expected_version: int | None = None


@strawberry.input(
    description="Renews an ACTIVE or EXPIRED contract: it becomes RENEWED and a new linked contract starts the day "
    "after it ends, with its rates, discount, credit limit and terms unless new ones are given."
)
class RenewContractInput:
    id: strawberry.ID
    number: str = strawberry.field(description="The new contract's number (unique).")
    end_date: date
    rates: list[ContractRateInput] | None = None
    discount_percent: float | None = strawberry.UNSET
    activate: bool = strawberry.field(default=False, description="true: the new contract is ACTIVE at once.")
    expected_version: int | None = None
