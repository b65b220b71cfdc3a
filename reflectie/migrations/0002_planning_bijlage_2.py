"""The seven sporen of Bijlage 2 (seed 000, 'Het kán in Groningen') with their activities,
word for word. Which months each activity runs is left to staff (the bijlage's cells are empty
in the source)."""

from django.db import migrations

from reflectie.bijlage2 import SPOREN, laad_sporen


def laad(apps, schema_editor):
    laad_sporen(apps.get_model("reflectie", "Spoor"), apps.get_model("reflectie", "Activiteit"))


def verwijder(apps, schema_editor):
    apps.get_model("reflectie", "Spoor").objects.filter(
        nummer__in=[nummer for nummer, _, _ in SPOREN]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("reflectie", "0001_sessies")]

    operations = [migrations.RunPython(laad, verwijder)]
