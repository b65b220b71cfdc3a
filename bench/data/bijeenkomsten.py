"""600 bijeenkomsten of the standaardgemeente over two years (a third still to come), for
residents and for ambtenaren, with sign-ups: placed, waiting, cancelled and unconfirmed."""

from datetime import timedelta

from .context import models_of
from .table import Table, next_id, reset_sequences

BIJEENKOMSTEN = 600
SOORTEN = ["informatie", "training", "college"]
TITELS = [
    "Training: subsidie aanvragen voor uw initiatief",
    "Informatieavond wijkbudget",
    "College op locatie: in gesprek met de wethouder",
    "Training: een stichting oprichten",
    "Informatiebijeenkomst participatie bij bouwplannen",
]
STATUSSEN = ["geplaatst"] * 6 + ["wachtlijst", "afgemeld"]


def generate(ctx) -> None:
    models = models_of(ctx, "bijeenkomsten", ["Bijeenkomst", "Aanmelding"])
    if models is None:
        return
    from participatiepunt.gebieden.models import Gemeente

    gemeente = Gemeente.objects.get(is_standaard=True).pk
    rows = _bijeenkomsten(ctx, models["Bijeenkomst"], gemeente)
    names = ["id", "gemeente", "soort", "doelgroep", "titel", "omschrijving", "start", "eind"]
    names += ["locatie", "wijk", "capaciteit", "geannuleerd", "aangemaakt_door"]
    ctx.count("bijeenkomsten", Table(models["Bijeenkomst"], names).copy(rows))
    ctx.ids["bijeenkomst"] = [row[0] for row in rows if row[6] > ctx.now and not row[11]]
    names = ["bijeenkomst", "gebruiker", "naam", "email", "status", "aangemeld_op"]
    names += ["bevestigd_op"]
    aanmeldingen = Table(models["Aanmelding"], names)
    ctx.count("aanmeldingen", aanmeldingen.copy(_aanmeldingen(ctx, rows)))
    reset_sequences(*models.values())


def _bijeenkomsten(ctx, model, gemeente) -> list[tuple]:
    start, rng = next_id(model), ctx.rng
    rows = []
    for i in range(ctx.n(BIJEENKOMSTEN)):
        begin = ctx.now + timedelta(days=rng.randint(-480, 240), hours=rng.randint(9, 20) - 12)
        titel = TITELS[i % len(TITELS)]
        rows.append((
            start + i, gemeente, SOORTEN[i % 3], "ambtenaren" if i % 7 == 0 else "inwoners",
            titel, "Wat u leert, wie er komt en hoe u zich voorbereidt.", begin,
            begin + timedelta(hours=2), "Wijkcentrum, Dorpsstraat 12",
            rng.choice(ctx.wijken) if i % 3 == 2 else None, rng.choice((12, 20, 40, 80)),
            i % 40 == 0, ctx.users["medewerker"][0],
        ))  # fmt: skip
    return rows


def _aanmeldingen(ctx, rows):
    residents, rng = ctx.residents(), ctx.rng
    for row in rows:
        for person in rng.sample(residents, min(len(residents), rng.randint(0, row[10] + 5))):
            status = rng.choice(STATUSSEN)
            op = min(row[6] - timedelta(days=rng.randint(1, 30)), ctx.now)
            bevestigd = None if rng.random() < 0.05 else op
            email = f"inwoner{person}@bench.invalid"
            yield row[0], person, f"Inwoner {person}", email, status, op, bevestigd
