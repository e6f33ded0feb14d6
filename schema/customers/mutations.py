from __future__ import annotations

import strawberry

from schema.context import Info
from schema.customers.inputs import (
    AddKeyDateInput,
    AddPreferenceInput,
    CreateCustomerInput,
    MergeCustomersInput,
    RemoveKeyDateInput,
    RemovePreferenceInput,
    RevealIdNumberInput,
    UpdateCustomerInput,
)
from schema.customers.types import Customer, KeyDate, Preference
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.permissions import EDIT_CUSTOMERS, MANAGERS, READ_CUSTOMERS
from server.customers import service
from server.customers.models import KeyDate as KeyDateModel
from server.customers.models import Preference as PreferenceModel
from server.customers.service import KeyDateView, PreferenceView


@strawberry.type(description="The created or changed customer, or why not.")
class CustomerPayload:
    customer: Customer | None
    errors: list[UserError]


@strawberry.type(description="The full ID number, shown once; the reveal is audited.")
class RevealIdNumberPayload:
    id_number: str | None
    errors: list[UserError]


@strawberry.type(description="The added or removed preference and the customer, or why not.")
class PreferencePayload:
    preference: Preference | None
    customer: Customer | None
    errors: list[UserError]


@strawberry.type(description="The added or removed key date and the customer, or why not.")
class KeyDatePayload:
    key_date: KeyDate | None
    customer: Customer | None
    errors: list[UserError]


async def _customer(customer_id: int) -> Customer | None:
    found = await service.get_customer(customer_id)
    return Customer.from_model(found) if found else None


async def _preference_payload(p: PreferenceModel) -> PreferencePayload:
    view = PreferenceView(p.id, p.category, p.value, p.note)
    customer_id: int = p.customer_id  # type: ignore[attr-defined]
    return PreferencePayload(preference=Preference.from_view(view), customer=await _customer(customer_id), errors=[])


async def _key_date_payload(k: KeyDateModel) -> KeyDatePayload:
    view = KeyDateView(k.id, k.kind, k.date, k.note)
    customer_id: int = k.customer_id  # type: ignore[attr-defined]
    return KeyDatePayload(key_date=KeyDate.from_view(view), customer=await _customer(customer_id), errors=[])


@strawberry.type
class CustomerMutations:
    @strawberry.mutation(description="Creates a customer record.", permission_classes=[EDIT_CUSTOMERS])
    @refusals_as(CustomerPayload)
    async def create_customer(self, info: Info, input: CreateCustomerInput) -> CustomerPayload:
        customer = await service.create_customer(actor=info.context.actor, data=input.to_data())
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="Changes a customer if expectedVersion is current (else CONFLICT). "
        "Marking LOST or UNSUITABLE needs a statusReason and a manager.",
        permission_classes=[EDIT_CUSTOMERS],
    )
    @refusals_as(CustomerPayload)
    async def update_customer(self, info: Info, input: UpdateCustomerInput) -> CustomerPayload:
        customer = await service.update_customer(
            actor=info.context.actor,
            customer_id=parse_id(input.id),
            expected_version=input.expected_version,
            changes=input.changes(),
        )
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="Moves everything of the duplicate to the survivor; the duplicate becomes MERGED.",
        permission_classes=[MANAGERS],
    )
    @refusals_as(CustomerPayload)
    async def merge_customers(self, info: Info, input: MergeCustomersInput) -> CustomerPayload:
        customer = await service.merge_customers(
            actor=info.context.actor,
            survivor_id=parse_id(input.survivor_id, field="survivorId"),
            duplicate_id=parse_id(input.duplicate_id, field="duplicateId"),
        )
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="The full ID number for a stated reason; one audit row each.",
        permission_classes=[MANAGERS],
    )
    @refusals_as(RevealIdNumberPayload)
    async def reveal_id_number(self, info: Info, input: RevealIdNumberInput) -> RevealIdNumberPayload:
        number = await service.reveal_id_number(
            actor=info.context.actor,
            customer_id=parse_id(input.customer_id, field="customerId"),
            reason=input.reason,
        )
        return RevealIdNumberPayload(id_number=number, errors=[])

    @strawberry.mutation(
        description="Remembers a preference of the guest (any member of staff who serves guests).",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(PreferencePayload)
    async def add_preference(self, info: Info, input: AddPreferenceInput) -> PreferencePayload:
        p = await service.add_preference(
            actor=info.context.actor,
            customer_id=parse_id(input.customer_id, field="customerId"),
            category=input.category,
            value=input.value,
            note=input.note,
        )
        return await _preference_payload(p)

    @strawberry.mutation(
        description="Takes a preference off the card; it is archived, never deleted.",
        permission_classes=[READ_CUSTOMERS],
    )
    @refusals_as(PreferencePayload)
    async def remove_preference(self, info: Info, input: RemovePreferenceInput) -> PreferencePayload:
        p = await service.archive_preference(actor=info.context.actor, preference_id=parse_id(input.id))
        return await _preference_payload(p)

    @strawberry.mutation(description="Records a key date of a customer.", permission_classes=[EDIT_CUSTOMERS])
    @refusals_as(KeyDatePayload)
    async def add_key_date(self, info: Info, input: AddKeyDateInput) -> KeyDatePayload:
        k = await service.add_key_date(
            actor=info.context.actor,
            customer_id=parse_id(input.customer_id, field="customerId"),
            kind=input.kind,
            on=input.date,
            note=input.note,
        )
        return await _key_date_payload(k)

    @strawberry.mutation(
        description="Takes a key date off the card; it is archived, never deleted.",
        permission_classes=[EDIT_CUSTOMERS],
    )
    @refusals_as(KeyDatePayload)
    async def remove_key_date(self, info: Info, input: RemoveKeyDateInput) -> KeyDatePayload:
        k = await service.archive_key_date(actor=info.context.actor, key_date_id=parse_id(input.id))
        return await _key_date_payload(k)
