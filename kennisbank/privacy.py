"""AVG: the kennisbank versions a member of staff saved. Erasing keeps the versions (the
history of a public page) without the person behind them."""

from .models import PaginaVersie


def export(user) -> dict:
    versies = PaginaVersie.objects.filter(door=user).order_by("op", "pk")
    return {
        "opgeslagen_versies": [
            {"pagina": v.titel, "versie": v.nummer, "op": v.op, "toelichting": v.toelichting}
            for v in versies
        ]
    }


def erase(user) -> None:
    PaginaVersie.objects.filter(door=user).update(door=None)
