"""Topics for reflection, proposed from 'het terras' and selected by staff with the raad."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from participatiepunt.gebieden.models import PerGemeenteQuerySet

from ..choices import OnderwerpStatus


class Onderwerp(models.Model):
    titel = models.CharField("onderwerp", max_length=200)
    gemeente = models.ForeignKey(
        "gebieden.Gemeente",
        on_delete=models.PROTECT,
        related_name="reflectieonderwerpen",
        verbose_name="gemeente",
    )
    waarom = models.TextField(
        "waarom verdient dit reflectie?",
        max_length=2000,
        help_text="Kort: wat ging er goed of juist niet, en wat kunnen raad, college en "
        "ambtelijke organisatie ervan leren?",
    )
    wijk = models.ForeignKey(
        "gebieden.Wijk",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reflectieonderwerpen",
        verbose_name="wijk of dorp waar het over gaat",
    )
    initiatief = models.ForeignKey(
        "initiatieven.Initiatief",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflectieonderwerpen",
        verbose_name="initiatief",
    )
    voorgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflectieonderwerpen",
        verbose_name="voorgesteld door",
    )
    status = models.CharField(
        "status",
        max_length=20,
        choices=OnderwerpStatus.choices,
        default=OnderwerpStatus.VOORGESTELD,
        db_index=True,
    )
    toelichting_besluit = models.TextField(
        "toelichting bij het besluit",
        blank=True,
        help_text="De indiener leest dit: leg uit waarom het onderwerp wel of niet is gekozen.",
    )
    besloten_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    besloten_op = models.DateTimeField(null=True, blank=True)
    voorgesteld_op = models.DateTimeField(auto_now_add=True)

    objects = PerGemeenteQuerySet.as_manager()

    class Meta:
        ordering = ["-voorgesteld_op", "-pk"]
        verbose_name = "onderwerp"
        verbose_name_plural = "onderwerpen"

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("reflectie:onderwerp", kwargs={"pk": self.pk})

    @property
    def is_voorgesteld(self):
        return self.status == OnderwerpStatus.VOORGESTELD


class Raadsreactie(models.Model):
    """A raadslid's word on a topic from het terras, with its advice on selecting it: the raad
    takes part in choosing what is reflected on (seed 000: topics are selected "met de raad").
    One per raadslid per topic; the raadslid can change it."""

    class Advies(models.TextChoices):
        SELECTEREN = "selecteren", "Selecteren voor reflectie"
        NIET_SELECTEREN = "niet_selecteren", "Niet selecteren"
        GEEN_ADVIES = "geen_advies", "Geen advies, alleen een reactie"

    onderwerp = models.ForeignKey(Onderwerp, on_delete=models.CASCADE, related_name="reacties")
    raadslid = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="raadsreacties"
    )
    advies = models.CharField("advies", max_length=20, choices=Advies.choices)
    tekst = models.TextField("reactie", max_length=2000)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["gewijzigd_op", "pk"]
        verbose_name = "reactie van een raadslid"
        verbose_name_plural = "reacties van raadsleden"
        constraints = [
            models.UniqueConstraint(
                fields=["onderwerp", "raadslid"], name="een_reactie_per_raadslid"
            )
        ]

    def __str__(self):
        return f"{self.get_advies_display()}: {self.tekst[:50]}"
