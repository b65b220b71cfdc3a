"""The wijken on the gemeente overview's map: filled by archetype (the highest the praatplaat
chose), outlined when the evaluation is due (too late or soon). Wijken without a known shape or
point are only in the table."""

from participatiepunt.gebieden import kaart

from . import overzicht
from .choices import Archetype

ARCHETYPE_KLEUR = {
    None: "#6b6b6b",
    Archetype.ADVISEREN: "#0b5394",
    Archetype.AANJAGEN: "#8a4b00",
    Archetype.VERDELEN: "#6a3d9a",
}
EVALUATIE_RAND = "#a4121c"
LEGENDA = [
    ("archetype-geen", "Nog geen archetype gekozen"),
    ("archetype-1", Archetype.ADVISEREN.label),
    ("archetype-2", Archetype.AANJAGEN.label),
    ("archetype-3", Archetype.VERDELEN.label),
    ("evaluatie-rand", "Rode stippelrand: evaluatie te laat of binnenkort"),
]


def _archetype(regel):
    if regel.praatplaat is None:
        return None
    gekozen = [k.archetype for k in regel.praatplaat.archetypen.all()]
    return max(gekozen, default=None)


def _soort(archetype, regel) -> str:
    tekst = Archetype(archetype).label if archetype else "nog geen archetype"
    if regel.status == overzicht.TE_LAAT:
        return f"{tekst}; evaluatie te laat"
    if regel.evaluatie_binnenkort:
        return f"{tekst}; evaluatie binnenkort"
    return tekst


def items(regels) -> list[dict]:
    """From the overview's rows (overzicht.gemeente_overzicht), no further queries."""
    gevonden = []
    for regel in regels:
        if not regel.wijk.locatie:
            continue
        archetype = _archetype(regel)
        evaluatie = regel.status == overzicht.TE_LAAT or regel.evaluatie_binnenkort
        gevonden.append(
            kaart.item(
                regel.wijk.naam,
                regel.wijk.locatie,
                url=regel.wijk.get_absolute_url(),
                kleur=ARCHETYPE_KLEUR[archetype],
                rand=EVALUATIE_RAND if evaluatie else "",
                soort=_soort(archetype, regel),
                klasse=f"archetype-{archetype or 'geen'}",
            )
        )
    return gevonden
