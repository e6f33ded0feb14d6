from __future__ import annotations

from collections.abc import Awaitable

import strawberry

from schema.contacts.inputs import ContactIdInput, CreateContactInput, UpdateContactInput
from schema.contacts.types import Contact
from schema.context import Info
from schema.errors import UserError, user_errors
from schema.ids import parse_id
from schema.permissions import has_role
from server.auth.models import Role
from server.contacts import service
from server.contacts.models import Contact as ContactModel
from server.core.errors import DomainError, ValidationErrors

# SPEC §5: sales manage the corporate accounts (any account: the archive is shared, as for customers), managers all.
MANAGE_ACCOUNTS = has_role(Role.SALES, Role.MANAGER)


@strawberry.type(description="The contact as it is after the change, or why not.")
class ContactPayload:
    contact: Contact | None
    errors: list[UserError]


async def _done(operation: Awaitable[ContactModel]) -> ContactPayload:
    try:
        contact = await operation
    except (DomainError, ValidationErrors) as err:
        return ContactPayload(contact=None, errors=user_errors(err))
    return ContactPayload(contact=Contact.from_model(contact), errors=[])


@strawberry.type
class ContactMutations:
    @strawberry.mutation(
        description="Adds a person at a customer (sales, managers); phones are validated and stored as E.164.",
        permission_classes=[MANAGE_ACCOUNTS],
    )
    async def create_contact(self, info: Info, input: CreateContactInput) -> ContactPayload:
        try:
            customer_id = parse_id(input.customer_id, field="customerId")
        except DomainError as err:
            return ContactPayload(contact=None, errors=user_errors(err))
        return await _done(service.create_contact(actor=info.context.actor, customer_id=customer_id, data=input.data()))

    @strawberry.mutation(
        description="Changes a contact if expectedVersion is current (else CONFLICT).",
        permission_classes=[MANAGE_ACCOUNTS],
    )
    async def update_contact(self, info: Info, input: UpdateContactInput) -> ContactPayload:
        try:
            contact_id = parse_id(input.id)
        except DomainError as err:
            return ContactPayload(contact=None, errors=user_errors(err))
        return await _done(
            service.update_contact(
                actor=info.context.actor,
                contact_id=contact_id,
                expected_version=input.expected_version,
                data=input.data(),
            )
        )

    @strawberry.mutation(
        description="Takes a contact off the account (kept in the archive, never deleted).",
        permission_classes=[MANAGE_ACCOUNTS],
    )
    async def archive_contact(self, info: Info, input: ContactIdInput) -> ContactPayload:
        try:
            contact_id = parse_id(input.id)
        except DomainError as err:
            return ContactPayload(contact=None, errors=user_errors(err))
        return await _done(service.archive_contact(actor=info.context.actor, contact_id=contact_id))

    @strawberry.mutation(
        description="Makes this contact the account's one primary contact.",
        permission_classes=[MANAGE_ACCOUNTS],
    )
    async def set_primary_contact(self, info: Info, input: ContactIdInput) -> ContactPayload:
        try:
            contact_id = parse_id(input.id)
        except DomainError as err:
            return ContactPayload(contact=None, errors=user_errors(err))
        return await _done(service.set_primary_contact(actor=info.context.actor, contact_id=contact_id))
