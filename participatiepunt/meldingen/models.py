"""Follows, events and the per-recipient outbox (Melding), preferences, digests and reminders."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .kinds import Email

SOORT_LENGTE = 50
# An outbox row whose delivery kept failing (MELDINGEN_PARKEER_NA attempts): no task picks it up
# again; a beheerder sees why (email_fout) and can let it be delivered again.
GEPARKEERD = "geparkeerd"
EMAIL_STATEN = [*Email.choices, (GEPARKEERD, "Geparkeerd: bezorging mislukt")]


class Volg(models.Model):
    """A user follows any object (an initiatief, a wijk, ...)."""

    # No index of their own (db_index=False): volg_uniek starts with the gebruiker and
    # volg_object with the content type, and each index is written for every follow.
    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volgt", db_index=False
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, db_index=False)
    object_id = models.PositiveBigIntegerField()
    onderwerp = GenericForeignKey("content_type", "object_id")
    aangemaakt_op = models.DateTimeField(default=timezone.now)
    # Last time this follower heard anything about the object (for the heartbeat). Not indexed
    # on purpose: the heartbeat updates it for many rows at once, and without an index on it
    # (and with free space in each page, see migration 0003) PostgreSQL updates in place.
    laatst_gehoord_op = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "volger"
        verbose_name_plural = "volgers"
        constraints = [
            models.UniqueConstraint(
                fields=["gebruiker", "content_type", "object_id"], name="volg_uniek"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="volg_object")]

    def __str__(self):
        return f"{self.gebruiker_id} volgt {self.content_type_id}:{self.object_id}"


class Gebeurtenis(models.Model):
    """One published event; its recipients each get a Melding."""

    soort = models.CharField(max_length=SOORT_LENGTE)
    # gebeurtenis_object starts with it: no index of its own to write for every event.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, db_index=False)
    object_id = models.PositiveBigIntegerField()
    onderwerp = GenericForeignKey("content_type", "object_id")
    onderwerp_naam = models.CharField(max_length=200)
    titel = models.CharField(max_length=200)
    tekst = models.TextField(blank=True, default="", db_default="")
    url = models.CharField(max_length=500)
    verplicht = models.BooleanField(default=False, db_default=False)
    # Whose name, address and site its mails carry (portal/mail.py); none: the standaardgemeente.
    gemeente = models.ForeignKey(
        "gebieden.Gemeente", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "gebeurtenis"
        verbose_name_plural = "gebeurtenissen"
        indexes = [models.Index(fields=["content_type", "object_id"], name="gebeurtenis_object")]

    def __str__(self):
        return self.titel


class Reden(models.TextChoices):
    VOLGER = "volger", "u volgt dit"
    ONTVANGER = "ontvanger", "het gaat u rechtstreeks aan"


class Melding(models.Model):
    """The outbox row of one recipient: e-mail (direct or in the digest) and/or the portal."""

    # melding_uniek starts with it: no index of its own to write for every notification.
    gebeurtenis = models.ForeignKey(
        Gebeurtenis, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meldingen"
    )
    reden = models.CharField(
        max_length=10, choices=Reden.choices, default=Reden.VOLGER, db_default=Reden.VOLGER
    )
    email = models.CharField(max_length=10, choices=EMAIL_STATEN)
    in_portaal = models.BooleanField(default=True, db_default=True)
    gelezen_op = models.DateTimeField(null=True, blank=True)
    aangemaakt_op = models.DateTimeField(default=timezone.now)
    # Last time a delivery task was sent for it; the sweep re-plans what stays unsent.
    ingepland_op = models.DateTimeField(default=timezone.now)
    # Until when the task that took it up holds it (MELDINGEN_VASTHOUDEN after it started);
    # past that and still unsent, its worker was killed or gave up: the sweep re-plans it at
    # once instead of after MELDINGEN_HERPLAN_NA. Empty while only queued.
    vastgehouden_tot = models.DateTimeField(null=True, blank=True)
    email_verstuurd_op = models.DateTimeField(null=True, blank=True)
    email_fout = models.CharField(max_length=300, blank=True, default="", db_default="")
    # Failed attempts at this one message (not outages of SMTP, which hold up every message).
    email_pogingen = models.PositiveSmallIntegerField(default=0, db_default=0)
    # Indexed only where set (melding_in_overzicht): most notifications are in no digest.
    overzicht = models.ForeignKey(
        "Overzicht",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meldingen",
        db_index=False,
    )

    class Meta:
        verbose_name = "melding"
        verbose_name_plural = "meldingen"
        constraints = [
            models.UniqueConstraint(fields=["gebeurtenis", "ontvanger"], name="melding_uniek")
        ]
        indexes = [
            models.Index(
                fields=["ingepland_op"],
                condition=Q(email=Email.DIRECT, email_verstuurd_op__isnull=True),
                name="melding_te_bezorgen",
            ),
            models.Index(
                fields=["vastgehouden_tot"],
                condition=Q(
                    email=Email.DIRECT,
                    email_verstuurd_op__isnull=True,
                    vastgehouden_tot__isnull=False,
                ),
                name="melding_vastgehouden",
            ),
            models.Index(
                fields=["ontvanger"],
                condition=Q(email=Email.WEKELIJKS, email_verstuurd_op__isnull=True),
                name="melding_voor_overzicht",
            ),
            # The notification centre's pages, newest first, ties broken on id (keyset).
            models.Index(
                fields=["ontvanger", "-aangemaakt_op", "-id"],
                condition=Q(in_portaal=True),
                name="melding_portaal_pagina",
            ),
            models.Index(
                fields=["ontvanger"],
                condition=Q(in_portaal=True, gelezen_op__isnull=True),
                name="melding_ongelezen",
            ),
            models.Index(
                fields=["overzicht"],
                condition=Q(overzicht__isnull=False),
                name="melding_in_overzicht",
            ),
        ]

    def __str__(self):
        return f"Melding {self.pk} voor {self.ontvanger_id}"


class Voorkeur(models.Model):
    """A user's choice for one kind; without a row the kind's defaults apply."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meldingvoorkeuren"
    )
    soort = models.CharField(max_length=SOORT_LENGTE)
    email = models.CharField("per e-mail", max_length=10, choices=Email.choices)
    portaal = models.BooleanField("in het portaal", default=True)

    class Meta:
        verbose_name = "voorkeur"
        verbose_name_plural = "voorkeuren"
        constraints = [
            models.UniqueConstraint(fields=["gebruiker", "soort"], name="voorkeur_uniek")
        ]

    def __str__(self):
        return f"{self.gebruiker_id} {self.soort}: {self.email}"


class Overzicht(models.Model):
    """A weekly digest that was sent; the next window starts here."""

    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="overzichten"
    )
    verstuurd_op = models.DateTimeField(default=timezone.now)
    aantal = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "weekoverzicht"
        verbose_name_plural = "weekoverzichten"
        indexes = [models.Index(fields=["ontvanger", "-verstuurd_op"], name="overzicht_laatste")]

    def __str__(self):
        return f"Overzicht {self.ontvanger_id} {self.verstuurd_op:%Y-%m-%d}"


class Herinnering(models.Model):
    """A reminder that went out: one per object, window (days before) and date. Never twice."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    venster = models.PositiveSmallIntegerField()
    datum = models.DateField()
    aangemaakt_op = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "herinnering"
        verbose_name_plural = "herinneringen"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "venster", "datum"], name="herinnering_uniek"
            )
        ]

    def __str__(self):
        return f"Herinnering {self.content_type_id}:{self.object_id} {self.venster}d"
