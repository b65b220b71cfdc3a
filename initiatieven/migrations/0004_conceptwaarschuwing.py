"""ConceptWaarschuwing moves here from the portal (portal 0003 renamed its table): state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("initiatieven", "0003_intake_indexen"),
        ("portal", "0003_concept_waarschuwing_naar_initiatieven"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ConceptWaarschuwing",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("verstuurd_op", models.DateTimeField(verbose_name="gewaarschuwd op")),
                        (
                            "initiatief",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="bewaarwaarschuwing",
                                to="initiatieven.initiatief",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "waarschuwing bewaartermijn concept",
                        "verbose_name_plural": "waarschuwingen bewaartermijn concepten",
                    },
                )
            ]
        )
    ]
