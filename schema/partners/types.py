from __future__ import annotations

from datetime import date, datetime

import strawberry

from schema.enums import CardStatus, MemberTier, PartnerKeyStatus
from server.partners.models import PartnerKey as PartnerKeyModel
from server.partners.service import MemberStatusView, default_rate_limit, key_status


@strawberry.type(description="What a partner may know about a membership card: tier, status, validity — nothing else.")
class MemberStatus:
    card_number: str = strawberry.field(description="The card number, 16 digits.")
    tier: MemberTier = strawberry.field(description="The card's tier.")
    status: CardStatus = strawberry.field(description="ACTIVE, or why the card cannot be used (LOST, …).")
    valid_until: date = strawberry.field(description="Last day of validity (hotel time).")

    @classmethod
    def from_view(cls, view: MemberStatusView) -> MemberStatus:
        return cls(
            card_number=view.card_number,
            tier=MemberTier(view.tier),
            status=CardStatus(view.status),
            valid_until=view.valid_until,
        )


@strawberry.type(description="A partner's API key as admins see it; the key itself is shown only once, at creation.")
class PartnerKey:
    id: strawberry.ID
    partner: str = strawberry.field(description="Who holds the key (airline, travel agency, OTA).")
    prefix: str = strawberry.field(description="The key's first characters (hcp_…), to tell keys apart.")
    scopes: list[str] = strawberry.field(description="What the key may read (membership:read).")
    rate_limit_per_minute: int = strawberry.field(description="Requests per minute this key may make.")
    custom_rate_limit: bool = strawberry.field(description="False: the server's default applies.")
    status: PartnerKeyStatus = strawberry.field(description="ACTIVE, EXPIRED or REVOKED.")
    created_at: datetime
    expires_at: datetime | None = strawberry.field(description="Null: never expires.")
    revoked_at: datetime | None
    last_used_at: datetime | None = strawberry.field(description="Updated at most once a minute.")

    @classmethod
    def from_model(cls, key: PartnerKeyModel) -> PartnerKey:
        return cls(
            id=strawberry.ID(str(key.id)),
            partner=key.partner,
            prefix=key.prefix,
            scopes=list(key.scopes),
            rate_limit_per_minute=key.rate_limit_per_minute or default_rate_limit(),
            custom_rate_limit=key.rate_limit_per_minute is not None,
            status=key_status(key),
            created_at=key.created_at,
            expires_at=key.expires_at,
            revoked_at=key.revoked_at,
            last_used_at=key.last_used_at,
        )
