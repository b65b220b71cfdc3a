"""Kennisbank pages of the standaardgemeente: enough text for the search to weigh (300 pages,
each a few paragraphs), one version each."""

from .context import models_of
from .table import Table, next_id, reset_sequences
from .words import ONDERWERPEN

PAGINAS = 300
CATEGORIEEN = ["rechtsvorm", "subsidie", "samenwerken", "regels", "communicatie"]
TEKST = (
    "## Zo pakt u het aan\n\n{onderwerp}: begin klein, met een paar buren. Een stichting of "
    "vereniging is pas nodig als u geld beheert of subsidie aanvraagt.\n\n## Kosten\n\n"
    "Reken op de notaris en de inschrijving bij de KvK. Het wijkbudget en fondsen dragen vaak "
    "bij; het participatiepunt helpt bij de aanvraag.\n\n"
)


def generate(ctx) -> None:
    models = models_of(ctx, "kennisbank", ["Pagina", "PaginaVersie"])
    if models is None:
        return
    from participatiepunt.gebieden.models import Gemeente

    gemeente = Gemeente.objects.get(is_standaard=True).pk
    start = next_id(models["Pagina"])
    rows = [_pagina(ctx, start + i, gemeente) for i in range(ctx.n(PAGINAS))]
    names = ["id", "gemeente", "categorie", "titel", "samenvatting", "tekst", "versie"]
    names += ["gewijzigd_op"]
    ctx.count("kennisbankpagina's", Table(models["Pagina"], names).copy(rows))
    versies = [
        (pk, 1, cat, titel, samen, tekst, op) for pk, _, cat, titel, samen, tekst, _, op in rows
    ]
    names = ["pagina", "nummer", "categorie", "titel", "samenvatting", "tekst", "op"]
    Table(models["PaginaVersie"], names).copy(versies)
    reset_sequences(*models.values())


def _pagina(ctx, pk, gemeente):
    onderwerp = ctx.rng.choice(ONDERWERPEN)
    tekst = TEKST.format(onderwerp=onderwerp) * 3
    titel = f"{onderwerp}: wat u moet weten ({pk})"
    samenvatting = f"Praktische tips voor {onderwerp.lower()}: rechtsvorm, kosten en subsidie."
    categorie = CATEGORIEEN[pk % len(CATEGORIEEN)]
    return (pk, gemeente, categorie, titel, samenvatting, tekst, 1, ctx.now)
