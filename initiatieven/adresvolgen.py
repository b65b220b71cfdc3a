"""Follow your address: a resident's point and radius (AdresVolg). Following it follows the wijk
and every public traject within the radius now; a traject that comes within it later (gets a
location, or becomes public) is followed then, and the resident is told."""

from django.contrib.auth import get_user_model
from django.db import transaction

from participatiepunt.gebieden import geometrie
from participatiepunt.gebieden.models import Wijk, binnen_kader
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.events import publish

from .locaties import trajecten_rond
from .models import AdresVolg, Initiatief

MAX_ADRESSEN = 5
# The page lists the nearest trajecten of each address; the resident follows all of them.
TONEN = 10
STRALEN_M = [250, 500, 1000, 2000]


def volg_adres(*, gebruiker, gemeente, punt, straal_m, wijk=None, adres="") -> AdresVolg:
    """Stores the follow, follows the wijk and the trajecten within the radius."""
    vak = geometrie.rond(punt, straal_m)
    with transaction.atomic():
        adresvolg = AdresVolg.objects.create(
            gebruiker=gebruiker,
            gemeente=gemeente,
            wijk=wijk,
            breedte=round(punt.breedte, 6),
            lengte=round(punt.lengte, 6),
            straal_m=straal_m,
            adres=adres,
            min_breedte=vak.min_breedte,
            max_breedte=vak.max_breedte,
            min_lengte=vak.min_lengte,
            max_lengte=vak.max_lengte,
        )
        if wijk is not None:
            volgen.volg(gebruiker, wijk)
        for initiatief in trajecten_rond(punt, straal_m, gemeente=gemeente):
            volgen.volg(gebruiker, initiatief)
    return adresvolg


def stop(*, adresvolg) -> None:
    """The point and radius go; what was followed through it stays followed (the resident
    unfollows each where they like)."""
    adresvolg.delete()


def _volgers_rond(initiatief) -> set[int]:
    """The ids of users whose address circle reaches the traject."""
    kandidaten = AdresVolg.objects.filter(
        min_breedte__lte=initiatief.locatie_max_breedte,
        max_breedte__gte=initiatief.locatie_min_breedte,
        min_lengte__lte=initiatief.locatie_max_lengte,
        max_lengte__gte=initiatief.locatie_min_lengte,
        gebruiker__is_active=True,
    )
    if initiatief.wijk_id:
        kandidaten = kandidaten.filter(gemeente_id=initiatief.wijk.gebied.gemeente_id)
    return {
        a.gebruiker_id
        for a in kandidaten.only("gebruiker_id", "breedte", "lengte", "straal_m")
        if geometrie.afstand_m(a.punt, initiatief.locatie) <= a.straal_m
    }


def nieuw_in_de_buurt(initiatief: Initiatief) -> None:
    """Call when a traject got a location or became public (inside that transaction)."""
    if not initiatief.locatie or not initiatief.is_openbaar:
        return
    nieuw = _volgers_rond(initiatief) - volgen.volger_ids(initiatief)
    if not nieuw:
        return
    volgen.volg_door(nieuw, initiatief)
    publish(
        "initiatief.in_de_buurt",
        initiatief,
        titel=f"In uw buurt: ‘{initiatief.titel}’",
        url=initiatief.get_absolute_url(),
        tekst=(
            f"Bij een adres dat u volgt is een traject begonnen of op de kaart gezet: "
            f"‘{initiatief.titel}’. U volgt het nu ook, zodat u hoort wat er gebeurt.\n\n"
            f"{initiatief.samenvatting}"
        ),
        ontvangers=list(get_user_model().objects.filter(pk__in=nieuw)),
        alleen_ontvangers=True,
    )


def wijk_bij(resultaat, gemeente):
    """The wijk of a found address: the one whose outline holds the point, else the one named
    like the Locatieserver's wijk, buurt or woonplaats (a dorp), else None."""
    vak = geometrie.rond(resultaat.punt, 1)
    wijken = binnen_kader(Wijk.objects.filter(gebied__gemeente=gemeente), vak)
    for wijk in wijken.filter(locatie__type="Polygon"):
        if geometrie.bevat(wijk.locatie, resultaat.punt):
            return wijk
    namen = [resultaat.wijknaam, resultaat.buurtnaam, resultaat.woonplaatsnaam]
    for naam in filter(None, namen):
        wijk = Wijk.objects.filter(gebied__gemeente=gemeente, naam__iexact=naam).first()
        if wijk:
            return wijk
    return None
