"""Complaints (投诉信息库): the complaint, its timeline, and the procedures linked to it."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class ComplaintStatus(Enum):
    OPEN = "OPEN"
    INVESTIGATING = "INVESTIGATING"
    RESOLVED = "RESOLVED"
    CLOSED = "CLOSED"
    REOPENED = "REOPENED"


class Severity(Enum):
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    CRITICAL = "CRITICAL"


class Complaint(Model):
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    channel = fields.CharField(max_length=32, null=True)
    category = fields.CharField(max_length=64, null=True)
    severity = fields.CharEnumField(Severity, max_length=16)
    description = fields.TextField()
    status = fields.CharEnumField(ComplaintStatus, max_length=16, default=ComplaintStatus.OPEN)
    assignee: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    departments: fields.Field[list[str]] = fields.JSONField(default=list)
    # The promised time (SLA by severity, counted from filing or reopening).
    due_at = fields.DatetimeField()
    root_cause = fields.TextField(null=True)
    resolution = fields.TextField(null=True)
    compensation_fen = fields.BigIntField(default=0)
    staff_at_fault = fields.BooleanField(null=True)
    staff_at_fault_who = fields.CharField(max_length=200, null=True)
    # The guest's answer on the follow-up call, recorded at closing.
    satisfied = fields.BooleanField(null=True)
    filed_by: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    filed_at = fields.DatetimeField()
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    reopened_at = fields.DatetimeField(null=True)
    # When the overdue complaint was escalated to the managers (once per due time).
    escalated_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "complaints"
        indexes = (
            ("status", "due_at"),
            ("customer_id", "status"),
            ("assignee_id", "status"),
            ("category", "filed_at"),
            ("filed_at",),
        )


class ComplaintEvent(Model):
    # The complaint's timeline: who did what when, with the changed values and a note.
    id = fields.BigIntField(primary_key=True)
    complaint: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Complaint", related_name=False, on_delete=fields.CASCADE
    )
    at = fields.DatetimeField()
    actor: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    action = fields.CharField(max_length=32)
    from_status = fields.CharEnumField(ComplaintStatus, max_length=16, null=True)
    to_status = fields.CharEnumField(ComplaintStatus, max_length=16, null=True)
    changes: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    note = fields.TextField(null=True)

    class Meta:
        table = "complaint_events"
        indexes = (("complaint_id", "at"),)


class ComplaintArticle(Model):
    # A handling procedure linked to a complaint (suggested while filing, or chosen later), best first.
    id = fields.BigIntField(primary_key=True)
    complaint: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Complaint", related_name=False, on_delete=fields.CASCADE
    )
    article: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.KnowledgeArticle", related_name=False, on_delete=fields.CASCADE
    )
    rank = fields.IntField()
    linked_at = fields.DatetimeField()

    class Meta:
        table = "complaint_articles"
        unique_together = (("complaint", "article"),)
