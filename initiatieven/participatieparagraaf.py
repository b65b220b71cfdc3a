"""The participatieparagraaf of a traject for the raadsvoorstel, generated from what the portal
holds (issue 17): who took part, how, what came out, what was done with it, the kaders per
phase and any heroverleg. Only what is public already: the griffie may print and forward it."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch

from . import kadersoverleg
from .models import Initiatief, KadersVersie, Mijlpaal, Update


@dataclass(frozen=True)
class Heroverleg:
    versie: KadersVersie
    reactie: object  # the KadersReactie that contested it


def queryset():
    return (
        Initiatief.objects.select_related("wijk__gebied", "indiener")
        .prefetch_related(
            "bewonersorganisaties",
            Prefetch("kaders_versies", queryset=KadersVersie.objects.prefetch_related("reacties")),
            Prefetch("mijlpalen", queryset=Mijlpaal.objects.select_related("terugkoppeling")),
            Prefetch("updates", queryset=Update.objects.filter(openbaar=True)),
        )
        .annotate(aantal_belanghebbenden=Count("belanghebbenden", distinct=True))
    )


def inhoud(initiatief: Initiatief) -> dict:
    versies = list(initiatief.kaders_versies.all())
    mijlpalen = list(initiatief.mijlpalen.all())
    return {
        "initiatief": initiatief,
        "kaders": versies[0] if versies else None,
        "kaders_versies": versies,
        **kadersoverleg.context(versies),
        "heroverleg": [
            Heroverleg(versie, versie.reactie())
            for versie in reversed(versies)
            if versie.reactie() is not None and not versie.reactie().is_akkoord
        ],
        "raadsbesluiten": [v for v in reversed(versies) if v.raad_vastgesteld_op],
        "bewonersorganisaties": list(initiatief.bewonersorganisaties.all()),
        "mijlpalen": mijlpalen,
        "terugkoppelingen": [
            (m, m.terugkoppeling_of_none) for m in mijlpalen if m.terugkoppeling_of_none
        ],
        "besluiten_zonder_terugkoppeling": [
            m for m in mijlpalen if m.is_besluit and not m.terugkoppeling_of_none
        ],
        "updates": list(initiatief.updates.all()),
    }
