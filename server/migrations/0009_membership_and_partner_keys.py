from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from server.membership.models import CardStatus, LedgerAccount, LedgerKind, MemberTier
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0008_knowledge_search_terms')]

    initial = False

    operations = [
        ops.CreateModel(
            name='MembershipCard',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('card_number', fields.CharField(unique=True, max_length=32)),
                ('customer', fields.ForeignKeyField('models.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('tier', fields.CharEnumField(default=MemberTier.CLASSIC, description='CLASSIC: CLASSIC\nSILVER: SILVER\nGOLD: GOLD\nPLATINUM: PLATINUM', enum_type=MemberTier, max_length=16)),
                ('status', fields.CharEnumField(default=CardStatus.ACTIVE, description='ACTIVE: ACTIVE\nLOST: LOST\nREPLACED: REPLACED\nEXPIRED: EXPIRED\nCANCELLED: CANCELLED', enum_type=CardStatus, max_length=16)),
                ('issued_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('valid_until', fields.DateField()),
                ('points_balance', fields.BigIntField(default=0)),
                ('stored_value_balance', fields.BigIntField(default=0)),
                ('replaces', fields.ForeignKeyField('models.MembershipCard', source_field='replaces_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('share_with_partners', fields.BooleanField(default=True)),
                ('tier_since', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'membership_cards', 'app': 'models', 'indexes': [Index(fields=['customer_id', 'status']), Index(fields=['status', 'valid_until'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CardEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('card', fields.ForeignKeyField('models.MembershipCard', source_field='card_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('action', fields.CharField(max_length=32)),
                ('from_tier', fields.CharEnumField(null=True, description='CLASSIC: CLASSIC\nSILVER: SILVER\nGOLD: GOLD\nPLATINUM: PLATINUM', enum_type=MemberTier, max_length=16)),
                ('to_tier', fields.CharEnumField(null=True, description='CLASSIC: CLASSIC\nSILVER: SILVER\nGOLD: GOLD\nPLATINUM: PLATINUM', enum_type=MemberTier, max_length=16)),
                ('from_status', fields.CharEnumField(null=True, description='ACTIVE: ACTIVE\nLOST: LOST\nREPLACED: REPLACED\nEXPIRED: EXPIRED\nCANCELLED: CANCELLED', enum_type=CardStatus, max_length=16)),
                ('to_status', fields.CharEnumField(null=True, description='ACTIVE: ACTIVE\nLOST: LOST\nREPLACED: REPLACED\nEXPIRED: EXPIRED\nCANCELLED: CANCELLED', enum_type=CardStatus, max_length=16)),
                ('note', fields.CharField(null=True, max_length=500)),
                ('actor', fields.ForeignKeyField('models.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'membership_card_events', 'app': 'models', 'indexes': [Index(fields=['card_id', 'at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LedgerEntry',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('card', fields.ForeignKeyField('models.MembershipCard', source_field='card_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('account', fields.CharEnumField(description='POINTS: POINTS\nSTORED_VALUE: STORED_VALUE', enum_type=LedgerAccount, max_length=16)),
                ('kind', fields.CharEnumField(description='EARN: EARN\nREDEEM: REDEEM\nTOP_UP: TOP_UP\nBONUS: BONUS\nSPEND: SPEND\nADJUST: ADJUST\nTRANSFER_OUT: TRANSFER_OUT\nTRANSFER_IN: TRANSFER_IN', enum_type=LedgerKind, max_length=16)),
                ('amount', fields.BigIntField()),
                ('balance_after', fields.BigIntField()),
                ('qualifying_spend', fields.BigIntField(default=0)),
                ('idempotency_key', fields.CharField(null=True, max_length=128)),
                ('reference', fields.CharField(null=True, max_length=128)),
                ('note', fields.CharField(null=True, max_length=500)),
                ('actor', fields.ForeignKeyField('models.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'membership_ledger', 'app': 'models', 'unique_together': (('idempotency_key', 'account', 'kind'),), 'indexes': [Index(fields=['card_id', 'id']), Index(fields=['card_id', 'kind', 'at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PartnerKey',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('partner', fields.CharField(max_length=128)),
                ('prefix', fields.CharField(unique=True, max_length=32)),
                ('key_hash', fields.CharField(unique=True, max_length=128)),
                ('scopes', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('rate_limit_per_minute', fields.IntField(null=True)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_used_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'partner_keys', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
