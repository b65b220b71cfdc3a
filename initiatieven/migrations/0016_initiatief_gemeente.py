import django.db.models.deletion
from django.db import migrations, models


def naar_gemeente(apps, schema_editor):
    """An initiative in a wijk belongs to that wijk's gemeente; one without, to the
    standaardgemeente (before this, there was only one)."""
    Initiatief = apps.get_model("initiatieven", "Initiatief")
    Gemeente = apps.get_model("gebieden", "Gemeente")
    Wijk = apps.get_model("gebieden", "Wijk")
    wijk_gemeente = Wijk.objects.filter(pk=models.OuterRef("wijk_id")).values("gebied__gemeente")
    Initiatief.objects.filter(wijk__isnull=False).update(gemeente=models.Subquery(wijk_gemeente))
    standaard = Gemeente.objects.filter(is_standaard=True).first()
    if standaard is not None:
        Initiatief.objects.filter(gemeente__isnull=True).update(gemeente=standaard)


class Migration(migrations.Migration):
    dependencies = [
        ("gebieden", "0003_gemeente"),
        ("initiatieven", "0015_verordening"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiatief",
            name="gemeente",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="initiatieven",
                to="gebieden.gemeente",
                verbose_name="gemeente",
                help_text="Ook een initiatief zonder wijk hoort bij één gemeente.",
            ),
        ),
        migrations.RunPython(naar_gemeente, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="initiatief",
            name="gemeente",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="initiatieven",
                to="gebieden.gemeente",
                verbose_name="gemeente",
                help_text="Ook een initiatief zonder wijk hoort bij één gemeente.",
            ),
        ),
    ]
