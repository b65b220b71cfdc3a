"""The trajecten around a point (for the address follow, the vakantiecheck and the maps): a
prefilter on the bounding-box columns in SQL, the exact distance in Python
(participatiepunt.gebieden.geometrie)."""

import math

from django.db.models import F

from participatiepunt.gebieden import geometrie
from participatiepunt.gebieden.models import MetLocatie, binnen_kader

from .models import Initiatief

# What a list of trajecten around a point shows of each: no descriptions or search vectors.
KOLOMMEN = ("pk", "titel", "status", "gemeente_id", *MetLocatie.LOCATIE_VELDEN)
# A page shows the nearest ones; the SQL takes this many times more by their centres, because
# an area can lie nearer than its centre.
MARGE = 2


def trajecten_rond(punt, straal_m, *, gemeente=None, queryset=None, hoogstens=None) -> list:
    """The public trajecten with a location within straal_m metres of punt (a geometrie.Punt),
    nearest first, each with its distance as `afstand_m`. `queryset` narrows the choice (default:
    every public traject); `gemeente` keeps those of one gemeente; `hoogstens` the nearest that
    many, for a page (in a city the circle around an address can hold hundreds)."""
    if queryset is None:
        queryset = Initiatief.objects.openbaar()
    if gemeente is not None:
        queryset = queryset.voor_gemeente(gemeente)
    kandidaten = binnen_kader(queryset, geometrie.rond(punt, straal_m))
    if hoogstens is not None:
        kandidaten = _dichtstbij(kandidaten.only(*KOLOMMEN), punt, hoogstens * MARGE)
    gevonden = []
    for initiatief in kandidaten:
        initiatief.afstand_m = geometrie.afstand_m(punt, initiatief.locatie)
        if initiatief.afstand_m <= straal_m:
            gevonden.append(initiatief)
    return sorted(gevonden, key=lambda i: (i.afstand_m, i.pk))[:hoogstens]


def _dichtstbij(queryset, punt, aantal):
    """By the distance of their centres (flat, good enough to order within a few kilometres)."""
    schaal = math.cos(math.radians(punt.breedte))
    noord = F("locatie_breedte") - punt.breedte
    oost = (F("locatie_lengte") - punt.lengte) * schaal
    return queryset.annotate(kwadraat=noord * noord + oost * oost).order_by("kwadraat", "pk")[
        :aantal
    ]
