from __future__ import annotations

import strawberry

from schema.contacts.inputs import ContactIdInput, CreateContactInput, UpdateContactInput
from schema.contacts.types import Contact
from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.permissions import ACCOUNT_STAFF
from server.contacts import service
from server.contacts.models import Contact as ContactModel


@strawberry.type(description="The contact as it is after the change, or why not.")
class ContactPayload:
    contact: Contact | None
    errors: list[UserError]


def _done(contact: ContactModel) -> ContactPayload:
    return ContactPayload(contact=Contact.from_model(contact), errors=[])


@strawberry.type
class ContactMutations:
    @strawberry.mutation(
        description="Adds a person at a customer (sales, managers); phones are validated and stored as E.164.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContactPayload)
    async def create_contact(self, info: Info, input: CreateContactInput) -> ContactPayload:
        customer_id = parse_id(input.customer_id, field="customerId")
        return _done(await service.create_contact(actor=info.context.actor, customer_id=customer_id, data=input.data()))

    @strawberry.mutation(
        description="Changes a contact if expectedVersion is current (else CONFLICT).",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContactPayload)
    async def update_contact(self, info: Info, input: UpdateContactInput) -> ContactPayload:
        done = await service.update_contact(
            actor=info.context.actor,
            contact_id=parse_id(input.id),
            expected_version=input.expected_version,
            data=input.data(),
        )
        return _done(done)

    @strawberry.mutation(
        description="Takes a contact off the account (kept in the archive, never deleted).",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContactPayload)
    async def archive_contact(self, info: Info, input: ContactIdInput) -> ContactPayload:
        return _done(await service.archive_contact(actor=info.context.actor, contact_id=parse_id(input.id)))

    @strawberry.mutation(
        description="Makes this contact the account's one primary contact.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContactPayload)
    async def set_primary_contact(self, info: Info, input: ContactIdInput) -> ContactPayload:
        return _done(await service.set_primary_contact(actor=info.context.actor, contact_id=parse_id(input.id)))
