"""Interactions with customers (calls, visits, messages), call events from the PBX, extension bindings."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class InteractionKind(Enum):
    CALL_IN = "CALL_IN"
    CALL_OUT = "CALL_OUT"
    VISIT = "VISIT"
    EMAIL = "EMAIL"
    SMS = "SMS"
    WECHAT = "WECHAT"
    NOTE = "NOTE"


class InteractionPurpose(Enum):
    INQUIRY = "INQUIRY"
    BOOKING = "BOOKING"
    CANCELLATION = "CANCELLATION"
    SPECIAL_REQUEST = "SPECIAL_REQUEST"
    ITINERARY = "ITINERARY"
    LOST_AND_FOUND = "LOST_AND_FOUND"
    COMPLAINT = "COMPLAINT"
    FOLLOW_UP = "FOLLOW_UP"
    GREETING = "GREETING"


class CallOutcome(Enum):
    ANSWERED = "ANSWERED"
    MISSED = "MISSED"


class CallEventKind(Enum):
    RINGING = "RINGING"
    ANSWERED = "ANSWERED"
    ENDED = "ENDED"


class Interaction(Model):
    # One contact with a customer. Calls from the PBX carry call_id and are filled in by
    # ANSWERED and ENDED events; the agent adds purpose and summary at wrap-up.
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(InteractionKind, max_length=16)
    purpose = fields.CharEnumField(InteractionPurpose, max_length=24, null=True)
    summary = fields.TextField(null=True)
    agent: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    occurred_at = fields.DatetimeField()
    duration_seconds = fields.IntField(null=True)
    call_id = fields.CharField(max_length=128, null=True, unique=True)
    extension = fields.CharField(max_length=32, null=True)
    phone = fields.CharField(max_length=64, null=True)
    outcome = fields.CharEnumField(CallOutcome, max_length=16, null=True)
    answered_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    follow_up_on = fields.DateField(null=True)
    follow_up_done_at = fields.DatetimeField(null=True)
    wrapped_up_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "interactions"
        indexes = (("customer_id", "occurred_at"), ("agent_id", "occurred_at"), ("follow_up_on",))


class CallEvent(Model):
    # Every event the PBX posted, once: (call_id, event) is unique, so a retried webhook does nothing.
    id = fields.BigIntField(primary_key=True)
    call_id = fields.CharField(max_length=128)
    event = fields.CharEnumField(CallEventKind, max_length=16)
    extension = fields.CharField(max_length=32)
    caller = fields.CharField(max_length=64)
    at = fields.DatetimeField()
    received_at = fields.DatetimeField()

    class Meta:
        table = "call_events"
        unique_together = (("call_id", "event"),)


class ExtensionBinding(Model):
    # Which member of staff answers an extension; one extension per user, one user per extension.
    id = fields.IntField(primary_key=True)
    extension = fields.CharField(max_length=32, unique=True)
    user: fields.ForeignKeyRelation[Model] = fields.OneToOneField(
        "models.User", related_name=False, on_delete=fields.CASCADE
    )
    bound_at = fields.DatetimeField()

    class Meta:
        table = "extension_bindings"
