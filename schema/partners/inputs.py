from __future__ import annotations

from datetime import datetime

import strawberry


@strawberry.input(description="A new API key for a partner.")
class CreatePartnerKeyInput:
    partner: str = strawberry.field(description="Who gets the key (airline, travel agency, OTA).")
    scopes: list[str] | None = strawberry.field(default=None, description="Default: [membership:read].")
    expires_at: datetime | None = strawberry.field(default=None, description="Null: never expires.")
    rate_limit_per_minute: int | None = strawberry.field(
        default=None, description="Null: the server's default (HOTEL_CRM_PARTNER_RATE_LIMIT_PER_MINUTE)."
    )


@strawberry.input(description="Revokes a key at once; it cannot be undone.")
class RevokePartnerKeyInput:
    id: strawberry.ID


@strawberry.input(description="A key's new expiry (in the future), or null: never expires.")
class SetPartnerKeyExpiryInput:
    id: strawberry.ID
    expires_at: datetime | None = None
