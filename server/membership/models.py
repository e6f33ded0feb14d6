"""Membership cards (会员卡): the card, its append-only ledger of points and stored value, its history."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class MemberTier(Enum):
    CLASSIC = "CLASSIC"
    SILVER = "SILVER"
    GOLD = "GOLD"
    PLATINUM = "PLATINUM"


class CardStatus(Enum):
    ACTIVE = "ACTIVE"
    LOST = "LOST"
    REPLACED = "REPLACED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"


class LedgerAccount(Enum):
    POINTS = "POINTS"
    STORED_VALUE = "STORED_VALUE"  # fen


class LedgerKind(Enum):
    EARN = "EARN"
    REDEEM = "REDEEM"
    TOP_UP = "TOP_UP"
    BONUS = "BONUS"
    SPEND = "SPEND"
    ADJUST = "ADJUST"
    TRANSFER_OUT = "TRANSFER_OUT"
    TRANSFER_IN = "TRANSFER_IN"


class MembershipCard(Model):
    id = fields.BigIntField(primary_key=True)
    # Digits with a check digit (see the service); never reused.
    card_number = fields.CharField(max_length=32, unique=True)
    customer: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.Customer", related_name=False, on_delete=fields.RESTRICT
    )
    tier = fields.CharEnumField(MemberTier, max_length=16, default=MemberTier.CLASSIC)
    status = fields.CharEnumField(CardStatus, max_length=16, default=CardStatus.ACTIVE)
    issued_at = fields.DatetimeField()
    valid_until = fields.DateField()
    # Balances as the ledger leaves them (each entry records balance_after); changed only together
    # with a ledger entry, by a conditional update, in one transaction.
    points_balance = fields.BigIntField(default=0)
    stored_value_balance = fields.BigIntField(default=0)
    # The card this one replaced (reissue after loss), and the one that replaced it.
    replaces: fields.ForeignKeyNullableRelation[MembershipCard] = fields.ForeignKeyField(
        "models.MembershipCard", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    # The member's choice: False makes partners see this card exactly like an unknown number.
    share_with_partners = fields.BooleanField(default=True)
    tier_since = fields.DatetimeField()
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "membership_cards"
        indexes = (("customer_id", "status"), ("status", "valid_until"))


class LedgerEntry(Model):
    # Append-only: one row per change of a balance. Never updated or deleted.
    id = fields.BigIntField(primary_key=True)
    card: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.MembershipCard", related_name=False, on_delete=fields.RESTRICT
    )
    account = fields.CharEnumField(LedgerAccount, max_length=16)
    kind = fields.CharEnumField(LedgerKind, max_length=16)
    # Signed: + adds to the balance, - takes from it.
    amount = fields.BigIntField()
    balance_after = fields.BigIntField()
    # Spend that counts toward the tier (fen), on EARN entries.
    qualifying_spend = fields.BigIntField(default=0)
    # A client's key for the operation: a retry with the same key applies once.
    idempotency_key = fields.CharField(max_length=128, null=True)
    reference = fields.CharField(max_length=128, null=True)
    note = fields.CharField(max_length=500, null=True)
    actor: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField()

    class Meta:
        table = "membership_ledger"
        indexes = (("card_id", "id"), ("card_id", "kind", "at"))
        unique_together = (("idempotency_key", "account", "kind"),)


class CardEvent(Model):
    # The card's history: issued, tier changed, reported lost, reissued, renewed, expired, cancelled.
    id = fields.BigIntField(primary_key=True)
    card: fields.ForeignKeyRelation[Model] = fields.ForeignKeyField(
        "models.MembershipCard", related_name=False, on_delete=fields.RESTRICT
    )
    action = fields.CharField(max_length=32)
    from_tier = fields.CharEnumField(MemberTier, max_length=16, null=True)
    to_tier = fields.CharEnumField(MemberTier, max_length=16, null=True)
    from_status = fields.CharEnumField(CardStatus, max_length=16, null=True)
    to_status = fields.CharEnumField(CardStatus, max_length=16, null=True)
    note = fields.CharField(max_length=500, null=True)
    actor: fields.ForeignKeyNullableRelation[Model] = fields.ForeignKeyField(
        "models.User", related_name=False, null=True, on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField()

    class Meta:
        table = "membership_card_events"
        indexes = (("card_id", "at"),)
