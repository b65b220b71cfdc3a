"""The steps of the guided form, declared once, in order: the views, the progress bar, the
overview and what a submission still lacks all read this list. A step's number is its place
in it; code names a step by its key, so inserting one renumbers nothing."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Stap:
    nummer: int
    sleutel: str
    titel: str
    template: str


_VOLGORDE = [
    ("idee", "Uw idee", "initiatieven/concept/stap_idee.html"),
    ("waar_en_wie", "Waar en wie", "initiatieven/concept/stap_waar_en_wie.html"),
    ("belanghebbenden", "Belanghebbenden", "initiatieven/concept/stap_belanghebbenden.html"),
    ("steun", "Steun en budget", "initiatieven/concept/stap_steun.html"),
    ("bijlagen", "Bijlagen", "initiatieven/concept/stap_bijlagen.html"),
    ("indienen", "Controleren en indienen", "initiatieven/concept/stap_indienen.html"),
]
STAPPEN = [Stap(nummer, *stap) for nummer, stap in enumerate(_VOLGORDE, start=1)]
NUMMERS = {stap.sleutel: stap.nummer for stap in STAPPEN}
EERSTE, LAATSTE = STAPPEN[0].nummer, STAPPEN[-1].nummer


def stap(nummer: int) -> Stap:
    return STAPPEN[nummer - 1]


def nummer(sleutel: str) -> int:
    return NUMMERS[sleutel]
