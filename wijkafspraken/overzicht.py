"""The state of every wijk (gemeente overview), the gebiedsteam dashboard and the next expected
step for the heartbeat. Each does a fixed number of queries, whatever the number of wijken."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch
from django.utils import timezone

from participatiepunt.accounts.models import Rol
from participatiepunt.gebieden.models import Gebied, Wijk

from .models import Afspraak, Praatplaat, Versie

GEEN, IN_GESPREK, VASTGESTELD, TE_LAAT = (
    "geen praatplaat",
    "in gesprek",
    "vastgesteld",
    "evaluatie te laat",
)


def status(praatplaat, vandaag=None) -> str:
    vandaag = vandaag or timezone.localdate()
    if praatplaat is None:
        return GEEN
    if not praatplaat.aantal_versies:
        return IN_GESPREK
    if praatplaat.evaluatie_op and praatplaat.evaluatie_op < vandaag:
        return TE_LAAT
    return VASTGESTELD


def evaluatie_binnenkort(praatplaat, vandaag) -> bool:
    """Vastgesteld, with its evaluation within the days of the first reminder about it."""
    if praatplaat is None or not praatplaat.evaluatie_op or not praatplaat.aantal_versies:
        return False
    dagen = max(settings.MELDINGEN_EVALUATIE_DAGEN, default=30)
    return vandaag <= praatplaat.evaluatie_op <= vandaag + datetime.timedelta(days=dagen)


def lopende_praatplaten():
    return Praatplaat.objects.lopend().annotate(aantal_versies=Count("versies"))


@dataclass
class WijkRegel:
    wijk: Wijk
    praatplaat: Praatplaat | None
    status: str
    evaluatie_binnenkort: bool = False


def gemeente_overzicht(gemeente) -> list[WijkRegel]:
    wijken = (
        Wijk.objects.voor_gemeente(gemeente)
        .select_related("gebied")
        .order_by("gebied__naam", "naam")
        .prefetch_related(
            Prefetch(
                "praatplaten",
                lopende_praatplaten().prefetch_related("archetypen"),
                to_attr="lopende",
            )
        )
    )
    vandaag = timezone.localdate()
    regels = []
    for wijk in wijken:
        praatplaat = wijk.lopende[0] if wijk.lopende else None
        regels.append(
            WijkRegel(
                wijk,
                praatplaat,
                status(praatplaat, vandaag),
                evaluatie_binnenkort(praatplaat, vandaag),
            )
        )
    return regels


def gebieden_van(user, gemeente):
    """A medewerker works on every gebied of the gemeente, a gebiedsteam on its own there."""
    if user.is_superuser or user.rol == Rol.MEDEWERKER:
        return Gebied.objects.voor_gemeente(gemeente)
    return user.gebieden.voor_gemeente(gemeente)


def te_late_afspraken(gebieden):
    """Only the columns the dashboard shows."""
    return (
        Afspraak.objects.lopend()
        .filter(
            wanneer__lt=timezone.localdate(),
            praatplaat__gearchiveerd_op__isnull=True,
            praatplaat__wijk__gebied__in=gebieden,
        )
        .select_related("praatplaat__wijk")
        .only("wat", "wie", "organisatie", "wanneer", "status", "praatplaat__wijk__naam")
    )


def in_gesprek(gebieden):
    """The running praatplaten of these gebieden with their status; those whose evaluation is
    overdue are the ones with status TE_LAAT."""
    praatplaten = list(
        lopende_praatplaten()
        .filter(wijk__gebied__in=gebieden)
        .select_related("wijk")
        .only("evaluatie_op", "wijk__naam")
        .order_by("wijk__naam")
    )
    vandaag = timezone.localdate()
    for praatplaat in praatplaten:
        praatplaat.status = status(praatplaat, vandaag)
    return praatplaten


def geldende_versie(wijk) -> Versie | None:
    """The newest vastgestelde version of any praatplaat of this wijk: what holds now."""
    return (
        Versie.objects.filter(praatplaat__wijk=wijk)
        .select_related("praatplaat")
        .order_by("-vastgesteld_op", "-pk")
        .first()
    )
