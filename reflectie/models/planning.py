"""The planning of Bijlage 2 (seed 000): seven sporen, their activities over the months."""

from django.db import models

from ..choices import PLANNING_MAANDEN


class Spoor(models.Model):
    nummer = models.CharField("nummer", max_length=5, unique=True, help_text="I tot en met VII")
    titel = models.CharField("titel", max_length=200)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["volgorde"]
        verbose_name = "spoor"
        verbose_name_plural = "sporen"

    def __str__(self):
        return f"{self.nummer}. {self.titel}"


class Activiteit(models.Model):
    spoor = models.ForeignKey(Spoor, on_delete=models.CASCADE, related_name="activiteiten")
    omschrijving = models.CharField("activiteit", max_length=300)
    volgorde = models.PositiveSmallIntegerField(default=0)
    maanden = models.JSONField(
        "maanden",
        default=list,
        blank=True,
        help_text="Maandnummers (12 = december, 1 = januari ...) waarin de activiteit loopt.",
    )
    toelichting = models.TextField("toelichting", blank=True)
    sessies = models.ManyToManyField(
        "reflectie.Sessie", blank=True, related_name="activiteiten", verbose_name="sessies"
    )

    class Meta:
        ordering = ["spoor__volgorde", "volgorde"]
        verbose_name = "activiteit"
        verbose_name_plural = "activiteiten"

    def __str__(self):
        return self.omschrijving

    def per_maand(self) -> list[tuple[str, bool]]:
        return [(naam, nummer in self.maanden) for nummer, naam in PLANNING_MAANDEN]
