"""Contacts (客户联系人): the people at a (usually corporate) customer."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Contact(Model):
    # A person at a (usually corporate) customer: who to call, and when their birthday is.
    id = fields.BigIntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=64)
    title = fields.CharField(max_length=64, null=True)
    email = fields.CharField(max_length=254, null=True)
    birthday = fields.DateField(null=True)
    is_primary = fields.BooleanField(default=False)
    notes = fields.TextField(null=True)
    archived_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "contacts"
        indexes = (("customer_id", "archived_at"),)


class ContactPhone(Model):
    # Stored as E.164, with the reversed digits for "last four or more digits" lookups (as customer_phones).
    id = fields.BigIntField(primary_key=True)
    contact: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Contact", related_name=False, on_delete=fields.CASCADE
    )
    e164 = fields.CharField(max_length=20)
    digits_reversed = fields.CharField(max_length=20)
    label = fields.CharField(max_length=32, null=True)
    position = fields.IntField(default=0)

    class Meta:
        table = "contact_phones"
        indexes = (("e164",), ("digits_reversed",), ("contact_id", "position"))
