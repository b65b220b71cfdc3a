"""Bijeenkomsten in the werkvoorraad (participatiepunt.portal.werkvoorraad): the coming two
weeks' bijeenkomsten for the participatiepunt to prepare, with how full they are."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse
from django.utils import formats, timezone

from participatiepunt.accounts.predicates import is_beheerder
from participatiepunt.portal.vastequery import VasteQuery
from participatiepunt.portal.werkvoorraad import MAX_REGELS, Regel, Taak

from .caches import BIJEENKOMSTEN
from .models import Bijeenkomst

VOORBEREIDEN = timedelta(days=14)


def _binnenkort(gemeente, nu, tot):
    binnenkort = Bijeenkomst.objects.voor(gemeente).komend(nu).filter(start__lte=tot)
    return binnenkort.met_bezetting().order_by("start", "pk")[: MAX_REGELS + 1]


# Every sign-up renews the section: its SQL, with two counts per row, built once per process
# (portal.vastequery). The moments' stand-ins: no bijeenkomst is from 1971.
BINNENKORT = VasteQuery(
    _binnenkort,
    "gemeente",
    nu=datetime(1971, 2, 3, 4, 5, 6, 7, tzinfo=UTC),
    tot=datetime(1971, 2, 3, 4, 5, 6, 8, tzinfo=UTC),
)


def _voor_te_bereiden(user, gemeente):
    nu = timezone.now()
    return BINNENKORT.rijen(gemeente=gemeente.pk, nu=nu, tot=nu + VOORBEREIDEN)


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
