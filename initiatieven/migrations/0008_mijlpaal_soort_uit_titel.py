"""Give existing mijlpalen a kind from their title where it says which; else "overig".

The words and terms are copied here as they were when this ran, not imported from
initiatieven.mijlpaalsoorten, so that changing the kinds later does not change this history."""

import datetime

from django.db import migrations

# In this order: "Einde bezwaartermijn na het raadsbesluit" is a bezwaartermijn.
HERKEND_AAN = (
    ("bezwaartermijn", ("bezwaar",)),
    ("zienswijzetermijn", ("zienswijze", "ter inzage")),
    ("inspraakreactie", ("inspraak",)),
    ("collegebesluit", ("collegebesluit", "besluit college", "besluit van het college")),
    ("raadsbesluit", ("raadsbesluit", "gemeenteraad", "raadsvergadering", "besluit raad")),
    ("informatieavond", ("informatieavond", "informatiebijeenkomst", "bewonersavond")),
    ("inloopavond", ("inloop",)),
    ("start_uitvoering", ("start uitvoering", "start van de uitvoering", "start werkzaamheden")),
    ("oplevering", ("oplevering", "opgeleverd")),
)
TERMIJNEN = {
    "bezwaartermijn": datetime.timedelta(weeks=6),
    "zienswijzetermijn": datetime.timedelta(weeks=6, days=-1),
    "inspraakreactie": datetime.timedelta(weeks=6, days=-1),
}


def soort_uit_titel(titel: str) -> str:
    titel = titel.lower()
    for soort, woorden in HERKEND_AAN:
        if any(woord in titel for woord in woorden):
            return soort
    return "overig"


def einddatum(soort, titel, datum):
    if soort not in TERMIJNEN:
        return None
    # "Einde bezwaartermijn" on a date: that date is the last day, not the first.
    return datum if "einde" in titel.lower() else datum + TERMIJNEN[soort]


def vul_soorten(apps, schema_editor):
    Mijlpaal = apps.get_model("initiatieven", "Mijlpaal")
    gewijzigd = []
    for mijlpaal in Mijlpaal.objects.only("pk", "titel", "verwachte_datum").iterator():
        soort = soort_uit_titel(mijlpaal.titel)
        if soort == "overig":
            continue
        mijlpaal.soort = soort
        mijlpaal.einddatum = einddatum(soort, mijlpaal.titel, mijlpaal.verwachte_datum)
        gewijzigd.append(mijlpaal)
    # The historical model has no save() override: the iCal SEQUENCE stays as it was.
    Mijlpaal.objects.bulk_update(gewijzigd, ["soort", "einddatum"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("initiatieven", "0007_mijlpaal_soort")]

    operations = [migrations.RunPython(vul_soorten, migrations.RunPython.noop)]
