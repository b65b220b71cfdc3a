"""Kennisbank: pages the participatiepunt writes and keeps in Markdown, each change a new
version with its date, so what a page said on a given day can always be read back."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse


class Categorie(models.TextChoices):
    RECHTSVORM = "rechtsvorm", "Rechtsvorm"
    SUBSIDIE = "subsidie", "Subsidie en financiering"
    SAMENWERKEN = "samenwerken", "Samenwerken en participatie"
    REGELS = "regels", "Regels en vergunningen"
    COMMUNICATIE = "communicatie", "Communicatie en bereik"


class PaginaQuerySet(models.QuerySet):
    def zichtbaar_in(self, gemeente):
        """The pages of this gemeente and the pages other gemeenten of its ambtelijke
        organisatie share with it."""
        if gemeente is None:
            return self.none()
        eigen = Q(gemeente=gemeente)
        if gemeente.organisatie_id:
            eigen |= Q(
                gedeeld_binnen_organisatie=True, gemeente__organisatie=gemeente.organisatie_id
            )
        return self.filter(eigen)


class Pagina(models.Model):
    gemeente = models.ForeignKey(
        "gebieden.Gemeente", on_delete=models.PROTECT, related_name="kennisbankpaginas"
    )
    gedeeld_binnen_organisatie = models.BooleanField(
        "ook tonen bij de andere gemeenten van onze ambtelijke organisatie", default=False
    )
    categorie = models.CharField("categorie", max_length=20, choices=Categorie.choices)
    titel = models.CharField("titel", max_length=150)
    samenvatting = models.CharField(
        "samenvatting",
        max_length=300,
        help_text="Eén of twee zinnen: waar gaat deze pagina over? "
        "Staat in lijsten en zoekresultaten.",
    )
    tekst = models.TextField(
        "tekst (Markdown)",
        help_text="Koppen met ## en ###, opsommingen met -, tabellen met | en links als "
        "[tekst](https://adres). Andere HTML wordt weggelaten.",
    )
    versie = models.PositiveIntegerField("versie", default=1, editable=False)
    gewijzigd_op = models.DateTimeField("laatst gewijzigd")
    # Dutch full-text search (zoeken.py): kept by PostgreSQL itself, so no save can forget it.
    zoekvector = models.GeneratedField(
        expression=SearchVector("titel", weight="A", config="dutch")
        + SearchVector("samenvatting", weight="B", config="dutch")
        + SearchVector("tekst", weight="C", config="dutch"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PaginaQuerySet.as_manager()

    class Meta:
        ordering = ["categorie", "titel"]
        verbose_name = "kennisbankpagina"
        verbose_name_plural = "kennisbankpagina's"
        # Without a pending list, as Initiatief.zoekvector.
        indexes = [GinIndex(fields=["zoekvector"], name="kennisbank_zoekvector", fastupdate=False)]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("kennisbank:pagina", kwargs={"pk": self.pk})


class PaginaVersie(models.Model):
    """A page as it was saved; a change adds one, none is ever edited."""

    pagina = models.ForeignKey(Pagina, on_delete=models.CASCADE, related_name="versies")
    nummer = models.PositiveIntegerField("versie")
    categorie = models.CharField("categorie", max_length=20, choices=Categorie.choices)
    titel = models.CharField("titel", max_length=150)
    samenvatting = models.CharField("samenvatting", max_length=300)
    tekst = models.TextField("tekst (Markdown)")
    toelichting = models.CharField("wat is er veranderd", max_length=300, blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField("opgeslagen op")

    class Meta:
        ordering = ["-nummer"]
        verbose_name = "versie van een kennisbankpagina"
        verbose_name_plural = "versies van kennisbankpagina's"
        constraints = [
            models.UniqueConstraint(fields=["pagina", "nummer"], name="kennisbank_versie_uniek")
        ]

    def __str__(self):
        return f"{self.titel} versie {self.nummer}"
