"""The knowledge base's search index: (term, status, article, weight) rows kept by the service on every save."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from server.knowledge.models import ArticleStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0007_complaints_and_knowledge_base')]

    initial = False

    operations = [
        ops.CreateModel(
            name='KnowledgeSearchTerm',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('article', fields.ForeignKeyField('models.KnowledgeArticle', source_field='article_id', db_constraint=True, to_field='id', related_name=False, on_delete=OnDelete.CASCADE)),
                ('term', fields.CharField(max_length=40)),
                ('status', fields.CharEnumField(description='DRAFT: DRAFT\nPUBLISHED: PUBLISHED\nARCHIVED: ARCHIVED', enum_type=ArticleStatus, max_length=16)),
                ('weight', fields.SmallIntField()),
            ],
            options={'table': 'knowledge_search_terms', 'app': 'models', 'indexes': [Index(fields=['term', 'status', 'article_id', 'weight']), Index(fields=['article_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
