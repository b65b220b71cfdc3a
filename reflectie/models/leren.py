"""Samen leren: a short verslag per session and the lessons drawn from it."""

from django.conf import settings
from django.db import models


class Verslag(models.Model):
    sessie = models.OneToOneField(
        "reflectie.Sessie", on_delete=models.CASCADE, related_name="verslag"
    )
    tekst = models.TextField("verslag", help_text="Kort: wat is besproken en wat is afgesproken?")
    geschreven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "verslag"
        verbose_name_plural = "verslagen"

    def __str__(self):
        return f"Verslag {self.sessie}"


class Les(models.Model):
    sessie = models.ForeignKey("reflectie.Sessie", on_delete=models.CASCADE, related_name="lessen")
    titel = models.CharField("les", max_length=200, help_text="De les in één zin.")
    toelichting = models.TextField("toelichting", blank=True)
    initiatief = models.ForeignKey(
        "initiatieven.Initiatief",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflectielessen",
        verbose_name="initiatief",
    )
    praatplaat = models.ForeignKey(
        "wijkafspraken.Praatplaat",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflectielessen",
        verbose_name="praatplaat (wijkafspraken)",
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-aangemaakt_op", "-pk"]
        verbose_name = "les"
        verbose_name_plural = "lessen"

    def __str__(self):
        return self.titel
