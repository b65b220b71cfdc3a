"""Praatplaten per wijk or dorp: answers and afspraken are the working copy; each Versie freezes
what was vastgesteld (a JSON snapshot), so every version stays readable."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from participatiepunt.gebieden.models import PerGemeenteQuerySet

from .choices import LOPEND, AfspraakStatus, Archetype, RolRaad, SoortDeelnemer, Wie
from .praatplaat import HUIDIGE_EDITIE
from .praatplaat import editie as get_editie


class PraatplaatQuerySet(PerGemeenteQuerySet):
    gemeente_pad = "wijk__gebied__gemeente"

    def lopend(self):
        return self.filter(gearchiveerd_op__isnull=True)


class Praatplaat(models.Model):
    wijk = models.ForeignKey(
        "gebieden.Wijk", on_delete=models.PROTECT, related_name="praatplaten", verbose_name="wijk"
    )
    editie = models.CharField("editie van de vragen", max_length=20, default=HUIDIGE_EDITIE)
    rol_raad = models.CharField(
        "positie van de raad in het samenspel", max_length=10, choices=RolRaad.choices, blank=True
    )
    rol_raad_toelichting = models.TextField("toelichting op de rol van de raad", blank=True)
    evaluatie_op = models.DateField(
        "evalueren op",
        null=True,
        blank=True,
        help_text="Standaard een jaar na het vaststellen; u kunt dit aanpassen.",
    )
    geopend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    geopend_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)
    gearchiveerd_op = models.DateTimeField(null=True, blank=True)
    ter_ondertekening_op = models.DateTimeField(
        "ter ondertekening voorgelegd op", null=True, blank=True
    )

    objects = PraatplaatQuerySet.as_manager()

    class Meta:
        ordering = ["-geopend_op"]
        verbose_name = "praatplaat"
        verbose_name_plural = "praatplaten"
        constraints = [
            models.UniqueConstraint(
                fields=["wijk"],
                condition=models.Q(gearchiveerd_op__isnull=True),
                name="een_lopende_praatplaat_per_wijk",
            )
        ]

    def __str__(self):
        return f"Praatplaat {self.wijk} ({self.geopend_op:%Y})"

    def get_absolute_url(self):
        return reverse("wijkafspraken:praatplaat", kwargs={"pk": self.pk})

    @property
    def vragenset(self):
        return get_editie(self.editie)

    @property
    def is_gearchiveerd(self):
        return self.gearchiveerd_op is not None

    @property
    def gebied_id(self):
        """The gebied whose gebiedsteam works on it (accounts.predicates.is_gebiedsteam_van)."""
        return self.wijk.gebied_id

    @property
    def gemeente_id(self):
        return self.wijk.gemeente_id


class Deelnemer(models.Model):
    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="deelnemers")
    naam = models.CharField(
        "naam van de organisatie of het gremium",
        max_length=150,
        help_text="Bijvoorbeeld 'Dorpsbelangen Thesinge' of 'gebiedsteam Oost'; geen namen van "
        "bewoners.",
    )
    soort = models.CharField("soort", max_length=20, choices=SoortDeelnemer.choices)

    class Meta:
        ordering = ["soort", "naam"]
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"

    def __str__(self):
        return self.naam


class ArchetypeKeuze(models.Model):
    """The archetype the wijk wants, per theme if it wants (blank thema: in het algemeen)."""

    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="archetypen")
    thema = models.CharField(
        "thema", max_length=100, blank=True, help_text="Leeg laten voor 'in het algemeen'."
    )
    archetype = models.PositiveSmallIntegerField("archetype", choices=Archetype.choices)
    wijkoverstijgend = models.BooleanField(
        "dit thema gaat verder dan deze wijk of dit dorp",
        default=False,
        help_text="Bijvoorbeeld een weg, school of voorziening voor meer wijken.",
    )

    class Meta:
        ordering = ["thema"]
        verbose_name = "gekozen archetype"
        verbose_name_plural = "gekozen archetypen"

    def __str__(self):
        return f"{self.thema or 'In het algemeen'}: {self.get_archetype_display()}"


class Antwoord(models.Model):
    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="antwoorden")
    vraag_key = models.CharField("vraag", max_length=40)
    tekst = models.TextField("antwoord", blank=True)
    witte_vlek = models.BooleanField("nog onvoldoende uitgewerkt (witte vlek)", default=False)
    openbaar = models.BooleanField("openbaar op de wijkpagina", default=False)
    compleet_gebiedsteam = models.BooleanField("compleet volgens het gebiedsteam", default=False)
    compleet_bewoners = models.BooleanField(
        "compleet volgens de bewonersorganisatie", default=False
    )
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "antwoord"
        verbose_name_plural = "antwoorden"
        constraints = [
            models.UniqueConstraint(
                fields=["praatplaat", "vraag_key"], name="een_antwoord_per_vraag"
            )
        ]

    def __str__(self):
        return self.vraag_key

    @property
    def is_compleet(self):
        return bool(self.tekst.strip()) and not self.witte_vlek

    @property
    def door_beide_compleet(self):
        """What a required answer needs: both sides at the table say it is complete."""
        return self.is_compleet and self.compleet_gebiedsteam and self.compleet_bewoners


class AfspraakQuerySet(models.QuerySet):
    def lopend(self):
        return self.filter(status__in=LOPEND)


class Afspraak(models.Model):
    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="afspraken")
    wat = models.TextField("wat gaan we doen")
    wie = models.CharField("wie", max_length=20, choices=Wie.choices, default=Wie.SAMEN)
    organisatie = models.CharField(
        "naam van de organisatie",
        max_length=150,
        blank=True,
        help_text="Alleen als 'wie' een organisatie is.",
    )
    wanneer = models.DateField("klaar op")
    vraag_key = models.CharField("hoort bij vraag of witte vlek", max_length=40, blank=True)
    status = models.CharField(
        "status", max_length=10, choices=AfspraakStatus.choices, default=AfspraakStatus.OPEN
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    objects = AfspraakQuerySet.as_manager()

    # What the afspraken table (_afspraken_tabel.html) asks of every row: a vastgestelde
    # version's rows say their question and whether they are late, a live afspraak shows
    # neither. Declared because a name the template engine does not find on a model instance
    # costs it a dir() of the instance: per row, on the praatplaat page.
    vraag = None
    te_laat = False

    class Meta:
        ordering = ["wanneer", "pk"]
        verbose_name = "afspraak"
        verbose_name_plural = "afspraken"

    def __str__(self):
        return self.wat[:60]

    @property
    def wie_tekst(self):
        return self.organisatie if self.wie == Wie.ORGANISATIE else self.get_wie_display()

    @property
    def is_lopend(self):
        return self.status in LOPEND


class Versie(models.Model):
    """A vastgestelde version: the frozen answers and afspraken, numbered per praatplaat."""

    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.PROTECT, related_name="versies")
    nummer = models.PositiveIntegerField("versie")
    reden = models.TextField("reden van de wijziging", blank=True)
    inhoud = models.JSONField("vastgestelde inhoud")
    vastgesteld_op = models.DateTimeField(auto_now_add=True)
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    voorgelegd_aan_raad_op = models.DateField("voorgelegd aan de raad op", null=True, blank=True)
    raadsbesluit_url = models.URLField(
        "vindplaats raadsbesluit", blank=True, help_text="De link naar het besluit van de raad."
    )

    class Meta:
        ordering = ["-nummer"]
        get_latest_by = "vastgesteld_op"
        verbose_name = "vastgestelde versie"
        verbose_name_plural = "vastgestelde versies"
        constraints = [
            models.UniqueConstraint(fields=["praatplaat", "nummer"], name="versienummer_uniek")
        ]

    def __str__(self):
        return f"Versie {self.nummer}"

    def get_absolute_url(self):
        return reverse(
            "wijkafspraken:versie", kwargs={"pk": self.praatplaat_id, "nummer": self.nummer}
        )


class Evaluatie(models.Model):
    """Step 3: the same questions walked again, with the lessons learned (samen leren)."""

    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="evaluaties")
    gehouden_op = models.DateField("gehouden op")
    lessen = models.TextField("lessen (samen leren)")
    opmerkingen = models.JSONField("opmerkingen per vraag", default=dict, blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-gehouden_op", "-pk"]
        verbose_name = "evaluatie"
        verbose_name_plural = "evaluaties"

    def __str__(self):
        return f"Evaluatie {self.gehouden_op:%d-%m-%Y}"


class Opmerking(models.Model):
    """A bewonersorganisatie's remark on one question of the draft."""

    praatplaat = models.ForeignKey(Praatplaat, on_delete=models.CASCADE, related_name="opmerkingen")
    vraag_key = models.CharField("vraag", max_length=40)
    bewonersorganisatie = models.ForeignKey(
        "accounts.Bewonersorganisatie", on_delete=models.CASCADE, related_name="+"
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    tekst = models.TextField("opmerking")
    geplaatst_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["geplaatst_op", "pk"]
        verbose_name = "opmerking"
        verbose_name_plural = "opmerkingen"

    def __str__(self):
        return self.tekst[:60]


class Ondertekening(models.Model):
    """A bewonersorganisatie co-signs the content as it stands (the snapshot a version would
    freeze). It counts for vaststellen only while the content is unchanged; vaststellen links
    it to the version it became."""

    praatplaat = models.ForeignKey(
        Praatplaat, on_delete=models.CASCADE, related_name="ondertekeningen"
    )
    bewonersorganisatie = models.ForeignKey(
        "accounts.Bewonersorganisatie", on_delete=models.PROTECT, related_name="+"
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    inhoud = models.JSONField("ondertekende inhoud")
    versie = models.ForeignKey(
        Versie, on_delete=models.CASCADE, null=True, blank=True, related_name="ondertekeningen"
    )
    getekend_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["getekend_op", "pk"]
        verbose_name = "medeondertekening"
        verbose_name_plural = "medeondertekeningen"

    def __str__(self):
        return f"{self.bewonersorganisatie} ({self.getekend_op:%d-%m-%Y})"


class Overdracht(models.Model):
    """Archetype 3: a bevoegdheid or budget the gemeente transfers to the wijk for a theme, and
    how the wijk accounts for it (seed 001: "De wijk/het dorp legt hierover aan gemeente en aan
    wijk/dorp verantwoording af")."""

    class Soort(models.TextChoices):
        BEVOEGDHEID = "bevoegdheid", "Bevoegdheid"
        BUDGET = "budget", "Budget"

    praatplaat = models.ForeignKey(
        Praatplaat, on_delete=models.CASCADE, related_name="overdrachten"
    )
    thema = models.CharField("thema", max_length=100)
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    omschrijving = models.TextField("wat wordt overgedragen")
    bedrag = models.DecimalField(
        "bedrag (euro)", max_digits=12, decimal_places=2, null=True, blank=True
    )
    sinds = models.DateField("overgedragen per")
    verantwoording = models.TextField(
        "verantwoording", help_text="Hoe en wanneer legt de wijk verantwoording af, en aan wie?"
    )

    class Meta:
        ordering = ["thema", "sinds", "pk"]
        verbose_name = "overdracht"
        verbose_name_plural = "overdrachten"

    def __str__(self):
        return f"{self.get_soort_display()}: {self.omschrijving[:50]}"
