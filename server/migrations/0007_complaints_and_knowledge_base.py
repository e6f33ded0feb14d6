from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from server.complaints.models import ComplaintStatus, Severity
from server.knowledge.models import ArticleStatus
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0006_interactions_and_call_events')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Complaint',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('customer', fields.ForeignKeyField('models.Customer', source_field='customer_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('channel', fields.CharField(null=True, max_length=32)),
                ('category', fields.CharField(null=True, max_length=64)),
                ('severity', fields.CharEnumField(description='LOW: LOW\nMEDIUM: MEDIUM\nHIGH: HIGH\nCRITICAL: CRITICAL', enum_type=Severity, max_length=16)),
                ('description', fields.TextField(unique=False)),
                ('status', fields.CharEnumField(default=ComplaintStatus.OPEN, description='OPEN: OPEN\nINVESTIGATING: INVESTIGATING\nRESOLVED: RESOLVED\nCLOSED: CLOSED\nREOPENED: REOPENED', enum_type=ComplaintStatus, max_length=16)),
                ('assignee', fields.ForeignKeyField('models.User', source_field='assignee_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('departments', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('due_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('root_cause', fields.TextField(null=True, unique=False)),
                ('resolution', fields.TextField(null=True, unique=False)),
                ('compensation_fen', fields.BigIntField(default=0)),
                ('staff_at_fault', fields.BooleanField(null=True)),
                ('staff_at_fault_who', fields.CharField(null=True, max_length=200)),
                ('satisfied', fields.BooleanField(null=True)),
                ('filed_by', fields.ForeignKeyField('models.User', source_field='filed_by_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('filed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('resolved_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('closed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('reopened_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('escalated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'complaints', 'app': 'models', 'indexes': [Index(fields=['status', 'due_at']), Index(fields=['customer_id', 'status']), Index(fields=['assignee_id', 'status']), Index(fields=['category', 'filed_at']), Index(fields=['filed_at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ComplaintEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('complaint', fields.ForeignKeyField('models.Complaint', source_field='complaint_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('actor', fields.ForeignKeyField('models.User', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('action', fields.CharField(max_length=32)),
                ('from_status', fields.CharEnumField(null=True, description='OPEN: OPEN\nINVESTIGATING: INVESTIGATING\nRESOLVED: RESOLVED\nCLOSED: CLOSED\nREOPENED: REOPENED', enum_type=ComplaintStatus, max_length=16)),
                ('to_status', fields.CharEnumField(null=True, description='OPEN: OPEN\nINVESTIGATING: INVESTIGATING\nRESOLVED: RESOLVED\nCLOSED: CLOSED\nREOPENED: REOPENED', enum_type=ComplaintStatus, max_length=16)),
                ('changes', fields.JSONField(default=dict, encoder=JSON_DUMPS, decoder=loads)),
                ('note', fields.TextField(null=True, unique=False)),
            ],
            options={'table': 'complaint_events', 'app': 'models', 'indexes': [Index(fields=['complaint_id', 'at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='KnowledgeArticle',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('category', fields.CharField(null=True, max_length=64)),
                ('problem', fields.TextField(null=True, unique=False)),
                ('steps', fields.TextField(unique=False)),
                ('tags', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('status', fields.CharEnumField(default=ArticleStatus.DRAFT, description='DRAFT: DRAFT\nPUBLISHED: PUBLISHED\nARCHIVED: ARCHIVED', enum_type=ArticleStatus, max_length=16)),
                ('version', fields.IntField(default=1)),
                ('source_complaint', fields.ForeignKeyField('models.Complaint', source_field='source_complaint_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.SET_NULL)),
                ('helpful_count', fields.IntField(default=0)),
                ('author', fields.ForeignKeyField('models.User', source_field='author_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('published_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('archived_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'knowledge_articles', 'app': 'models', 'indexes': [Index(fields=['status', 'updated_at']), Index(fields=['category'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ArticleHelpfulMark',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('article', fields.ForeignKeyField('models.KnowledgeArticle', source_field='article_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('user', fields.ForeignKeyField('models.User', source_field='user_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('marked_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'knowledge_helpful_marks', 'app': 'models', 'unique_together': (('article', 'user'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ComplaintArticle',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('complaint', fields.ForeignKeyField('models.Complaint', source_field='complaint_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('article', fields.ForeignKeyField('models.KnowledgeArticle', source_field='article_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('rank', fields.IntField()),
                ('linked_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'complaint_articles', 'app': 'models', 'unique_together': (('complaint', 'article'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='KnowledgeArticleVersion',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('article', fields.ForeignKeyField('models.KnowledgeArticle', source_field='article_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('version', fields.IntField()),
                ('title', fields.CharField(max_length=200)),
                ('category', fields.CharField(null=True, max_length=64)),
                ('problem', fields.TextField(null=True, unique=False)),
                ('steps', fields.TextField(unique=False)),
                ('tags', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('editor', fields.ForeignKeyField('models.User', source_field='editor_id', null=True, db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.RESTRICT)),
                ('note', fields.CharField(null=True, max_length=500)),
                ('edited_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'knowledge_article_versions', 'app': 'models', 'unique_together': (('article', 'version'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
