"""Staff accounts, the append-only audit log, login failures and idempotency records."""

from __future__ import annotations

from enum import Enum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class Role(Enum):
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    SALES = "SALES"
    AGENT = "AGENT"
    FRONT_DESK = "FRONT_DESK"


class UserStatus(Enum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class User(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=64)
    role = fields.CharEnumField(Role, max_length=16)
    department = fields.CharField(max_length=64, null=True)
    # Whose team this member of staff is in: the supervisor sees the team's follow-ups.
    supervisor: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    deactivated_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(UserStatus, max_length=16, default=UserStatus.ACTIVE)
    password_hash = fields.CharField(max_length=255)
    # Bumped on password change or deactivation: older tokens stop working.
    token_generation = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "users"

    def __str__(self) -> str:
        return self.username


class AuditEntry(Model):
    # Who did what to which record, when, why and from where. Never updated or deleted.

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    actor_id = fields.IntField(null=True, db_index=True)
    actor_label = fields.CharField(max_length=128)
    action = fields.CharField(max_length=64, db_index=True)
    target_type = fields.CharField(max_length=32, null=True)
    target_id = fields.CharField(max_length=64, null=True, db_index=True)
    reason = fields.CharField(max_length=500, null=True)
    outcome = fields.CharField(max_length=16, default="OK")
    client_address = fields.CharField(max_length=64, null=True)
    request_id = fields.CharField(max_length=64, null=True)
    details: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)

    class Meta:
        table = "audit_log"


class LoginFailure(Model):
    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=64, db_index=True)
    client_address = fields.CharField(max_length=64, db_index=True)
    at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "login_failures"


class IdempotencyRecord(Model):
    # The answer to a create that a client may retry; a retry with the key gets it again.

    id = fields.BigIntField(primary_key=True)
    operation = fields.CharField(max_length=64)
    key = fields.CharField(max_length=128)
    actor_id = fields.IntField(null=True)
    result: fields.JSONField[dict[str, Any]] = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_records"
        unique_together = (("operation", "key"),)
