"""Planning, moving and cancelling sessions, and deciding on topics. Views and tasks call these;
each change runs in one transaction together with its notifications."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import notify
from .choices import PER_GROEP, OnderwerpStatus, Status
from .models import GroepUitnodiging, Sessie, Verplaatsing


def gebruikers_van(genodigden, groepen, *, gemeente):
    """The users a set of personal invitations plus group invitations (of the gemeente) comes
    down to."""
    gemeente_id = getattr(gemeente, "pk", gemeente)
    voorwaarde = Q(pk__in=[user.pk for user in genodigden])
    for key in groepen:
        voorwaarde |= PER_GROEP[key].als_q(gemeente_id)
    return get_user_model().objects.filter(voorwaarde, is_active=True)


@dataclass(frozen=True)
class Conflict:
    sessie: Sessie
    genodigden: list


def conflicten(start, eind, gebruikers, zonder=None) -> list[Conflict]:
    """Other sessions at (partly) the same time that some of these users are invited to."""
    overlappend = Sessie.objects.actief().filter(start__lt=eind, eind__gt=start)
    if zonder is not None:
        overlappend = overlappend.exclude(pk=zonder.pk)
    ids = list(gebruikers.values_list("pk", flat=True))
    gevonden = []
    for sessie in overlappend:
        dubbel = list(sessie.genodigde_gebruikers().filter(pk__in=ids))
        if dubbel:
            gevonden.append(Conflict(sessie, dubbel))
    return gevonden


def _zet_groepen(sessie, groepen) -> None:
    sessie.groepuitnodigingen.exclude(groep__in=groepen).delete()
    bestaand = set(sessie.groepuitnodigingen.values_list("groep", flat=True))
    GroepUitnodiging.objects.bulk_create(
        GroepUitnodiging(sessie=sessie, groep=key) for key in groepen if key not in bestaand
    )


@transaction.atomic
def plan(*, door, genodigden, groepen, **velden) -> Sessie:
    """A new session with these columns, its invitees and groups, and their invitations."""
    sessie = Sessie.objects.create(aangemaakt_door=door, status=Status.GEPLAND, **velden)
    sessie.genodigden.set(genodigden)
    _zet_groepen(sessie, groepen)
    notify.gepland(sessie)
    return sessie


@transaction.atomic
def wijzig(sessie, *, genodigden, groepen, **velden) -> Sessie:
    """Change what, where and who; new invitees get an invitation. Only these columns are
    written, never the status the edit form read: a cancellation meanwhile stays."""
    al_uitgenodigd = set(sessie.genodigde_gebruikers().values_list("pk", flat=True))
    for veld, waarde in velden.items():
        setattr(sessie, veld, waarde)
    sessie.save(update_fields=[*velden])
    sessie.genodigden.set(genodigden)
    _zet_groepen(sessie, groepen)
    nieuw = [u for u in sessie.genodigde_gebruikers() if u.pk not in al_uitgenodigd]
    if nieuw:
        notify.gepland(sessie, ontvangers=nieuw)
    return sessie


@transaction.atomic
def verplaats(sessie, *, start, eind, door, reden="") -> Verplaatsing:
    sessie = Sessie.objects.select_for_update().get(pk=sessie.pk)
    verplaatsing = Verplaatsing.objects.create(
        sessie=sessie,
        oude_start=sessie.start,
        oude_eind=sessie.eind,
        nieuwe_start=start,
        nieuwe_eind=eind,
        reden=reden,
        door=door,
    )
    sessie.start, sessie.eind, sessie.reden_wijziging = start, eind, reden
    sessie.status = Status.VERPLAATST
    sessie.save()
    notify.verplaatst(sessie, verplaatsing)
    return verplaatsing


@transaction.atomic
def annuleer(sessie, *, reden="") -> Sessie:
    sessie.status, sessie.reden_wijziging = Status.GEANNULEERD, reden
    sessie.save(update_fields=["status", "reden_wijziging"])
    notify.geannuleerd(sessie)
    return sessie


def markeer_gehouden(sessie) -> Sessie:
    sessie.status = Status.GEHOUDEN
    sessie.save(update_fields=["status"])
    return sessie


@transaction.atomic
def besluit_onderwerp(onderwerp, *, geselecteerd: bool, toelichting, door):
    onderwerp.status = OnderwerpStatus.GESELECTEERD if geselecteerd else OnderwerpStatus.AFGEWEZEN
    onderwerp.toelichting_besluit = toelichting
    onderwerp.besloten_door, onderwerp.besloten_op = door, timezone.now()
    onderwerp.save()
    notify.onderwerp_besluit(onderwerp)
    return onderwerp
