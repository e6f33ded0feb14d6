"""Prospects (意向客户管理卡), their follow-ups, follow-up tasks (回访) and the events guests attend."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ProspectGrade(Enum):
    H = "H"  # decision within 7 days
    A = "A"  # within a month
    B = "B"  # 1–3 months
    C = "C"  # over 3 months


class ProspectStatus(Enum):
    OPEN = "OPEN"
    WON = "WON"
    LOST = "LOST"


class Prospect(Model):
    # The prospect card (意向客户管理卡) of a customer being won.
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    owner: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    grade = fields.CharEnumField(ProspectGrade, max_length=1)
    status = fields.CharEnumField(ProspectStatus, max_length=8, default=ProspectStatus.OPEN)
    interest = fields.TextField(null=True)
    next_follow_up_on = fields.DateField(null=True)
    outcome_reason = fields.CharField(max_length=500, null=True)
    closed_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "prospects"
        indexes = (("owner_id", "status", "next_follow_up_on"), ("customer_id", "status"), ("status", "grade"))


class ProspectFollowUp(Model):
    # One follow-up of a prospect: impression, content, bottleneck analysis, plan, next date,
    # and the supervisor's comment.
    id = fields.BigIntField(primary_key=True)
    prospect: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Prospect", related_name=False, on_delete=fields.RESTRICT
    )
    by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField()
    impression = fields.TextField(null=True)
    content = fields.TextField()
    bottleneck = fields.TextField(null=True)
    plan = fields.TextField(null=True)
    next_date = fields.DateField(null=True)
    grade = fields.CharEnumField(ProspectGrade, max_length=1, null=True)
    supervisor_comment = fields.TextField(null=True)
    supervisor: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    commented_at = fields.DatetimeField(null=True)

    class Meta:
        table = "prospect_follow_ups"
        indexes = (("prospect_id", "at"),)


class FollowUpTaskKind(Enum):
    PROSPECT = "PROSPECT"
    REVISIT_STAY = "REVISIT_STAY"
    REVISIT_EVENT = "REVISIT_EVENT"
    DORMANT_CHECK = "DORMANT_CHECK"
    MANUAL = "MANUAL"


class FollowUpTaskStatus(Enum):
    OPEN = "OPEN"
    DONE = "DONE"
    CANCELLED = "CANCELLED"


class FollowUpTask(Model):
    # Something a member of staff has to do for a customer on a date (回访任务).
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    prospect: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Prospect", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    owner: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(FollowUpTaskKind, max_length=16)
    title = fields.CharField(max_length=200)
    due_on = fields.DateField()
    status = fields.CharEnumField(FollowUpTaskStatus, max_length=16, default=FollowUpTaskStatus.OPEN)
    # What generated it, so that a rule never creates the same task twice ("stay:123:+3").
    rule_key = fields.CharField(max_length=128, null=True, unique=True)
    note = fields.TextField(null=True)
    done_at = fields.DatetimeField(null=True)
    done_by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "follow_up_tasks"
        indexes = (("owner_id", "status", "due_on"), ("customer_id", "status"), ("status", "due_on"))


class HotelEvent(Model):
    # An event guests attend (tasting, open day, wedding fair); attendance without a purchase
    # triggers revisit tasks.
    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=128)
    held_on = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "hotel_events"


class EventAttendance(Model):
    id = fields.BigIntField(primary_key=True)
    event: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.HotelEvent", related_name=False, on_delete=fields.CASCADE
    )
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    purchased = fields.BooleanField(default=False)

    class Meta:
        table = "event_attendances"
        unique_together = (("event", "customer"),)
