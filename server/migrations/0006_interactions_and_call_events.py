from tortoise import migrations
from tortoise.migrations import operations as ops
from server.interactions.models import CallEventKind, CallOutcome, InteractionKind, InteractionPurpose
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0005_postgres_prefix_search_indexes')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CallEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('call_id', fields.CharField(max_length=128)),
                ('event', fields.CharEnumField(description='RINGING: RINGING\nANSWERED: ANSWERED\nENDED: ENDED', enum_type=CallEventKind, max_length=16)),
                ('extension', fields.CharField(max_length=32)),
                ('caller', fields.CharField(max_length=64)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('received_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'call_events', 'app': 'models', 'unique_together': (('call_id', 'event'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ExtensionBinding',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('extension', fields.CharField(unique=True, max_length=32)),
                ('user', fields.OneToOneField('models.User', source_field='user_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('bound_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'extension_bindings', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Interaction',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('customer', fields.ForeignKeyField('models.Customer', source_field='customer_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('kind', fields.CharEnumField(description='CALL_IN: CALL_IN\nCALL_OUT: CALL_OUT\nVISIT: VISIT\nEMAIL: EMAIL\nSMS: SMS\nWECHAT: WECHAT\nNOTE: NOTE', enum_type=InteractionKind, max_length=16)),
                ('purpose', fields.CharEnumField(null=True, description='INQUIRY: INQUIRY\nBOOKING: BOOKING\nCANCELLATION: CANCELLATION\nSPECIAL_REQUEST: SPECIAL_REQUEST\nITINERARY: ITINERARY\nLOST_AND_FOUND: LOST_AND_FOUND\nCOMPLAINT: COMPLAINT\nFOLLOW_UP: FOLLOW_UP\nGREETING: GREETING', enum_type=InteractionPurpose, max_length=24)),
                ('summary', fields.TextField(null=True, unique=False)),
                ('agent', fields.ForeignKeyField('models.User', source_field='agent_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('occurred_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('duration_seconds', fields.IntField(null=True)),
                ('call_id', fields.CharField(null=True, unique=True, max_length=128)),
                ('extension', fields.CharField(null=True, max_length=32)),
                ('phone', fields.CharField(null=True, max_length=64)),
                ('outcome', fields.CharEnumField(null=True, description='ANSWERED: ANSWERED\nMISSED: MISSED', enum_type=CallOutcome, max_length=16)),
                ('answered_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('ended_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('follow_up_on', fields.DateField(null=True)),
                ('follow_up_done_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('wrapped_up_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'interactions', 'app': 'models', 'indexes': [Index(fields=['customer_id', 'occurred_at']), Index(fields=['agent_id', 'occurred_at']), Index(fields=['follow_up_on'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
