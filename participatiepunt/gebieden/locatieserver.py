"""Finding an address's location through the PDOK Locatieserver (LOCATIESERVER_URL), with a short
timeout: when it is slow, down, answers nonsense or knows no such address, zoek_adres returns None
and the caller lets the resident choose the wijk by hand. Nothing typed is stored here."""

import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

from .geometrie import Punt

logger = logging.getLogger(__name__)

POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s?([a-zA-Z]{2})\s*$")
HUISNUMMER = re.compile(r"^\s*(\d{1,5})\s*(?:[-\s]?\s*([a-zA-Z0-9]{1,4}))?\s*$")
PUNT = re.compile(r"^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$")


@dataclass(frozen=True)
class Adresresultaat:
    punt: Punt
    weergavenaam: str
    woonplaatsnaam: str = ""
    buurtnaam: str = ""
    wijknaam: str = ""
    gemeentenaam: str = ""


def normaliseer_postcode(postcode: str) -> str | None:
    """ "9711 ab" → "9711AB"; None when it is no Dutch postcode."""
    gevonden = POSTCODE.match(postcode or "")
    return f"{gevonden[1]}{gevonden[2].upper()}" if gevonden else None


def splits_huisnummer(huisnummer: str) -> tuple[str, str] | None:
    """ "12a" → ("12", "a"); None when it does not start with a number."""
    gevonden = HUISNUMMER.match(huisnummer or "")
    return (gevonden[1], gevonden[2] or "") if gevonden else None


def _vraag(postcode: str, nummer: str, toevoeging: str) -> str:
    q = f"postcode:{postcode} and huisnummer:{nummer}"
    if toevoeging:
        q += f" and (huisletter:{toevoeging} or huisnummertoevoeging:{toevoeging})"
    parameters = {"q": q, "fq": "type:adres", "rows": "1"}
    return f"{settings.LOCATIESERVER_URL}?{urllib.parse.urlencode(parameters)}"


def _haal(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=settings.LOCATIESERVER_TIMEOUT) as antwoord:
            return json.load(antwoord)
    except (OSError, ValueError) as fout:  # URLError, HTTPError, timeout; bad JSON
        logger.warning("Locatieserver niet bruikbaar: %s", type(fout).__name__)
        return None


def _resultaat(document: dict) -> Adresresultaat | None:
    punt = PUNT.match(document.get("centroide_ll") or "")
    if not punt:
        return None
    return Adresresultaat(
        punt=Punt(breedte=float(punt[2]), lengte=float(punt[1])),
        weergavenaam=document.get("weergavenaam", ""),
        woonplaatsnaam=document.get("woonplaatsnaam", ""),
        buurtnaam=document.get("buurtnaam", ""),
        wijknaam=document.get("wijknaam", ""),
        gemeentenaam=document.get("gemeentenaam", ""),
    )


def zoek_adres(postcode: str, huisnummer: str) -> Adresresultaat | None:
    """The address's location, or None: not a valid postcode/huisnummer, not found, or the
    Locatieserver did not answer in time (logged, without the address)."""
    postcode, nummer = normaliseer_postcode(postcode), splits_huisnummer(huisnummer)
    if postcode is None or nummer is None:
        return None
    data = _haal(_vraag(postcode, *nummer))
    try:
        documenten = data["response"]["docs"] if data else []
        return _resultaat(documenten[0]) if documenten else None
    except (KeyError, TypeError, AttributeError):
        logger.warning("Locatieserver gaf een onverwacht antwoord")
        return None
