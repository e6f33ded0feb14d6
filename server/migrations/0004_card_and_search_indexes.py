from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0003_archive_preferences_and_key_dates')]

    initial = False

    operations = [
        ops.AddIndex(
            model_name='Customer',
            index=Index(fields=['kind', 'name']),
        ),
        ops.AddIndex(
            model_name='Customer',
            index=Index(fields=['employer']),
        ),
        ops.AddIndex(
            model_name='KeyDate',
            index=Index(fields=['customer_id', 'date']),
        ),
        ops.AddIndex(
            model_name='Preference',
            index=Index(fields=['customer_id', 'category']),
        ),
    ]
