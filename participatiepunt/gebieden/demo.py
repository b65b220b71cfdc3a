"""Demo shapes for the wijken and dorpen of Groningen: invented outlines (a hexagon of about
400 m around a real-ish centre) for the wijken, a point for each dorp. Real outlines come from
the gemeente (CBS wijk- en buurtkaart) and are not part of the demo."""

import math

from django.utils.text import slugify

from .geometrie import AARDSTRAAL_M, Punt
from .indeling import GEBIEDEN, GRONINGEN
from .models import Gebied, Gemeente, Organisatie, Wijk

# An invented second gemeente, served by the same ambtelijke organisatie as Groningen (the SED
# case of seed 003): its own gebieden, wijken and dorpen, raad and look.
DIJKMEER = {
    "naam": "Dijkmeer",
    "primaire_kleur": "#6a1b4d",
    "adres": "Raadhuis, Havenstraat 2, 9999 ZA Dijkmeer",
    "postadres": "Postbus 100, 9999 ZZ Dijkmeer",
    "telefoon": "0599 700 700",
    "email": "participatie@dijkmeer.example",
    "openingstijden": "Maandag tot en met donderdag 8.30–16.30 uur",
    "verordening_titel": "Participatieverordening Dijkmeer 2026",
    "praatplaat_editie": "Gronings model, praatplaat 2024",
}
ORGANISATIE = ("Ambtelijke organisatie Groningen-Dijkmeer", "groningen-dijkmeer")
# gebied: [(slug, naam, dorp, (breedte, lengte))]
DIJKMEER_GEBIEDEN = {
    "Dijkmeer-Stad": [
        ("dijkmeer-havenkwartier", "Havenkwartier", False, (53.3050, 6.8650)),
        ("dijkmeer-meerzicht", "Meerzicht", False, (53.3010, 6.8760)),
    ],
    "Dijkmeer-Ommeland": [
        ("oosterdijk", "Oosterdijk", True, (53.3120, 6.9010)),
        ("wieringhuizen", "Wieringhuizen", True, (53.2920, 6.8420)),
    ],
}

# (breedte, lengte): roughly where each wijk or dorp lies.
MIDDENS = {
    "binnenstad": (53.2192, 6.5680),
    "hortusbuurt-ebbingekwartier": (53.2232, 6.5610),
    "stationsgebied": (53.2105, 6.5640),
    "binnenstad-oost": (53.2185, 6.5780),
    "schildersbuurt": (53.2250, 6.5520),
    "oranjebuurt": (53.2222, 6.5525),
    "noorderplantsoenbuurt": (53.2272, 6.5600),
    "kostverloren": (53.2240, 6.5440),
    "zeeheldenbuurt": (53.2178, 6.5505),
    "korrewegwijk": (53.2345, 6.5800),
    "de-hoogte": (53.2310, 6.5760),
    "indische-buurt": (53.2290, 6.5880),
    "oosterparkwijk": (53.2228, 6.5905),
    "oosterpoort": (53.2100, 6.5770),
    "herewegbuurt": (53.2068, 6.5725),
    "rivierenbuurt": (53.2055, 6.5850),
    "selwerd": (53.2380, 6.5530),
    "paddepoel": (53.2425, 6.5420),
    "tuinwijk": (53.2322, 6.5575),
    "zernike": (53.2465, 6.5330),
    "vinkhuizen": (53.2300, 6.5200),
    "beijum": (53.2420, 6.6050),
    "lewenborg": (53.2340, 6.6250),
    "ulgersmaborg": (53.2330, 6.6130),
    "meerstad": (53.2140, 6.6550),
    "drielanden": (53.2200, 6.6200),
    "euvelgunne": (53.2130, 6.6040),
    "reitdiep": (53.2445, 6.5180),
    "de-held": (53.2280, 6.5050),
    "gravenburg": (53.2070, 6.5300),
    "buitenhof": (53.2105, 6.5360),
    "helpman": (53.1980, 6.5770),
    "corpus-den-hoorn": (53.1950, 6.5500),
    "de-wijert": (53.1990, 6.5620),
    "hoornse-park": (53.1900, 6.5510),
    "coendersborg": (53.2000, 6.5710),
    "van-swieten": (53.1965, 6.5870),
    "piccardthof": (53.1870, 6.5480),
    "laanhuizen": (53.2030, 6.5550),
    "villabuurt": (53.2050, 6.5650),
    "de-linie": (53.2015, 6.5850),
    "haren-noord": (53.1800, 6.6050),
    "haren-zuid": (53.1650, 6.6050),
    # dorpen
    "noorddijk": (53.2370, 6.6200),
    "engelbert": (53.2200, 6.6400),
    "middelbert": (53.2160, 6.6340),
    "oosterhoogebrug": (53.2290, 6.6070),
    "hoogkerk": (53.2130, 6.5000),
    "dorkwerd": (53.2500, 6.5160),
    "leegkerk": (53.2230, 6.4850),
    "den-horn": (53.2190, 6.4490),
    "glimmen": (53.1450, 6.6300),
    "onnen": (53.1600, 6.6400),
    "noordlaren": (53.1180, 6.6490),
    "essen": (53.1750, 6.5850),
    "harenermolen": (53.1730, 6.5960),
    "felland": (53.1500, 6.6500),
    "ten-boer": (53.2760, 6.6960),
    "garmerwolde": (53.2480, 6.6460),
    "thesinge": (53.2660, 6.6290),
    "ten-post": (53.3060, 6.7400),
    "woltersum": (53.2790, 6.7170),
    "sint-annen": (53.2780, 6.6720),
    "winneweer": (53.3000, 6.7470),
    "wittewierum": (53.2950, 6.7290),
    "lellens": (53.2920, 6.7050),
}
STRAAL_M = 400


def zeshoek(midden: Punt, straal_m: float) -> dict:
    """A hexagon around midden: a stand-in outline."""
    dbreedte = math.degrees(straal_m / AARDSTRAAL_M)
    dlengte = dbreedte / math.cos(math.radians(midden.breedte))
    ring = [
        [
            round(midden.lengte + dlengte * math.cos(math.radians(60 * i)), 6),
            round(midden.breedte + dbreedte * math.sin(math.radians(60 * i)), 6),
        ]
        for i in range(6)
    ]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def standaardindeling() -> Gemeente:
    """Groningen with its gebieden, wijken and dorpen, as the migrations made them: again where
    they are gone (a transactional test flushes every table), so the demo always loads."""
    gemeente, _ = Gemeente.objects.get_or_create(slug="groningen", defaults=GRONINGEN)
    for naam, delen in GEBIEDEN.items():
        gebied, _ = Gebied.objects.get_or_create(
            gemeente=gemeente, naam=naam, defaults={"slug": slugify(naam)}
        )
        for is_dorp, namen in ((False, delen["wijken"]), (True, delen["dorpen"])):
            for wijknaam in namen:
                Wijk.objects.get_or_create(
                    gebied=gebied,
                    naam=wijknaam,
                    defaults={"slug": slugify(wijknaam), "is_dorp": is_dorp},
                )
    return gemeente


def dijkmeer() -> Gemeente:
    organisatie, _ = Organisatie.objects.get_or_create(
        slug=ORGANISATIE[1], defaults={"naam": ORGANISATIE[0]}
    )
    Gemeente.objects.filter(is_standaard=True, organisatie=None).update(organisatie=organisatie)
    gemeente, _ = Gemeente.objects.get_or_create(
        slug="dijkmeer", defaults={**DIJKMEER, "organisatie": organisatie}
    )
    for naam, wijken in DIJKMEER_GEBIEDEN.items():
        gebied, _ = Gebied.objects.get_or_create(
            slug=f"gebied-{naam.lower()}", defaults={"naam": naam, "gemeente": gemeente}
        )
        for slug, wijknaam, is_dorp, midden in wijken:
            wijk, created = Wijk.objects.get_or_create(
                slug=slug, defaults={"naam": wijknaam, "gebied": gebied, "is_dorp": is_dorp}
            )
            if created:
                punt = Punt(*midden)
                wijk.zet_locatie(punt.geojson if is_dorp else zeshoek(punt, STRAAL_M))
                wijk.save(update_fields=Wijk.LOCATIE_VELDEN)
    return gemeente


def load(accounts) -> None:
    gemeente = dijkmeer()
    # The shared organisation's medewerker works for both; Dijkmeer has its own raadslid.
    for key in ("medewerker", "beheerder"):
        accounts[key].gemeenten.add(gemeente)
    accounts["raadslid_dijkmeer"].gemeenten.set([gemeente])
    for wijk in Wijk.objects.filter(slug__in=MIDDENS, locatie__isnull=True):
        midden = Punt(*MIDDENS[wijk.slug])
        wijk.zet_locatie(midden.geojson if wijk.is_dorp else zeshoek(midden, STRAAL_M))
        wijk.save(update_fields=Wijk.LOCATIE_VELDEN)
