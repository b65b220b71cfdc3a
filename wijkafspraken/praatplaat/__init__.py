"""The praatplaat of the Gronings model (seed 001) as data: archetypen, bouwstenen and the kompas
voor wijkdemocratie, every question with a stable key. Answers refer to (editie, key), so a later
edition of the questions does not break agreements made with an earlier one."""

from .editie_2021 import EDITIE as EDITIE_2021
from .types import Archetype, Editie, Onderdeel, Vraag

EDITIES: dict[str, Editie] = {EDITIE_2021.id: EDITIE_2021}
HUIDIGE_EDITIE = EDITIE_2021.id


def editie(editie_id: str) -> Editie:
    return EDITIES[editie_id]


__all__ = ["EDITIES", "HUIDIGE_EDITIE", "Archetype", "Editie", "Onderdeel", "Vraag", "editie"]
