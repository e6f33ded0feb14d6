"""Customer archive: one Customer per guest or company, with phones, preferences, key dates."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from server.core.idcards import Gender, IdDocumentType


class CustomerKind(Enum):
    INDIVIDUAL = "INDIVIDUAL"
    CORPORATE = "CORPORATE"


class CustomerStatus(Enum):
    PROSPECT = "PROSPECT"
    ACTIVE = "ACTIVE"
    DORMANT = "DORMANT"
    LOST = "LOST"
    UNSUITABLE = "UNSUITABLE"
    MERGED = "MERGED"


class CustomerNature(Enum):
    GOVERNMENT = "GOVERNMENT"
    SPECIAL = "SPECIAL"
    COMPANY = "COMPANY"
    INDIVIDUAL = "INDIVIDUAL"
    PARTNER = "PARTNER"


class Customer(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(CustomerKind, max_length=16)
    name = fields.CharField(max_length=128, db_index=True)
    name_en = fields.CharField(max_length=128, null=True)
    # Derived, for search: "zhang wei", "zhangwei", "zw", lower-case English name.
    name_pinyin = fields.CharField(max_length=512)
    name_pinyin_key = fields.CharField(max_length=512, db_index=True)
    name_initials = fields.CharField(max_length=128, db_index=True)
    name_en_key = fields.CharField(max_length=128, null=True, db_index=True)
    status = fields.CharEnumField(CustomerStatus, max_length=16, default=CustomerStatus.ACTIVE)
    status_reason = fields.CharField(max_length=500, null=True)
    merged_into: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    nature = fields.CharEnumField(CustomerNature, max_length=16, null=True)
    industry = fields.CharField(max_length=64, null=True)
    channel = fields.CharField(max_length=64, null=True)
    region = fields.CharField(max_length=64, null=True)
    province = fields.CharField(max_length=32, null=True)
    city = fields.CharField(max_length=32, null=True)
    nationality = fields.CharField(max_length=2, null=True)
    email = fields.CharField(max_length=254, null=True, db_index=True)
    fax = fields.CharField(max_length=40, null=True)
    postcode = fields.CharField(max_length=12, null=True)
    address = fields.CharField(max_length=255, null=True)
    homepage = fields.CharField(max_length=255, null=True)
    front_desk_account = fields.CharField(max_length=64, null=True)
    payment_method = fields.CharField(max_length=64, null=True)
    owner: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    tags: fields.JSONField[list[str]] = fields.JSONField(default=list)
    notes = fields.TextField(null=True)
    # Individual
    gender = fields.CharEnumField(Gender, max_length=8, null=True)
    birthday = fields.DateField(null=True)
    employer = fields.CharField(max_length=128, null=True)
    employer_key = fields.CharField(max_length=128, null=True, db_index=True)
    residence = fields.CharField(max_length=255, null=True)
    id_document_type = fields.CharEnumField(IdDocumentType, max_length=40, null=True)
    id_number_encrypted = fields.TextField(null=True)
    id_number_hash = fields.CharField(max_length=64, null=True, db_index=True)
    id_number_masked = fields.CharField(max_length=40, null=True)
    # Corporate
    business_scope = fields.TextField(null=True)
    person_in_charge = fields.CharField(max_length=64, null=True)
    annual_room_volume = fields.IntField(null=True)
    contact_frequency = fields.CharField(max_length=64, null=True)

    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "customers"
        # Company names are searched by any part; this index narrows the scan to companies.
        # (An index added to an existing column goes here, not as db_index=True: Tortoise's
        # AlterField rebuilds a SQLite table and loses every index on it.)
        indexes = (("kind", "name"), ("employer",))

    def __str__(self) -> str:
        return self.name


class CustomerPhone(Model):
    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="phones", on_delete=fields.RESTRICT
    )
    e164 = fields.CharField(max_length=20, db_index=True)
    # Digits reversed: a prefix range on it finds "last four or more digits".
    digits_reversed = fields.CharField(max_length=20, db_index=True)
    label = fields.CharField(max_length=32, null=True)
    position = fields.IntField(default=0)

    class Meta:
        table = "customer_phones"
        unique_together = (("customer", "e164"),)


class Preference(Model):
    # 个性化档案: one remembered wish, e.g. (pillow, low, 'feather allergy').

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="preferences", on_delete=fields.RESTRICT
    )
    category = fields.CharField(max_length=32)
    value = fields.CharField(max_length=255)
    note = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Removed preferences are archived, never deleted: the history of a guest's wishes stays.
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer_preferences"
        indexes = (("customer_id", "category"),)


class KeyDate(Model):
    # Anniversaries, founding days and other dates worth a greeting.

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="key_dates", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=32)
    date = fields.DateField()
    note = fields.CharField(max_length=255, null=True)
    archived_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer_key_dates"
        indexes = (("customer_id", "date"),)
