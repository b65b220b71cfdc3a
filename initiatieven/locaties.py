"""The trajecten around a point (for the address follow, the vakantiecheck and the maps): a
prefilter on the bounding-box columns in SQL, the exact distance in Python
(participatiepunt.gebieden.geometrie)."""

from participatiepunt.gebieden import geometrie
from participatiepunt.gebieden.models import binnen_kader

from .models import Initiatief


def trajecten_rond(punt, straal_m, *, gemeente=None, queryset=None) -> list:
    """The public trajecten with a location within straal_m metres of punt (a geometrie.Punt),
    nearest first, each with its distance as `afstand_m`. `queryset` narrows the choice (default:
    every public traject); `gemeente` keeps those of one gemeente."""
    if queryset is None:
        queryset = Initiatief.objects.openbaar()
    if gemeente is not None:
        queryset = queryset.voor_gemeente(gemeente)
    kandidaten = binnen_kader(queryset, geometrie.rond(punt, straal_m))
    gevonden = []
    for initiatief in kandidaten:
        initiatief.afstand_m = geometrie.afstand_m(punt, initiatief.locatie)
        if initiatief.afstand_m <= straal_m:
            gevonden.append(initiatief)
    return sorted(gevonden, key=lambda i: (i.afstand_m, i.pk))
