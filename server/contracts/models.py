"""Contracts (合同 / 协议): negotiated agreements with rates per room type."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ContractStatus(Enum):
    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    TERMINATED = "TERMINATED"
    RENEWED = "RENEWED"


class Contract(Model):
    # A negotiated agreement (协议): rates per room type, discount, credit, payment terms.
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    number = fields.CharField(max_length=64, unique=True)
    kind = fields.CharField(max_length=32, null=True)
    status = fields.CharEnumField(ContractStatus, max_length=16, default=ContractStatus.DRAFT)
    start_date = fields.DateField()
    end_date = fields.DateField()
    # Basis points (1250 = 12.5 %), so that a discount is exact.
    discount_bp = fields.IntField(null=True)
    credit_limit = fields.BigIntField(null=True)  # fen
    payment_terms = fields.CharField(max_length=200, null=True)
    notes = fields.TextField(null=True)
    # The contract this one renews.
    renews: fields.ForeignKeyNullableRelation[Contract] = fields.ForeignKeyField(
        "models.Contract", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    owner: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    terminated_reason = fields.CharField(max_length=500, null=True)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "contracts"
        indexes = (("customer_id", "status"), ("status", "end_date"))


class ContractRate(Model):
    id = fields.BigIntField(primary_key=True)
    contract: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Contract", related_name=False, on_delete=fields.CASCADE
    )
    room_type = fields.CharField(max_length=32)
    rate = fields.BigIntField()  # fen per night

    class Meta:
        table = "contract_rates"
        unique_together = (("contract", "room_type"),)
