"""Locations without PostGIS: a point or an area as a GeoJSON geometry (WGS84, [lengte, breedte]),
with its bounding box and centre in plain columns (MetLocatie), so "what lies within 500 m" is a
bounding-box prefilter in SQL and an exact distance here, in Python. At the scale of a gemeente a
local flat projection around the point asked about is exact to well under a metre."""

import json
import math
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

AARDSTRAAL_M = 6_371_008.8
MAX_HOEKPUNTEN = 500


@dataclass(frozen=True)
class Punt:
    breedte: float  # latitude
    lengte: float  # longitude

    @property
    def geojson(self) -> dict:
        return {"type": "Point", "coordinates": [round(self.lengte, 6), round(self.breedte, 6)]}


@dataclass(frozen=True)
class Kader:
    """A bounding box in degrees."""

    min_breedte: float
    max_breedte: float
    min_lengte: float
    max_lengte: float


def rond(punt: Punt, straal_m: float) -> Kader:
    """The box that holds every point within straal_m of punt."""
    dbreedte = math.degrees(straal_m / AARDSTRAAL_M)
    dlengte = dbreedte / max(math.cos(math.radians(punt.breedte)), 1e-6)
    return Kader(
        punt.breedte - dbreedte,
        punt.breedte + dbreedte,
        punt.lengte - dlengte,
        punt.lengte + dlengte,
    )


def haversine_m(a: Punt, b: Punt) -> float:
    fi1, fi2 = math.radians(a.breedte), math.radians(b.breedte)
    dfi, dlambda = fi2 - fi1, math.radians(b.lengte - a.lengte)
    h = math.sin(dfi / 2) ** 2 + math.cos(fi1) * math.cos(fi2) * math.sin(dlambda / 2) ** 2
    return 2 * AARDSTRAAL_M * math.asin(min(1.0, math.sqrt(h)))


def _ring(geometrie: dict) -> list[list[float]]:
    return geometrie["coordinates"][0]


def hoekpunten(geometrie: dict) -> list[Punt]:
    if geometrie["type"] == "Point":
        lengte, breedte = geometrie["coordinates"]
        return [Punt(breedte, lengte)]
    return [Punt(breedte, lengte) for lengte, breedte in _ring(geometrie)]


def kader(geometrie: dict) -> Kader:
    punten = hoekpunten(geometrie)
    breedtes, lengtes = [p.breedte for p in punten], [p.lengte for p in punten]
    return Kader(min(breedtes), max(breedtes), min(lengtes), max(lengtes))


def midden(geometrie: dict) -> Punt:
    """A point's self; an area's vertex average (enough to place a label or a list order)."""
    punten = hoekpunten(geometrie)
    if len(punten) > 1:
        punten = punten[:-1]  # the closing vertex repeats the first
    return Punt(
        sum(p.breedte for p in punten) / len(punten), sum(p.lengte for p in punten) / len(punten)
    )


def _vlak(oorsprong: Punt, punt: Punt) -> tuple[float, float]:
    """Metres east and north of oorsprong."""
    schaal = math.radians(1) * AARDSTRAAL_M
    x = (punt.lengte - oorsprong.lengte) * schaal * math.cos(math.radians(oorsprong.breedte))
    return x, (punt.breedte - oorsprong.breedte) * schaal


def _afstand_tot_lijnstuk(a, b) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    lengte2 = dx * dx + dy * dy
    t = 0.0 if lengte2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / lengte2))
    return math.hypot(ax + t * dx, ay + t * dy)


def _bevat_oorsprong(ring) -> bool:
    binnen = False
    for (ax, ay), (bx, by) in zip(ring, ring[1:], strict=False):
        if (ay > 0) != (by > 0) and ax + (0 - ay) * (bx - ax) / (by - ay) > 0:
            binnen = not binnen
    return binnen


def afstand_m(punt: Punt, geometrie: dict) -> float:
    """Metres from punt to the geometry: 0 inside an area."""
    if geometrie["type"] == "Point":
        return haversine_m(punt, hoekpunten(geometrie)[0])
    ring = [_vlak(punt, p) for p in hoekpunten(geometrie)]
    if _bevat_oorsprong(ring):
        return 0.0
    return min(_afstand_tot_lijnstuk(a, b) for a, b in zip(ring, ring[1:], strict=False))


def bevat(geometrie: dict, punt: Punt) -> bool:
    return geometrie["type"] == "Polygon" and afstand_m(punt, geometrie) == 0.0


# Input: what staff type or what the map script writes into the same field.

GETAL = r"-?\d{1,3}(?:[.,]\d+)?"
COORDINATEN = re.compile(rf"^\s*({GETAL})\s*[;,\s]\s*({GETAL})\s*$")


def _getal(tekst: str) -> float:
    return float(tekst.replace(",", "."))


def _in_grenzen(punt: Punt) -> bool:
    zuid, west, noord, oost = settings.KAART_GRENZEN
    return zuid <= punt.breedte <= noord and west <= punt.lengte <= oost


def _controleer_grenzen(punten: list[Punt]) -> None:
    if all(_in_grenzen(p) for p in punten):
        return
    if all(_in_grenzen(Punt(p.lengte, p.breedte)) for p in punten):
        raise ValidationError(
            "Breedte- en lengtegraad lijken omgedraaid. Typ eerst de breedtegraad (bij Groningen "
            "ongeveer 53,2) en dan de lengtegraad (ongeveer 6,6); in GeoJSON staat de "
            "lengtegraad juist eerst."
        )
    raise ValidationError("Deze plek ligt buiten het gebied van de kaart. Controleer de getallen.")


def _uit_coordinaten(tekst: str) -> dict | None:
    """ "53.2194, 6.5665" or "53,2194 6,5665": breedte then lengte, as people say them."""
    gevonden = COORDINATEN.match(tekst)
    if not gevonden:
        return None
    punt = Punt(_getal(gevonden[1]), _getal(gevonden[2]))
    _controleer_grenzen([punt])
    return punt.geojson


def _positie(waarde) -> list[float]:
    if (
        not isinstance(waarde, list)
        or len(waarde) < 2
        or not all(isinstance(g, int | float) and math.isfinite(g) for g in waarde[:2])
    ):
        raise ValidationError("Elk punt in de GeoJSON is een paar getallen: [lengte, breedte].")
    return [round(float(waarde[0]), 6), round(float(waarde[1]), 6)]


def _geometrie_uit_json(data) -> dict:
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        if len(features) != 1:
            raise ValidationError("Geef één punt of één vlak, niet meerdere.")
        return _geometrie_uit_json(features[0])
    soort = data.get("type") if isinstance(data, dict) else None
    if soort == "Point":
        return {"type": "Point", "coordinates": _positie(data.get("coordinates"))}
    if soort == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring_uit_json(data.get("coordinates"))]}
    raise ValidationError("Alleen een punt (Point) of een vlak (Polygon) kan een locatie zijn.")


def _ring_uit_json(ringen) -> list[list[float]]:
    if not isinstance(ringen, list) or len(ringen) != 1 or not isinstance(ringen[0], list):
        raise ValidationError("Een vlak heeft precies één buitenrand, zonder gaten.")
    ring = [_positie(p) for p in ringen[0]]
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    if len(ring) < 4:
        raise ValidationError("Een vlak heeft minstens drie verschillende hoekpunten.")
    if len(ring) > MAX_HOEKPUNTEN:
        raise ValidationError(f"Een vlak heeft hoogstens {MAX_HOEKPUNTEN} hoekpunten.")
    return ring


def lees_locatie(tekst: str) -> dict | None:
    """The GeoJSON geometry that tekst describes (None when empty), or ValidationError with a
    Dutch message that says what to change."""
    tekst = (tekst or "").strip()
    if not tekst:
        return None
    if not tekst.startswith(("{", "[")):
        geometrie = _uit_coordinaten(tekst)
        if geometrie is None:
            raise ValidationError(
                "Typ de plek als breedtegraad en lengtegraad, bijvoorbeeld 53.2194, 6.5665, "
                "of plak een GeoJSON-punt of -vlak."
            )
        return geometrie
    try:
        data = json.loads(tekst)
    except ValueError:
        raise ValidationError(
            "Dit is geen geldige GeoJSON. Controleer haakjes en komma's, of typ de "
            "coördinaten als 53.2194, 6.5665."
        ) from None
    geometrie = _geometrie_uit_json(data)
    _controleer_grenzen(hoekpunten(geometrie))
    return geometrie


def als_tekst(geometrie: dict | None) -> str:
    """What the form field shows for a stored location: coordinates for a point, else GeoJSON."""
    if not geometrie:
        return ""
    if geometrie["type"] == "Point":
        lengte, breedte = geometrie["coordinates"]
        return f"{breedte}, {lengte}"
    return json.dumps(geometrie)
