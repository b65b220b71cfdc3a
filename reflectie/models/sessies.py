"""Reflection sessions: when and where, who is invited (people or whole groups), and every move."""

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse

from participatiepunt.gebieden.huidige import gemeente_ids
from participatiepunt.gebieden.models import PerGemeenteQuerySet

from ..choices import GROEP_KEUZES, GROEPEN, Soort, Status, groepen_van
from ..rules import ziet_alle_sessies, ziet_alle_sessies_van


class SessieQuerySet(PerGemeenteQuerySet):
    def uitgenodigd(self, user):
        """Sessions the user is invited to, in person or through a group (no joins, no dups)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(_uitgenodigd(user))

    def zichtbaar_voor(self, user):
        """Public ones, those one is invited to, and for staff and griffie every session of the
        gemeenten they work for."""
        if user.is_superuser:
            return self.all()
        zichtbaar = Q(openbaar=True)
        if user.is_authenticated:
            zichtbaar |= _uitgenodigd(user)
        if ziet_alle_sessies(user):
            zichtbaar |= Q(gemeente__in=gemeente_ids(user))
        return self.filter(zichtbaar)

    def zichtbaar_in(self, gemeente, user):
        """voor_gemeente(gemeente).zichtbaar_voor(user), without asking who is invited when the
        user sees every session of that gemeente anyway (the griffie's lists: PostgreSQL
        hashed every invitation before it could tell)."""
        sessies = self.voor_gemeente(gemeente)
        if ziet_alle_sessies_van(user, gemeente):
            return sessies
        return sessies.zichtbaar_voor(user)

    def actief(self):
        return self.exclude(status=Status.GEANNULEERD)


def _uitgenodigd(user) -> Q:
    """Correlated EXISTS on the session's own row, not an IN over a second scan of sessions.
    Group invitations reach the members of the session's gemeente only."""
    persoonlijk = Sessie.genodigden.through.objects.filter(sessie=OuterRef("pk"), user_id=user.pk)
    via_groep = GroepUitnodiging.objects.filter(sessie=OuterRef("pk"), groep__in=groepen_van(user))
    return Exists(persoonlijk) | (Q(gemeente__in=gemeente_ids(user)) & Exists(via_groep))


class Sessie(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    soort = models.CharField("soort sessie", max_length=20, choices=Soort.choices)
    gemeente = models.ForeignKey(
        "gebieden.Gemeente",
        on_delete=models.PROTECT,
        related_name="reflectiesessies",
        verbose_name="gemeente",
    )
    titel = models.CharField("titel", max_length=200)
    omschrijving = models.TextField("omschrijving", blank=True)
    start = models.DateTimeField("begin")
    eind = models.DateTimeField("einde")
    locatie = models.CharField(
        "locatie", max_length=200, help_text="Adres, bijvoorbeeld: Stadhuis, Grote Markt 1"
    )
    wijk = models.ForeignKey(
        "gebieden.Wijk",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reflectiesessies",
        verbose_name="op locatie in de wijk",
    )
    genodigden = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="reflectiesessies"
    )
    voorzitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="voorgezeten_sessies",
        verbose_name="voorzitter",
    )
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.GEPLAND
    )
    openbaar = models.BooleanField("openbaar", default=False)
    reden_wijziging = models.TextField("reden van verplaatsen of annuleren", blank=True)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    objects = SessieQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = "sessie"
        verbose_name_plural = "sessies"
        # Lists and the griffie overview show a page of sessions in this order (issue 8).
        indexes = [models.Index(fields=["start", "id"], name="sessie_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(eind__gt=models.F("start")), name="sessie_eind_na_start"
            )
        ]

    def __str__(self):
        return self.titel

    def save(self, *args, **kwargs):
        # Every change is a new revision for calendar clients (RFC 5545 SEQUENCE).
        if self.pk is not None:
            self.sequence += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sequence", "gewijzigd_op"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("reflectie:sessie", kwargs={"pk": self.pk})

    @property
    def is_geannuleerd(self):
        return self.status == Status.GEANNULEERD

    @property
    def groepen(self) -> list[str]:
        return [uitnodiging.groep for uitnodiging in self.groepuitnodigingen.all()]

    def groep_labels(self) -> list[str]:
        keuzes = dict(GROEP_KEUZES)
        return [keuzes[key] for key in self.groepen]

    def genodigde_gebruikers(self):
        """Every active invitee, also those invited as part of a group, in one query."""
        User = get_user_model()
        persoonlijk = Sessie.genodigden.through.objects.filter(sessie=self, user_id=OuterRef("pk"))
        voorwaarde = Q(Exists(persoonlijk))
        for groep in GROEPEN:
            uitgenodigd = GroepUitnodiging.objects.filter(sessie=self, groep=groep.key)
            voorwaarde |= groep.als_q(self.gemeente_id) & Q(Exists(uitgenodigd))
        return User.objects.filter(voorwaarde, is_active=True).order_by("naam", "pk")


class GroepUitnodiging(models.Model):
    sessie = models.ForeignKey(Sessie, on_delete=models.CASCADE, related_name="groepuitnodigingen")
    groep = models.CharField("groep", max_length=30, choices=GROEP_KEUZES)

    class Meta:
        verbose_name = "uitnodiging van een groep"
        verbose_name_plural = "uitnodigingen van groepen"
        constraints = [
            models.UniqueConstraint(fields=["sessie", "groep"], name="groep_eenmaal_per_sessie")
        ]

    def __str__(self):
        return self.get_groep_display()


class Verplaatsing(models.Model):
    """The history of a session's time: one row per move, never edited."""

    sessie = models.ForeignKey(Sessie, on_delete=models.CASCADE, related_name="verplaatsingen")
    oude_start = models.DateTimeField("oorspronkelijk begin")
    oude_eind = models.DateTimeField("oorspronkelijk einde")
    nieuwe_start = models.DateTimeField("nieuw begin")
    nieuwe_eind = models.DateTimeField("nieuw einde")
    reden = models.TextField("reden", blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    op = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["op", "pk"]
        verbose_name = "verplaatsing"
        verbose_name_plural = "verplaatsingen"

    def __str__(self):
        return (
            f"{self.sessie}: {self.oude_start:%d-%m-%Y %H:%M} → {self.nieuwe_start:%d-%m-%Y %H:%M}"
        )
