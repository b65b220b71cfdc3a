"""What a map on a page shows (templates/includes/kaart.html draws it with static/js/kaart.js):
the tile source from the settings and the items, each with a name, a link and its geometry.
The page lists the same items next to the map as text."""

from django.conf import settings

GRONINGEN = [53.2194, 6.5665]


def item(naam: str, geometrie: dict, *, url: str = "", kleur: str = "", soort: str = "") -> dict:
    return {"naam": naam, "url": url, "geometrie": geometrie, "kleur": kleur, "soort": soort}


def gegevens(items, *, cirkels=(), midden=None) -> dict:
    return {
        "tegels": settings.KAART_TEGELS_URL,
        "bron": settings.KAART_TEGELS_BRON,
        "midden": midden or GRONINGEN,
        "items": [i for i in items if i["geometrie"]],
        "cirkels": [
            {"breedte": c.breedte, "lengte": c.lengte, "straal_m": c.straal_m} for c in cirkels
        ],
    }
