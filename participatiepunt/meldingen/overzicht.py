"""The weekly digest. A user is due when an item waits from before the most recent digest moment
(weekday and hour in settings) and their last digest went out before that moment. The window is
"everything since the last send", never a fixed number of days, so a missed run catches up."""

import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from participatiepunt.portal.tekst import schone_kopregels

from . import berichten, bezorging
from .kinds import Email
from .models import Melding, Overzicht

logger = logging.getLogger(__name__)


def laatste_moment(nu: datetime) -> datetime:
    """The most recent digest moment at or before `nu` (local time)."""
    lokaal = timezone.localtime(nu)
    dagen_terug = (lokaal.weekday() - settings.MELDINGEN_OVERZICHT_WEEKDAG) % 7
    dag = lokaal.date() - timedelta(days=dagen_terug)
    moment = timezone.make_aware(datetime.combine(dag, time(settings.MELDINGEN_OVERZICHT_UUR)))
    return moment if moment <= nu else moment - timedelta(days=7)


def wachtend():
    return Melding.objects.filter(email=Email.WEKELIJKS, email_verstuurd_op__isnull=True)


def aan_de_beurt(nu: datetime):
    """Ids of users with something waiting and no digest since the last moment (one query)."""
    moment = laatste_moment(nu)
    return (
        wachtend()
        .filter(aangemaakt_op__lt=moment)
        .exclude(ontvanger__overzichten__verstuurd_op__gte=moment)
        .order_by("ontvanger_id")
        .values_list("ontvanger_id", flat=True)
        .distinct()
    )


def groepeer(meldingen) -> list[dict]:
    """Per followed object, newest first; objects ordered by their newest item."""
    groepen: dict[tuple, dict] = {}
    for melding in sorted(meldingen, key=lambda m: m.gebeurtenis.aangemaakt_op, reverse=True):
        gebeurtenis = melding.gebeurtenis
        sleutel = (gebeurtenis.content_type_id, gebeurtenis.object_id)
        groep = groepen.setdefault(sleutel, {"naam": gebeurtenis.onderwerp_naam, "items": []})
        groep["items"].append(gebeurtenis)
    return list(groepen.values())


def verstuur_alle(gebruiker_ids, verbinding, nu: datetime) -> int:
    """The digests of a batch; one that fails on its own is recorded and the rest go on."""
    verstuurd = 0
    for gebruiker_id in gebruiker_ids:
        try:
            verstuurd += verstuur(gebruiker_id, verbinding, nu)
        except Exception as fout:
            if bezorging.is_storing(fout):
                raise
            logger.warning("Weekoverzicht %s: mislukt (%s)", gebruiker_id, type(fout).__name__)
            bezorging.registreer_mislukking(wachtend().filter(ontvanger_id=gebruiker_id), fout)
    return verstuurd


def verstuur(gebruiker_id: int, verbinding, nu: datetime) -> int:
    """One user's digest, at most once per moment: the waiting rows are locked and marked in
    the same transaction as the send."""

    with transaction.atomic():
        rijen = list(
            wachtend()
            .filter(ontvanger_id=gebruiker_id)
            .select_for_update(of=("self",))
            .select_related("gebeurtenis", "ontvanger")
        )
        if not _aan_de_beurt(rijen, gebruiker_id, nu):
            return 0
        overzicht = Overzicht.objects.create(ontvanger_id=gebruiker_id, aantal=len(rijen))
        bericht = berichten.voor_overzicht(overzicht, rijen[0].ontvanger, groepeer(rijen))
        verbinding.send_messages([schone_kopregels(bericht)])
        Melding.objects.filter(pk__in=[r.pk for r in rijen]).update(
            email_verstuurd_op=timezone.now(), overzicht=overzicht
        )
    return 1


def _aan_de_beurt(rijen, gebruiker_id: int, nu: datetime) -> bool:
    moment = laatste_moment(nu)
    if not any(rij.aangemaakt_op < moment for rij in rijen):
        return False  # everything waiting is newer than the last moment: next week
    return not Overzicht.objects.filter(
        ontvanger_id=gebruiker_id, verstuurd_op__gte=moment
    ).exists()
