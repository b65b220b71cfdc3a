"""The conversation of half the submitted initiatives: up to 12 messages each, turns between the
initiator and the casemanager, and how far each side has read."""

from datetime import timedelta

from .context import models_of
from .table import Table

BERICHTEN = [
    "Dank voor uw aanvraag. Kunt u nog een begroting sturen?",
    "De begroting staat hieronder; de offerte van de hovenier volgt.",
    "Het gebiedsteam kijkt mee. Wij plannen een gesprek in de wijk.",
    "Prima, dinsdagavond kunnen wij in het buurthuis.",
    "Hierbij het verslag van het gesprek en de afspraken.",
]
PER_GESPREK = 12


def generate(ctx) -> None:
    models = models_of(ctx, "initiatieven", ["Initiatief", "Bericht", "GesprekGelezen"])
    if models is None or not ctx.ids.get("initiatief"):
        return
    rows = models["Initiatief"].objects.exclude(status="concept").order_by("pk")
    rows = rows.values_list("pk", "indiener_id", "casemanager_id", "ingediend_op")
    gesprekken = [row for row in rows.iterator() if row[0] % 2 == 0]
    names = ["initiatief", "afzender", "van_initiatiefnemer", "tekst", "geplaatst_op"]
    ctx.count("berichten", Table(models["Bericht"], names).copy(_berichten(ctx, gesprekken)))
    names = ["gebruiker", "initiatief", "tot"]
    gelezen = Table(models["GesprekGelezen"], names)
    gelezen.copy(
        (indiener, pk, op + timedelta(days=20)) for pk, indiener, _, op in gesprekken if op
    )


def _berichten(ctx, gesprekken):
    rng = ctx.rng
    for pk, indiener, casemanager, ingediend in gesprekken:
        if ingediend is None:
            continue
        for index in range(rng.randint(1, PER_GESPREK)):
            van_initiatiefnemer = index % 2 == 1
            afzender = indiener if van_initiatiefnemer else casemanager
            op = ingediend + timedelta(days=3 * index + 1, minutes=rng.randint(0, 600))
            yield pk, afzender, van_initiatiefnemer, BERICHTEN[index % len(BERICHTEN)], op
