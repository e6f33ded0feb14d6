"""Feedback (客户反馈): opinions and suggestions, with their follow-up."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Feedback(Model):
    # An opinion or suggestion (客户反馈), with its follow-up.
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    channel = fields.CharField(max_length=32, null=True)
    rating = fields.IntField(null=True)  # 1–5
    category = fields.CharField(max_length=64, null=True)
    text = fields.TextField()
    follow_up = fields.TextField(null=True)
    followed_up_at = fields.DatetimeField(null=True)
    followed_up_by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    recorded_by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    received_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "feedback"
        indexes = (("customer_id", "received_at"), ("category", "received_at"), ("received_at",))
