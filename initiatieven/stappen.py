"""The steps of the guided form, declared once: the views, the progress bar and the overview
all read this list."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Stap:
    nummer: int
    titel: str
    template: str


STAPPEN = [
    Stap(1, "Uw idee", "initiatieven/concept/stap_idee.html"),
    Stap(2, "Waar en wie", "initiatieven/concept/stap_waar_en_wie.html"),
    Stap(3, "Belanghebbenden", "initiatieven/concept/stap_belanghebbenden.html"),
    Stap(4, "Steun en budget", "initiatieven/concept/stap_steun.html"),
    Stap(5, "Bijlagen", "initiatieven/concept/stap_bijlagen.html"),
    Stap(6, "Controleren en indienen", "initiatieven/concept/stap_indienen.html"),
]


def stap(nummer: int) -> Stap:
    return STAPPEN[nummer - 1]
