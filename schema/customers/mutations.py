from __future__ import annotations

import strawberry

from schema.context import Info
from schema.customers.inputs import (
    CreateCustomerInput,
    MergeCustomersInput,
    RevealIdNumberInput,
    UpdateCustomerInput,
)
from schema.customers.types import Customer
from schema.errors import UserError, user_errors
from schema.ids import parse_id
from schema.permissions import EDIT_CUSTOMERS, MANAGERS
from server.core.errors import DomainError, ValidationErrors
from server.customers import service


@strawberry.type(description="The created or changed customer, or why not.")
class CustomerPayload:
    customer: Customer | None
    errors: list[UserError]


@strawberry.type(description="The full ID number, shown once; the reveal is audited.")
class RevealIdNumberPayload:
    id_number: str | None
    errors: list[UserError]


@strawberry.type
class CustomerMutations:
    @strawberry.mutation(description="Creates a customer record.", permission_classes=[EDIT_CUSTOMERS])
    async def create_customer(self, info: Info, input: CreateCustomerInput) -> CustomerPayload:
        try:
            customer = await service.create_customer(actor=info.context.actor, data=input.to_data())
        except (DomainError, ValidationErrors) as err:
            return CustomerPayload(customer=None, errors=user_errors(err))
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="Changes a customer if expectedVersion is current (else CONFLICT). "
        "Marking LOST or UNSUITABLE needs a statusReason and a manager.",
        permission_classes=[EDIT_CUSTOMERS],
    )
    async def update_customer(self, info: Info, input: UpdateCustomerInput) -> CustomerPayload:
        try:
            customer = await service.update_customer(
                actor=info.context.actor,
                customer_id=parse_id(input.id),
                expected_version=input.expected_version,
                changes=input.changes(),
            )
        except (DomainError, ValidationErrors) as err:
            return CustomerPayload(customer=None, errors=user_errors(err))
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="Moves everything of the duplicate to the survivor; the duplicate becomes MERGED.",
        permission_classes=[MANAGERS],
    )
    async def merge_customers(self, info: Info, input: MergeCustomersInput) -> CustomerPayload:
        try:
            customer = await service.merge_customers(
                actor=info.context.actor,
                survivor_id=parse_id(input.survivor_id, field="survivorId"),
                duplicate_id=parse_id(input.duplicate_id, field="duplicateId"),
            )
        except (DomainError, ValidationErrors) as err:
            return CustomerPayload(customer=None, errors=user_errors(err))
        return CustomerPayload(customer=Customer.from_model(customer), errors=[])

    @strawberry.mutation(
        description="The full ID number for a stated reason; one audit row each.",
        permission_classes=[MANAGERS],
    )
    async def reveal_id_number(self, info: Info, input: RevealIdNumberInput) -> RevealIdNumberPayload:
        try:
            number = await service.reveal_id_number(
                actor=info.context.actor,
                customer_id=parse_id(input.customer_id, field="customerId"),
                reason=input.reason,
            )
        except (DomainError, ValidationErrors) as err:
            return RevealIdNumberPayload(id_number=None, errors=user_errors(err))
        return RevealIdNumberPayload(id_number=number, errors=[])
