"""Reminders for afspraken and evaluations that fall due. Each is sent once: the row is locked
and the 'herinnerd' mark is written in the same transaction as the notification."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from participatiepunt.accounts.models import Rol

from . import notify
from .models import Afspraak, Praatplaat

AFSPRAAK_VOORAF = datetime.timedelta(days=7)
EVALUATIE_VOORAF = datetime.timedelta(days=30)


def gebiedsteam_van(wijk):
    return list(
        get_user_model().objects.filter(
            rol=Rol.GEBIEDSTEAM, is_active=True, gebieden=wijk.gebied_id
        )
    )


def afspraken_te_herinneren() -> list[int]:
    grens = timezone.localdate() + AFSPRAAK_VOORAF
    qs = Afspraak.objects.lopend().filter(
        wanneer__lte=grens, herinnerd_op__isnull=True, praatplaat__gearchiveerd_op__isnull=True
    )
    return list(
        qs.filter(praatplaat__versies__isnull=False).distinct().values_list("pk", flat=True)
    )


def evaluaties_te_herinneren() -> list[int]:
    grens = timezone.localdate() + EVALUATIE_VOORAF
    qs = Praatplaat.objects.lopend().filter(
        Q(evaluatie_op__lte=grens), evaluatie_herinnerd_op__isnull=True
    )
    return list(qs.values_list("pk", flat=True))


@transaction.atomic
def herinner_afspraak(afspraak_id: int) -> bool:
    afspraak = Afspraak.objects.select_for_update().filter(pk=afspraak_id).first()
    if afspraak is None or afspraak.herinnerd_op or not afspraak.is_lopend:
        return False
    afspraak = Afspraak.objects.select_related("praatplaat__wijk").get(pk=afspraak_id)
    notify.afspraak_termijn(afspraak, gebiedsteam_van(afspraak.praatplaat.wijk))
    Afspraak.objects.filter(pk=afspraak_id).update(herinnerd_op=timezone.now())
    return True


@transaction.atomic
def herinner_evaluatie(praatplaat_id: int) -> bool:
    praatplaat = Praatplaat.objects.select_for_update().filter(pk=praatplaat_id).first()
    if praatplaat is None or praatplaat.evaluatie_herinnerd_op or praatplaat.evaluatie_op is None:
        return False
    praatplaat = Praatplaat.objects.select_related("wijk").get(pk=praatplaat_id)
    notify.evaluatie_termijn(praatplaat, gebiedsteam_van(praatplaat.wijk))
    Praatplaat.objects.filter(pk=praatplaat_id).update(evaluatie_herinnerd_op=timezone.now())
    return True
