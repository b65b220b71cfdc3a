"""The wijk's coming bijeenkomsten on its page (participatiepunt.gebieden.wijkpagina): the
college op locatie and every other bijeenkomst held there."""

from participatiepunt.gebieden.wijkpagina import Sectie

from .models import Bijeenkomst, Doelgroep

MAX_OP_WIJKPAGINA = 10


def _bijeenkomsten(wijk) -> dict:
    komend = Bijeenkomst.objects.komend().filter(wijk=wijk, doelgroep=Doelgroep.INWONERS)
    return {"bijeenkomsten": list(komend.order_by("start", "pk")[:MAX_OP_WIJKPAGINA])}


SECTIES = [Sectie("bijeenkomsten/_wijkpagina.html", _bijeenkomsten)]
