from __future__ import annotations

import strawberry

from schema.context import Info
from schema.pagination import Connection, connection, decode_cursor, page_size
from schema.partners.types import MemberStatus, PartnerKey
from schema.permissions import ADMINS, MEMBER_STATUS
from server.partners import service


@strawberry.type
class PartnerQueries:
    @strawberry.field(
        description="A membership card's tier, status and validity; null for an unknown or malformed number "
        "and for a member who does not share with partners. The one field partners (X-API-Key) may read; "
        "every partner query is audited.",
        permission_classes=[MEMBER_STATUS],
    )
    async def member_status(self, info: Info, card_number: str) -> MemberStatus | None:
        ctx = info.context
        if ctx.partner is not None:
            found = await service.partner_member_status(actor=ctx.actor, card_number=card_number)
        else:
            found = await service.member_status(card_number)
        return MemberStatus.from_view(found) if found else None

    @strawberry.field(
        description="Partner API keys, newest first (never the key or its hash).", permission_classes=[ADMINS]
    )
    async def partner_keys(self, first: int | None = None, after: str | None = None) -> Connection[PartnerKey]:
        size = page_size(first)
        offset = decode_cursor(after)
        keys, total = await service.list_partner_keys(offset=offset, limit=size)
        return connection([PartnerKey.from_model(k) for k in keys], offset=offset, total=total)
