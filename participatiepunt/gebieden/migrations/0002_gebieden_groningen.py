"""The gebieden of the gemeente Groningen with their wijken and dorpen (dorpen flagged)."""

from django.db import migrations
from django.utils.text import slugify

from participatiepunt.gebieden.indeling import GEBIEDEN


def load(apps, schema_editor):
    Gebied = apps.get_model("gebieden", "Gebied")
    Wijk = apps.get_model("gebieden", "Wijk")
    for naam, delen in GEBIEDEN.items():
        gebied, _ = Gebied.objects.get_or_create(naam=naam, defaults={"slug": slugify(naam)})
        for is_dorp, namen in ((False, delen["wijken"]), (True, delen["dorpen"])):
            for wijknaam in namen:
                Wijk.objects.get_or_create(
                    gebied=gebied,
                    naam=wijknaam,
                    defaults={"slug": slugify(wijknaam), "is_dorp": is_dorp},
                )


class Migration(migrations.Migration):
    dependencies = [("gebieden", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
