"""The phases of a traject, as the participatieverordening names them (Wet versterking
participatie op decentraal niveau: voorbereiding, uitvoering en evaluatie), declared once: the
kaders state per phase what is fixed (seed 002: "Vaststellen per fase wat vast ligt"); forms,
pages and the participatieparagraaf read this list."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Participatiefase:
    code: str
    naam: str
    vraag: str  # the question the kaders answer for this phase


FASEN = (
    Participatiefase(
        "voorbereiding",
        "Voorbereiding",
        "Wat ligt vast in de voorbereiding, en waarover praten inwoners mee?",
    ),
    Participatiefase(
        "uitvoering",
        "Uitvoering",
        "Wat ligt vast in de uitvoering, en waarover praten inwoners mee?",
    ),
    Participatiefase(
        "evaluatie",
        "Evaluatie",
        "Hoe en wanneer wordt geëvalueerd, en met wie?",
    ),
)


def per_fase(waarden: dict) -> list[tuple[Participatiefase, str]]:
    """(fase, what the kaders say for it) in the order of the verordening."""
    return [(fase, waarden.get(fase.code, "")) for fase in FASEN]
