from __future__ import annotations

import strawberry

from schema.context import Info
from schema.contracts.inputs import (
    ContractMoveInput,
    CreateContractInput,
    RenewContractInput,
    TerminateContractInput,
    UpdateContractInput,
)
from schema.contracts.types import Contract
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.permissions import ACCOUNT_STAFF
from server.contracts import service
from server.contracts.models import Contract as ContractModel


@strawberry.type(description="The contract as it is after the change, or why not.")
class ContractPayload:
    contract: Contract | None
    previous: Contract | None = strawberry.field(
        default=None, description="renewContract: the renewed (now RENEWED) contract."
    )
    errors: list[UserError] = strawberry.field(default_factory=list)


def _done(contract: ContractModel) -> ContractPayload:
    return ContractPayload(contract=Contract.from_model(contract), errors=[])


@strawberry.type
class ContractMutations:
    @strawberry.mutation(
        description="A new DRAFT contract (sales, managers). The number is unique (DUPLICATE); endDate ≥ startDate; "
        "discount 0…100 % with two decimals at most; rates > 0, one per room type.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContractPayload)
    async def create_contract(self, info: Info, input: CreateContractInput) -> ContractPayload:
        return _done(
            await service.create_contract(
                actor=info.context.actor,
                customer_id=parse_id(input.customer_id, field="customerId"),
                data=input.data(),
            )
        )

    @strawberry.mutation(
        description="Changes a DRAFT; an ACTIVE contract only its credit limit, payment terms and notes "
        "(else INVALID_STATE).",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContractPayload)
    async def update_contract(self, info: Info, input: UpdateContractInput) -> ContractPayload:
        return _done(
            await service.update_contract(
                actor=info.context.actor,
                contract_id=parse_id(input.id),
                expected_version=input.expected_version,
                data=input.data(),
            )
        )

    @strawberry.mutation(description="DRAFT → ACTIVE (signed).", permission_classes=[ACCOUNT_STAFF])
    @refusals_as(ContractPayload)
    async def activate_contract(self, info: Info, input: ContractMoveInput) -> ContractPayload:
        return _done(
            await service.activate_contract(
                actor=info.context.actor, contract_id=parse_id(input.id), expected_version=input.expected_version
            )
        )

    @strawberry.mutation(description="ACTIVE → TERMINATED, with a reason.", permission_classes=[ACCOUNT_STAFF])
    @refusals_as(ContractPayload)
    async def terminate_contract(self, info: Info, input: TerminateContractInput) -> ContractPayload:
        return _done(
            await service.terminate_contract(
                actor=info.context.actor,
                contract_id=parse_id(input.id),
                reason=input.reason,
                expected_version=input.expected_version,
            )
        )

    @strawberry.mutation(
        description="ACTIVE or EXPIRED → RENEWED; returns the new linked contract (DRAFT, or ACTIVE when asked) "
        "starting the day after the old one ends, and the old one as previous.",
        permission_classes=[ACCOUNT_STAFF],
    )
    @refusals_as(ContractPayload)
    async def renew_contract(self, info: Info, input: RenewContractInput) -> ContractPayload:
        done = await service.renew_contract(
            actor=info.context.actor,
            contract_id=parse_id(input.id),
            number=input.number,
            end_date=input.end_date,
            rates=[r.to_entry() for r in input.rates] if input.rates is not None else None,
            discount_percent=(service.KEEP if input.discount_percent is strawberry.UNSET else input.discount_percent),
            activate=input.activate,
            expected_version=input.expected_version,
        )
        return ContractPayload(
            contract=Contract.from_model(done.contract), previous=Contract.from_model(done.previous), errors=[]
        )
