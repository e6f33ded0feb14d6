from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.context import Info
from schema.customers.types import Phone
from server.contacts.models import Contact as ContactModel
from server.contacts.service import CareEvent as CareEventData

if TYPE_CHECKING:
    from schema.customers.types import Customer


@strawberry.type(description="客户联系人: a person at a (usually corporate) customer.")
class Contact:
    id: strawberry.ID
    name: str
    title: str | None = strawberry.field(description="Job title (职务).")
    email: str | None
    birthday: date | None = strawberry.field(description="Feeds the care calendar.")
    is_primary: bool = strawberry.field(description="The account's one primary contact.")
    notes: str | None
    archived_at: datetime | None = strawberry.field(description="Set when taken off the account (left, …).")
    version: int = strawberry.field(description="Send as expectedVersion when updating.")
    customer_id: strawberry.Private[int]

    @classmethod
    def from_model(cls, c: ContactModel) -> Contact:
        return cls(
            id=strawberry.ID(str(c.id)),
            name=c.name,
            title=c.title,
            email=c.email,
            birthday=c.birthday,
            is_primary=c.is_primary,
            notes=c.notes,
            archived_at=c.archived_at,
            version=c.version,
            customer_id=c.customer_id,  # type: ignore[attr-defined]
        )

    @strawberry.field(description="Phone numbers (E.164), first the main one.")
    async def phones(self, info: Info) -> list[Phone]:
        views = await info.context.loaders.contact_phones.load(int(self.id))
        return [Phone(number=p.number, label=p.label) for p in views]

    @strawberry.field(description="The customer (account) this person belongs to.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)


@strawberry.type(description="A day worth a greeting in the care calendar (客户关怀).")
class CareEvent:
    date: date = strawberry.field(description="The day it falls on in the window (29 Feb: 28 Feb in common years).")
    kind: str = strawberry.field(
        description="BIRTHDAY (a guest's), CONTACT_BIRTHDAY (a contact's), or the key date's kind (周年, 婚礼, …)."
    )
    title: str
    years: int | None = strawberry.field(description="Age, or years since the key date.")
    greeted_this_year: bool = strawberry.field(
        description="A GREETING interaction was logged for the customer since 1 January (hotel time)."
    )
    customer_id: strawberry.Private[int]
    contact_model: strawberry.Private[ContactModel | None]

    @classmethod
    def from_data(cls, e: CareEventData, *, greeted: bool) -> CareEvent:
        return cls(
            date=e.on,
            kind=e.kind,
            title=e.title,
            years=e.years,
            greeted_this_year=greeted,
            customer_id=e.customer.id,
            contact_model=e.contact,
        )

    @strawberry.field(description="The guest, or the account of the contact / key date.")
    async def customer(self, info: Info) -> Annotated[Customer, strawberry.lazy("schema.customers.types")] | None:
        from schema.customers.types import load_customer

        return await load_customer(info, self.customer_id)

    @strawberry.field(description="The contact whose birthday it is.")
    def contact(self) -> Contact | None:
        return Contact.from_model(self.contact_model) if self.contact_model else None
