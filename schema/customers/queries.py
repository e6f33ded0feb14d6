from __future__ import annotations

import strawberry

from schema.context import Info
from schema.customers.inputs import DuplicateCheckInput
from schema.customers.types import CallerLookup, Customer, DuplicateCandidate
from schema.ids import parse_id
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.permissions import READ_CUSTOMERS
from server.core.errors import DomainError
from server.customers import service


@strawberry.type
class CustomerQueries:
    @strawberry.field(
        description="The customers who own a phone number given in any format.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def caller_lookup(self, info: Info, phone: str) -> CallerLookup:
        return CallerLookup.from_result(await service.caller_lookup(phone))

    @strawberry.field(
        description="One customer; a MERGED id resolves to the survivor.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def customer(self, info: Info, id: strawberry.ID) -> Customer | None:
        try:
            customer_id = parse_id(id)
        except DomainError:
            return None
        found = await service.get_customer(customer_id)
        return Customer.from_model(found) if found else None

    @strawberry.field(
        description="Customers by name, English name, pinyin or initials, phone or its last 4+ "
        "digits, e-mail or company; best match first. Without search: newest first.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def customers(
        self,
        info: Info,
        search: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Customer]:
        size = page_size(first)
        offset = decode_cursor(after)
        page = await service.search_customers(search, first=size, offset=offset)
        return connection([Customer.from_model(c) for c in page.customers], offset=page.offset, total=page.total)

    @strawberry.field(
        description="Existing profiles that may be the person being entered, best first.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def possible_duplicates(self, info: Info, input: DuplicateCheckInput) -> list[DuplicateCandidate]:
        found = await service.possible_duplicates(input.to_data())
        return [DuplicateCandidate.from_data(d) for d in found]
