"""Afspraak and evaluation reminders become rules of the notifications app's reminder table: a
reminder already sent is written there as sent (in every window, for its date), so the switch
sends nothing twice; then the herinnerd_op marks go."""

from django.conf import settings
from django.db import migrations


def _als_herinnerd(apps, model, datum_veld, gemarkeerd, dagen):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Herinnering = apps.get_model("meldingen", "Herinnering")
    content_type, _ = ContentType.objects.get_or_create(app_label="wijkafspraken", model=model)
    Model = apps.get_model("wijkafspraken", model)
    rijen = Model.objects.filter(**{f"{gemarkeerd}__isnull": False, f"{datum_veld}__isnull": False})
    Herinnering.objects.bulk_create(
        [
            Herinnering(content_type=content_type, object_id=pk, venster=venster, datum=datum)
            for pk, datum in rijen.values_list("pk", datum_veld)
            for venster in set(dagen)
        ],
        ignore_conflicts=True,
    )


def herinnerd_naar_meldingen(apps, schema_editor):
    _als_herinnerd(apps, "afspraak", "wanneer", "herinnerd_op", settings.MELDINGEN_AFSPRAAK_DAGEN)
    _als_herinnerd(
        apps,
        "praatplaat",
        "evaluatie_op",
        "evaluatie_herinnerd_op",
        settings.MELDINGEN_EVALUATIE_DAGEN,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("wijkafspraken", "0002_herinneringen"),
        ("meldingen", "0004_centrum_pagina_index"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(herinnerd_naar_meldingen, migrations.RunPython.noop),
        migrations.RemoveField(model_name="afspraak", name="herinnerd_op"),
        migrations.RemoveField(model_name="praatplaat", name="evaluatie_herinnerd_op"),
    ]
