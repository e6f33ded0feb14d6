from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import UserError, refusals_as
from schema.ids import parse_id
from schema.partners.inputs import CreatePartnerKeyInput, RevokePartnerKeyInput, SetPartnerKeyExpiryInput
from schema.partners.types import PartnerKey
from schema.permissions import ADMINS
from server.partners import service


@strawberry.type(description="The new key, shown this once (only its hash is stored), or why not.")
class CreatePartnerKeyPayload:
    partner_key: PartnerKey | None
    key: str | None = strawberry.field(description="The whole API key for the X-API-Key header; never shown again.")
    errors: list[UserError]


@strawberry.type(description="The changed partner key, or why not.")
class PartnerKeyPayload:
    partner_key: PartnerKey | None
    errors: list[UserError]


@strawberry.type
class PartnerMutations:
    @strawberry.mutation(
        description="Creates a partner API key; the answer carries the key once.", permission_classes=[ADMINS]
    )
    @refusals_as(CreatePartnerKeyPayload)
    async def create_partner_key(self, info: Info, input: CreatePartnerKeyInput) -> CreatePartnerKeyPayload:
        issued = await service.create_partner_key(
            actor=info.context.actor,
            partner=input.partner,
            scopes=input.scopes,
            expires_at=input.expires_at,
            rate_limit_per_minute=input.rate_limit_per_minute,
        )
        return CreatePartnerKeyPayload(partner_key=PartnerKey.from_model(issued.record), key=issued.key, errors=[])

    @strawberry.mutation(description="Revokes a partner key at once.", permission_classes=[ADMINS])
    @refusals_as(PartnerKeyPayload)
    async def revoke_partner_key(self, info: Info, input: RevokePartnerKeyInput) -> PartnerKeyPayload:
        key = await service.revoke_partner_key(actor=info.context.actor, key_id=parse_id(input.id))
        return PartnerKeyPayload(partner_key=PartnerKey.from_model(key), errors=[])

    @strawberry.mutation(description="Sets when a partner key expires (null: never).", permission_classes=[ADMINS])
    @refusals_as(PartnerKeyPayload)
    async def set_partner_key_expiry(self, info: Info, input: SetPartnerKeyExpiryInput) -> PartnerKeyPayload:
        key = await service.set_partner_key_expiry(
            actor=info.context.actor, key_id=parse_id(input.id), expires_at=input.expires_at
        )
        return PartnerKeyPayload(partner_key=PartnerKey.from_model(key), errors=[])
