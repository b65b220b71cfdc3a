"""Bijeenkomsten in the werkvoorraad (participatiepunt.portal.werkvoorraad): the coming two
weeks' bijeenkomsten for the participatiepunt to prepare, with how full they are."""

from datetime import timedelta

from django.urls import reverse
from django.utils import formats, timezone

from participatiepunt.accounts.predicates import is_beheerder
from participatiepunt.portal.werkvoorraad import Regel, Taak

from .caches import BIJEENKOMSTEN
from .models import Bijeenkomst

VOORBEREIDEN = timedelta(days=14)


def _voor_te_bereiden(user, gemeente):
    binnenkort = Bijeenkomst.objects.voor(gemeente).komend()
    binnenkort = binnenkort.filter(start__lte=timezone.now() + VOORBEREIDEN)
    return binnenkort.met_bezetting().order_by("start", "pk")


def _regel(bijeenkomst) -> Regel:
    start = timezone.localtime(bijeenkomst.start)
    wachtend = f", {bijeenkomst.wachtend} op de wachtlijst" if bijeenkomst.wachtend else ""
    return Regel(
        bijeenkomst.titel,
        reverse("bijeenkomsten:presentielijst", kwargs={"pk": bijeenkomst.pk}),
        f"{formats.date_format(start, 'l j F')} om {start:%H:%M} uur, "
        f"{bijeenkomst.bezet} van {bijeenkomst.capaciteit} aangemeld{wachtend}",
    )


TAKEN = [
    Taak(
        titel="Bijeenkomsten voorbereiden",
        uitleg="Informatiebijeenkomsten en trainingen in de komende twee weken, met de "
        "presentielijst.",
        voor=is_beheerder,
        zaken=_voor_te_bereiden,
        regel=_regel,
        lijst="bijeenkomsten:lijst",
        volgorde=25,
        versies=(BIJEENKOMSTEN,),
    ),
]
