"""Informatiebijeenkomsten, trainingen and the college op locatie: a public catalogue with
capacity, sign-up (with an account, or a name and an e-mail address confirmed through a link),
a waiting list, and the mails each sign-up gets (an outbox: a row per mail, sent once)."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone


class Soort(models.TextChoices):
    INFORMATIEBIJEENKOMST = "informatie", "Informatiebijeenkomst"
    TRAINING = "training", "Training"
    COLLEGE_OP_LOCATIE = "college", "College op locatie in de wijk"


class Doelgroep(models.TextChoices):
    INWONERS = "inwoners", "Inwoners, ondernemers en instellingen"
    AMBTENAREN = "ambtenaren", "Ambtenaren"


def bevestig_binnen() -> timedelta:
    """How long an unconfirmed sign-up (name and e-mail, no account) holds its place."""
    return timedelta(hours=settings.BIJEENKOMST_BEVESTIG_UREN)


class BijeenkomstQuerySet(models.QuerySet):
    def komend(self, nu=None):
        return self.filter(eind__gte=nu or timezone.now(), geannuleerd=False)

    def voor(self, gemeente):
        return self.filter(gemeente=gemeente)

    def met_bezetting(self):
        """`bezet` (places taken) and `wachtend` (on the waiting list) as columns: a count per
        row, which PostgreSQL runs only for the rows a LIMIT keeps, where a join with GROUP BY
        read every sign-up of the gemeente first."""
        return self.annotate(bezet=_aantal(Status.GEPLAATST), wachtend=_aantal(Status.WACHTLIJST))


def _aantal(status):
    """The number of sign-ups with this status of the bijeenkomst in the outer query."""
    aanmeldingen = Aanmelding.objects.filter(bijeenkomst=OuterRef("pk"), status=status)
    aantal = aanmeldingen.order_by().values("bijeenkomst").annotate(n=models.Count("pk"))
    return Coalesce(Subquery(aantal.values("n")), 0)


class Bijeenkomst(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    gemeente = models.ForeignKey(
        "gebieden.Gemeente", on_delete=models.PROTECT, related_name="bijeenkomsten"
    )
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    doelgroep = models.CharField(
        "voor wie", max_length=20, choices=Doelgroep.choices, default=Doelgroep.INWONERS
    )
    titel = models.CharField("titel", max_length=200)
    omschrijving = models.TextField("omschrijving", blank=True)
    start = models.DateTimeField("begin")
    eind = models.DateTimeField("einde")
    locatie = models.CharField("locatie", max_length=200, help_text="Adres van de bijeenkomst")
    wijk = models.ForeignKey(
        "gebieden.Wijk",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="bijeenkomsten",
        verbose_name="op locatie in de wijk",
    )
    capaciteit = models.PositiveIntegerField("aantal plaatsen")
    geannuleerd = models.BooleanField(default=False)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    objects = BijeenkomstQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = "bijeenkomst"
        verbose_name_plural = "bijeenkomsten"
        indexes = [models.Index(fields=["gemeente", "start"], name="bijeenkomst_catalogus")]
        constraints = [
            models.CheckConstraint(
                condition=Q(eind__gt=models.F("start")), name="bijeenkomst_eind_na_start"
            ),
            models.CheckConstraint(condition=Q(capaciteit__gt=0), name="bijeenkomst_plaatsen"),
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("bijeenkomsten:detail", kwargs={"pk": self.pk})

    @property
    def gebied_id(self):
        return self.wijk.gebied_id if self.wijk_id else None


class Status(models.TextChoices):
    GEPLAATST = "geplaatst", "Aangemeld"
    WACHTLIJST = "wachtlijst", "Op de wachtlijst"
    AFGEMELD = "afgemeld", "Afgemeld"
    VERLOPEN = "verlopen", "Niet bevestigd"


ACTIEF = (Status.GEPLAATST, Status.WACHTLIJST)


class AanmeldingQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status__in=ACTIEF)

    def onbevestigd_verlopen(self, grens=None):
        """Unconfirmed sign-ups past their time: they no longer hold a place or a turn."""
        return self.filter(onbevestigd_verlopen(grens))


def onbevestigd_verlopen(grens=None) -> Q:
    """The condition of AanmeldingQuerySet.onbevestigd_verlopen; `grens` (signed up before it)
    by default bevestig_binnen() ago."""
    grens = grens or timezone.now() - bevestig_binnen()
    return Q(status__in=ACTIEF, bevestigd_op__isnull=True, aangemeld_op__lt=grens)


class Aanmelding(models.Model):
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.CASCADE, related_name="aanmeldingen"
    )
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="aanmeldingen",
    )
    naam = models.CharField("naam", max_length=150)
    email = models.EmailField("e-mailadres")
    status = models.CharField(max_length=20, choices=Status.choices)
    aangemeld_op = models.DateTimeField(default=timezone.now)
    bevestigd_op = models.DateTimeField(null=True, blank=True)
    afgemeld_op = models.DateTimeField(null=True, blank=True)

    objects = AanmeldingQuerySet.as_manager()
    buiten_openbare_paginas = True  # the catalogue fills in its free places (plaatsen.py)

    class Meta:
        ordering = ["aangemeld_op", "pk"]
        verbose_name = "aanmelding"
        verbose_name_plural = "aanmeldingen"
        constraints = [
            # One active sign-up per address: a double click or a second try finds the first.
            models.UniqueConstraint(
                fields=["bijeenkomst", "email"],
                condition=Q(status__in=ACTIEF),
                name="een_actieve_aanmelding_per_adres",
            )
        ]

    def __str__(self):
        return f"{self.naam} – {self.bijeenkomst}"

    @property
    def is_bevestigd(self):
        return self.bevestigd_op is not None

    @property
    def is_actief(self):
        return self.status in ACTIEF

    @property
    def op_wachtlijst(self):
        return self.status == Status.WACHTLIJST


class Mailsoort(models.TextChoices):
    BEVESTIG_ADRES = "bevestig_adres", "Bevestig uw aanmelding"
    AANGEMELD = "aangemeld", "U bent aangemeld"
    WACHTLIJST = "wachtlijst", "U staat op de wachtlijst"
    DOORGESCHOVEN = "doorgeschoven", "Er is een plaats vrijgekomen"
    HERINNERING = "herinnering", "Herinnering"
    AFGEMELD = "afgemeld", "U bent afgemeld"
    GEANNULEERD = "geannuleerd", "De bijeenkomst gaat niet door"


class Aanmeldingsmail(models.Model):
    """The outbox of sign-up mails: written in the transaction of the change, sent after commit
    by a task that locks the row and marks it sent (a sweep sends what a lost task left)."""

    aanmelding = models.ForeignKey(Aanmelding, on_delete=models.CASCADE, related_name="mails")
    buiten_openbare_paginas = True
    soort = models.CharField(max_length=20, choices=Mailsoort.choices)
    aangemaakt_op = models.DateTimeField(default=timezone.now)
    verstuurd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = "e-mail over een aanmelding"
        verbose_name_plural = "e-mails over aanmeldingen"
        indexes = [
            models.Index(
                fields=["aangemaakt_op"],
                name="aanmeldingsmail_te_versturen",
                condition=Q(verstuurd_op__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.get_soort_display()} ({self.aanmelding_id})"
