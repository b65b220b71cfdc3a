"""Praatplaten per wijk or dorp: answers and afspraken are the working copy; each Versie freezes
what was vastgesteld (a JSON snapshot), so every version stays readable."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from .choices import LOPEND, AfspraakStatus, Archetype, RolRaad, SoortDeelnemer, Wie
from .praatplaat import HUIDIGE_EDITIE
from .praatplaat import editie as get_editie


class PraatplaatQuerySet(models.QuerySet):
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
