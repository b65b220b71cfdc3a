import django.db.models.deletion
from django.db import migrations, models


def naar_gemeente(apps, schema_editor):
    """Sessions and topics in a wijk belong to its gemeente; the others to the
    standaardgemeente (before this, there was only one)."""
    Gemeente = apps.get_model("gebieden", "Gemeente")
    Wijk = apps.get_model("gebieden", "Wijk")
    wijk_gemeente = Wijk.objects.filter(pk=models.OuterRef("wijk_id")).values("gebied__gemeente")
    standaard = Gemeente.objects.filter(is_standaard=True).first()
    for naam in ("Sessie", "Onderwerp"):
        model = apps.get_model("reflectie", naam)
        model.objects.filter(wijk__isnull=False).update(gemeente=models.Subquery(wijk_gemeente))
        if standaard is not None:
            model.objects.filter(gemeente__isnull=True).update(gemeente=standaard)


def _gemeente(related_name, null):
    return models.ForeignKey(
        null=null,
        on_delete=django.db.models.deletion.PROTECT,
        related_name=related_name,
        to="gebieden.gemeente",
        verbose_name="gemeente",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("gebieden", "0003_gemeente"),
        ("reflectie", "0005_raadsreacties"),
    ]

    operations = [
        migrations.AddField("sessie", "gemeente", _gemeente("reflectiesessies", True)),
        migrations.AddField("onderwerp", "gemeente", _gemeente("reflectieonderwerpen", True)),
        migrations.RunPython(naar_gemeente, migrations.RunPython.noop, elidable=True),
        migrations.AlterField("sessie", "gemeente", _gemeente("reflectiesessies", False)),
        migrations.AlterField("onderwerp", "gemeente", _gemeente("reflectieonderwerpen", False)),
    ]
