from __future__ import annotations

import strawberry

from schema.contacts.types import CareEvent, Contact
from schema.context import Info
from schema.ids import parse_id
from schema.loaders import load_one
from schema.permissions import READ_CUSTOMERS
from server.contacts import service


@strawberry.type
class ContactQueries:
    @strawberry.field(description="A contact by id (archived ones too).", permission_classes=[READ_CUSTOMERS])
    async def contact(self, info: Info, id: strawberry.ID) -> Contact | None:
        return await load_one(info.context.loaders.contacts_by_id, parse_id(id), Contact.from_model)

    @strawberry.field(
        description="客户关怀: birthdays of guests and contacts and customers' key dates from today to "
        "today + withinDays (0…366, hotel time), by date; 29 Feb is greeted on 28 Feb in common years.",
        permission_classes=[READ_CUSTOMERS],
    )
    async def care_calendar(self, info: Info, within_days: int) -> list[CareEvent]:
        events = await service.care_calendar(within_days=within_days)
        greeted = await service.greeted_this_year(list({e.customer.id for e in events}))
        return [CareEvent.from_data(e, greeted=e.customer.id in greeted) for e in events]
