"""The wijk's public reflection sessions on its page (participatiepunt.gebieden.wijkpagina)."""

from participatiepunt.gebieden.wijkpagina import Sectie

from .models import Sessie

MAX_OP_WIJKPAGINA = 10


def _sessies(wijk) -> dict:
    sessies = Sessie.objects.filter(wijk=wijk, openbaar=True).actief().order_by("-start")
    return {"sessies": list(sessies[:MAX_OP_WIJKPAGINA])}


SECTIES = [Sectie("reflectie/_wijkpagina.html", _sessies)]
