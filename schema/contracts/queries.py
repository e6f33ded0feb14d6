from __future__ import annotations

import strawberry

from schema.context import Info
from schema.contracts.types import Contract, NegotiatedRate
from schema.enums import ContractStatus
from schema.ids import parse_id, parse_optional_id
from schema.loaders import load_one
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import READ_CUSTOMERS
from server.contracts import service


@strawberry.type
class ContractQueries:
    @strawberry.field(description="A contract by id.", permission_classes=[READ_CUSTOMERS])
    async def contract(self, info: Info, id: strawberry.ID) -> Contract | None:
        return await load_one(info.context.loaders.contracts_by_id, parse_id(id), Contract.from_model)

    @strawberry.field(
        description="Contracts: ACTIVE ones ending soonest first, then drafts, then the rest (newest end first). "
        "Filters: status (any of), customer, ACTIVE ending within N days (0…366), number contains search.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def contracts(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: list[ContractStatus] | None = None,
        customer_id: strawberry.ID | None = None,
        expiring_within_days: int | None = None,
        search: str | None = None,
    ) -> Connection[Contract]:
        size = page_size(first)
        offset = decode_cursor(after)
        page = await service.list_contracts(
            status=status,
            customer_id=parse_optional_id(customer_id, field="customerId"),
            expiring_within_days=expiring_within_days,
            search=search,
            first=size,
            offset=offset,
        )
        return connection([Contract.from_model(c) for c in page.contracts], offset=offset, total=page.total)

    @strawberry.field(
        description="ACTIVE contracts ending today … today + withinDays (0…366, hotel time), the soonest first.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def expiring_contracts(self, info: Info, within_days: int) -> list[Contract]:
        return [Contract.from_model(c) for c in await service.expiring_contracts(within_days=within_days)]

    @strawberry.field(
        description="At registration: the rates of the ACTIVE contract in force today of a corporate customer, "
        "given by id or by the guest's employer (the customer's exact name, or the same name ignoring case, "
        "spaces and punctuation). Empty when there is none.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def negotiated_rates(
        self, info: Info, employer: str | None = None, customer_id: strawberry.ID | None = None
    ) -> list[NegotiatedRate]:
        found = await service.negotiated_rates(
            employer=employer, customer_id=parse_optional_id(customer_id, field="customerId")
        )
        return [NegotiatedRate.from_data(r) for r in found]
