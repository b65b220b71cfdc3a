"""ConceptWaarschuwing belongs to initiatieven (draft retention is theirs): the table is renamed
and the model leaves the portal's state; initiatieven 0004 takes it up, rows and all."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_concept_waarschuwing")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(
                    name="conceptwaarschuwing", table="initiatieven_conceptwaarschuwing"
                )
            ],
            state_operations=[migrations.DeleteModel(name="ConceptWaarschuwing")],
        )
    ]
