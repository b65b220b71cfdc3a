"""Reflectie in the werkvoorraad (participatiepunt.portal.werkvoorraad): sessions to prepare for
the participatiepunt (the coming two weeks, saying whether the agenda is published), and for
bestuur and griffie the coming sessions with a link to their agenda."""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.utils import formats, timezone

from participatiepunt.accounts.predicates import is_beheerder, is_bestuur, is_griffie
from participatiepunt.portal.werkvoorraad import Regel, Taak

from .caches import WERKVOORRAAD
from .models import AgendaVersie, Sessie

VOORBEREIDEN = timedelta(days=14)
VOORUIT = timedelta(days=60)


def _komend(sessies, gemeente, binnen):
    nu = timezone.now()
    sessies = sessies.actief().filter(start__gte=nu, start__lte=nu + binnen)
    sessies = sessies.voor_gemeente(gemeente)
    gepubliceerd = AgendaVersie.objects.filter(sessie=OuterRef("pk"))
    return sessies.annotate(agenda_gepubliceerd=Exists(gepubliceerd)).order_by("start", "pk")


def _voor_te_bereiden(user, gemeente):
    return _komend(Sessie.objects.all(), gemeente, VOORBEREIDEN)


def _agendas(user, gemeente):
    return _komend(Sessie.objects.zichtbaar_voor(user), gemeente, VOORUIT)


def _wanneer(sessie) -> str:
    start = timezone.localtime(sessie.start)
    return f"{formats.date_format(start, 'l j F')} om {start:%H:%M} uur"


def _voorbereiden_regel(sessie) -> Regel:
    agenda = "agenda gepubliceerd" if sessie.agenda_gepubliceerd else "agenda nog niet gepubliceerd"
    return Regel(sessie.titel, sessie.get_absolute_url(), f"{_wanneer(sessie)}, {agenda}")


def _agenda_regel(sessie) -> Regel:
    agenda = "met agenda" if sessie.agenda_gepubliceerd else "agenda volgt"
    return Regel(sessie.titel, sessie.get_absolute_url(), f"{_wanneer(sessie)}, {agenda}")


TAKEN = [
    Taak(
        titel="Sessies voorbereiden",
        uitleg="Reflectiesessies in de komende twee weken.",
        voor=is_beheerder,
        zaken=_voor_te_bereiden,
        regel=_voorbereiden_regel,
        lijst="reflectie:lijst",
        volgorde=20,
        versies=(WERKVOORRAAD,),
    ),
    Taak(
        titel="Komende sessies en hun agenda's",
        uitleg="De reflectiesessies waarvoor u bent uitgenodigd of die openbaar zijn.",
        voor=is_bestuur | is_griffie,
        zaken=_agendas,
        regel=_agenda_regel,
        lijst="reflectie:lijst",
        volgorde=60,
        versies=(WERKVOORRAAD,),
        per_gebruiker=True,  # the sessions the user is invited to
    ),
]
