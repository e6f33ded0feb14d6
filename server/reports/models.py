"""The maintained summary behind segmentReport: stays per dimension value, property and arrival month.

Database triggers (migration 0012) keep it exact on every write to stays and on a change of a
customer's industry or nature; `hotel-crm reports rebuild` recomputes it from the stays.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class SegmentMonth(Model):
    # One row per (dimension, value, property, arrival month); the figures follow SegmentRow's rules
    # (room nights and revenue of stays that are neither CANCELLED nor NO_SHOW).
    id = fields.BigIntField(primary_key=True)
    dimension = fields.CharField(max_length=16)
    segment_key = fields.CharField(max_length=64)
    property = fields.CharField(max_length=64)
    month = fields.CharField(max_length=7)  # YYYY-MM of the arrival date
    stays = fields.BigIntField(default=0)
    cancelled = fields.BigIntField(default=0)
    room_nights = fields.BigIntField(default=0)
    room_revenue = fields.BigIntField(default=0)

    class Meta:
        table = "segment_months"
        unique_together = (("dimension", "segment_key", "property", "month"),)
        indexes = (("dimension", "month"),)
