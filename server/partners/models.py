"""API keys of partners (airlines, travel agencies, OTAs) who check a member's tier."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class PartnerKey(Model):
    id = fields.IntField(primary_key=True)
    partner = fields.CharField(max_length=128)
    # The key's first characters, shown to admins to tell keys apart; the key itself is never stored.
    prefix = fields.CharField(max_length=32, unique=True)
    key_hash = fields.CharField(max_length=128, unique=True)
    scopes: fields.Field[list[str]] = fields.JSONField(default=list)
    # Requests per minute; None uses the setting's default.
    rate_limit_per_minute = fields.IntField(null=True)
    created_by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "partner_keys"
