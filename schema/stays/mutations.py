from __future__ import annotations

import strawberry

from schema.context import Info
from schema.customers.types import Customer
from schema.errors import UserError, refusals_as
from schema.permissions import REGISTER_GUESTS
from schema.stays.inputs import RegisterGuestInput
from schema.stays.types import Stay
from server.stays import service


@strawberry.type(description="The guest's profile and the new stay, or why not.")
class RegisterGuestPayload:
    customer: Customer | None
    stay: Stay | None
    created: bool = strawberry.field(default=False, description="False: an existing profile was recognised.")
    errors: list[UserError]


@strawberry.type
class StayMutations:
    @strawberry.mutation(
        description="Registers an arriving guest: recognises a returning guest (same document, "
        "else same phone and name) or creates the profile, then records the stay. All or nothing.",
        permission_classes=[REGISTER_GUESTS],
    )
    @refusals_as(RegisterGuestPayload)
    async def register_guest(self, info: Info, input: RegisterGuestInput) -> RegisterGuestPayload:
        result = await service.register_guest(actor=info.context.actor, registration=input.to_data())
        return RegisterGuestPayload(
            customer=Customer.from_model(result.customer),
            stay=Stay.from_view(service.stay_view(result.stay)),
            created=result.created,
            errors=[],
        )
