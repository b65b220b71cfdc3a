"""What a map on a page shows (templates/includes/kaart.html draws it with static/js/kaart.js):
the tile source from the settings and the items, each with a name, a link and its geometry.
The page lists the same items next to the map as text."""

from django.conf import settings

GRONINGEN = [53.2194, 6.5665]


def item(naam, geometrie, *, url="", kleur="", soort="", rand="", klasse="") -> dict:
    """One shape: kleur fills it, rand (optional) outlines it, soort says what it is; klasse
    is the CSS class that gives the list's swatch the same colour (no inline styles: CSP)."""
    return {
        "naam": naam,
        "url": url,
        "geometrie": geometrie,
        "kleur": kleur,
        "soort": soort,
        "rand": rand,
        "klasse": klasse,
    }


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
