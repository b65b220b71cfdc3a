"""The agenda of a session: ordered items, and the numbered versions frozen on publication."""

from django.conf import settings
from django.db import models


class Agendapunt(models.Model):
    sessie = models.ForeignKey(
        "reflectie.Sessie", on_delete=models.CASCADE, related_name="agendapunten"
    )
    volgorde = models.PositiveIntegerField(default=0)
    titel = models.CharField("titel", max_length=200)
    duur = models.PositiveSmallIntegerField("duur in minuten", default=30)
    toelichting = models.TextField("toelichting", blank=True)
    onderwerp = models.ForeignKey(
        "reflectie.Onderwerp",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agendapunten",
        verbose_name="onderwerp",
    )
    initiatief = models.ForeignKey(
        "initiatieven.Initiatief",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflectie_agendapunten",
        verbose_name="initiatief",
    )
    praatplaat = models.ForeignKey(
        "wijkafspraken.Praatplaat",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflectie_agendapunten",
        verbose_name="praatplaat (wijkafspraken)",
    )

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = "agendapunt"
        verbose_name_plural = "agendapunten"

    def __str__(self):
        return self.titel


class Document(models.Model):
    """A document for an agenda item: a link to the stuk (raadsinformatiesysteem, intranet)."""

    agendapunt = models.ForeignKey(Agendapunt, on_delete=models.CASCADE, related_name="documenten")
    titel = models.CharField("titel van het document", max_length=200)
    url = models.URLField("adres (URL) van het document", max_length=500)

    class Meta:
        ordering = ["pk"]
        verbose_name = "document"
        verbose_name_plural = "documenten"

    def __str__(self):
        return self.titel


class AgendaVersie(models.Model):
    """A published agenda, frozen as a snapshot; versions are numbered per session."""

    sessie = models.ForeignKey(
        "reflectie.Sessie", on_delete=models.CASCADE, related_name="agendaversies"
    )
    nummer = models.PositiveIntegerField("versie")
    inhoud = models.JSONField("agendapunten zoals gepubliceerd", default=list)
    gepubliceerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    gepubliceerd_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sessie", "-nummer"]
        get_latest_by = "nummer"
        verbose_name = "gepubliceerde agenda"
        verbose_name_plural = "gepubliceerde agenda's"
        constraints = [
            models.UniqueConstraint(fields=["sessie", "nummer"], name="agendaversie_uniek")
        ]

    def __str__(self):
        return f"Agenda {self.sessie} versie {self.nummer}"
