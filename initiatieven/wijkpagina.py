"""The wijk's public initiatives on its page (participatiepunt.gebieden.wijkpagina)."""

from participatiepunt.gebieden import kaart
from participatiepunt.gebieden.wijkpagina import Sectie

from . import kaart as initiatieven_kaart
from .models import Initiatief

MAX_OP_WIJKPAGINA = 10


def _initiatieven(wijk) -> dict:
    initiatieven = Initiatief.objects.openbaar().filter(wijk=wijk).order_by("-aangemaakt_op")
    initiatieven = list(initiatieven[:MAX_OP_WIJKPAGINA])
    op_kaart = initiatieven_kaart.van(initiatieven)
    omtrek = [kaart.item(wijk.naam, wijk.locatie, kleur="#5c5c5c")] if wijk.locatie else []
    return {
        "initiatieven": initiatieven,
        "op_kaart": op_kaart,
        "kaart": kaart.gegevens([*omtrek, *op_kaart]) if op_kaart or omtrek else None,
    }


SECTIES = [Sectie("initiatieven/_wijkpagina.html", _initiatieven)]
