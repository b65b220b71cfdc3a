"""Writing kennisbank pages: every save is a new version, in one transaction with the page."""

from django.db import transaction
from django.utils import timezone

from .models import Pagina, PaginaVersie

INHOUD = ("categorie", "titel", "samenvatting", "tekst")


@transaction.atomic
def maak_pagina(*, gemeente, door, toelichting="", **velden) -> Pagina:
    pagina = Pagina.objects.create(gemeente=gemeente, gewijzigd_op=timezone.now(), **velden)
    _nieuwe_versie(pagina, door=door, toelichting=toelichting or "Eerste versie")
    return pagina


@transaction.atomic
def wijzig_pagina(pagina: Pagina, *, door, toelichting="", **velden) -> Pagina:
    """Saves the page as a new version. The row is locked, so two editors saving at the same
    moment get versions n+1 and n+2, never the same number twice."""
    pagina = Pagina.objects.select_for_update().get(pk=pagina.pk)
    for veld, waarde in velden.items():
        setattr(pagina, veld, waarde)
    pagina.versie += 1
    pagina.gewijzigd_op = timezone.now()
    pagina.save()
    _nieuwe_versie(pagina, door=door, toelichting=toelichting)
    return pagina


def _nieuwe_versie(pagina: Pagina, *, door, toelichting: str) -> PaginaVersie:
    inhoud = {veld: getattr(pagina, veld) for veld in INHOUD}
    return PaginaVersie.objects.create(
        pagina=pagina,
        nummer=pagina.versie,
        door=door,
        toelichting=toelichting,
        op=pagina.gewijzigd_op,
        **inhoud,
    )
