import django.contrib.postgres.fields
from django.db import migrations, models


def medewerkers_naar_standaardgemeente(apps, schema_editor):
    """Everyone but residents worked for the one gemeente there was: the standaardgemeente."""
    User = apps.get_model("accounts", "User")
    Gemeente = apps.get_model("gebieden", "Gemeente")
    standaard = Gemeente.objects.filter(is_standaard=True).first()
    if standaard is None:
        return
    staf = User.objects.exclude(rol="inwoner")
    Lid = User.gemeenten.through
    Lid.objects.bulk_create(
        Lid(user_id=pk, gemeente_id=standaard.pk) for pk in staf.values_list("pk", flat=True)
    )
    staf.update(bediende_gemeenten=[standaard.pk])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_bewonersorganisatie"),
        ("gebieden", "0003_gemeente"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="gemeenten",
            field=models.ManyToManyField(
                blank=True,
                help_text="Niet voor inwoners: die zien wat de gemeente van de website openbaar toont.",
                related_name="medewerkers",
                to="gebieden.gemeente",
                verbose_name="gemeenten waarvoor deze medewerker, dit raads- of collegelid werkt",
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="bediende_gemeenten",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.IntegerField(), default=list, editable=False, size=None
            ),
        ),
        migrations.RunPython(
            medewerkers_naar_standaardgemeente, migrations.RunPython.noop, elidable=True
        ),
    ]
