"""The wijk's public initiatives on its page (participatiepunt.gebieden.wijkpagina)."""

from participatiepunt.gebieden.wijkpagina import Sectie

from .models import Initiatief

MAX_OP_WIJKPAGINA = 10


def _initiatieven(wijk) -> dict:
    initiatieven = Initiatief.objects.openbaar().filter(wijk=wijk).order_by("-aangemaakt_op")
    return {"initiatieven": list(initiatieven[:MAX_OP_WIJKPAGINA])}


SECTIES = [Sectie("initiatieven/_wijkpagina.html", _initiatieven)]
