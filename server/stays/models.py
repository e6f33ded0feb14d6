"""Stays and other revenue lines."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class StayStatus(Enum):
    RESERVED = "RESERVED"
    IN_HOUSE = "IN_HOUSE"
    CHECKED_OUT = "CHECKED_OUT"
    CANCELLED = "CANCELLED"
    NO_SHOW = "NO_SHOW"


class RevenueCategory(Enum):
    FOOD_AND_BEVERAGE = "FOOD_AND_BEVERAGE"
    CONFERENCE = "CONFERENCE"
    BANQUET = "BANQUET"
    SPA = "SPA"
    OTHER = "OTHER"


class Stay(Model):
    id = fields.IntField(primary_key=True)
    # A stay imported from a PMS export may have no known customer.
    customer: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    property = fields.CharField(max_length=64)
    arrival = fields.DateField()
    departure = fields.DateField()
    room_nights = fields.IntField()
    room_type = fields.CharField(max_length=32)
    nightly_rate = fields.BigIntField()
    room_revenue = fields.BigIntField()
    channel = fields.CharField(max_length=64, null=True)
    market_segment = fields.CharField(max_length=64, null=True)
    customer_type = fields.CharField(max_length=32, null=True)
    country = fields.CharField(max_length=3, null=True)
    adults = fields.IntField(default=1)
    children = fields.IntField(default=0)
    purpose = fields.CharField(max_length=64, null=True)
    payment_method = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(StayStatus, max_length=16)
    source_ref = fields.CharField(max_length=128, null=True, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "stays"
        indexes = (("customer_id", "arrival"),)


class RevenueLine(Model):
    # Revenue other than rooms: F&B, conference, banquet, spa, other.

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    stay: fields.ForeignKeyNullableRelation[Stay] = fields.ForeignKeyField(
        "models.Stay", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    category = fields.CharEnumField(RevenueCategory, max_length=24)
    amount = fields.BigIntField()
    spent_on = fields.DateField()
    note = fields.CharField(max_length=255, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "revenue_lines"
        indexes = (("customer_id", "spent_on"),)
