"""500,000 follows (initiatives and wijken) and 1,000,000 delivered notifications of 20,000
events. The first 200 residents (the bench's logged-in ones) get a full notification centre."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from .context import models_of
from .table import Table, next_id, reset_sequences

VOLGERS = 500_000
MELDINGEN = 1_000_000
PER_GEBEURTENIS = 50
BENCH_INWONERS = 200


def generate(ctx) -> None:
    models = models_of(ctx, "meldingen", ["Volg", "Gebeurtenis", "Melding"])
    if models is None or not ctx.ids.get("initiatief"):
        return
    from initiatieven.models import Initiatief
    from participatiepunt.gebieden.models import Wijk

    types = {m: ContentType.objects.get_for_model(m).pk for m in (Initiatief, Wijk)}
    onderwerpen = [(types[Initiatief], pk) for pk in ctx.ids["initiatief"]]
    onderwerpen += [(types[Wijk], pk) for pk in ctx.wijken]
    _volgers(ctx, models["Volg"], onderwerpen)
    _meldingen(ctx, models, onderwerpen)
    reset_sequences(*models.values())


def _volgers(ctx, model, onderwerpen) -> None:
    rng, residents = ctx.rng, ctx.residents()
    per_resident = max(1, round(ctx.n(VOLGERS) / len(residents)))

    def rows():
        for resident in residents:
            for onderwerp in set(rng.choices(onderwerpen, k=per_resident)):
                gehoord = ctx.now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
                yield resident, *onderwerp, gehoord - timedelta(days=30), gehoord

    names = ["gebruiker", "content_type", "object_id", "aangemaakt_op", "laatst_gehoord_op"]
    ctx.count("volgers", Table(model, names).copy(rows()))


def _meldingen(ctx, models, onderwerpen) -> None:
    rng, residents = ctx.rng, ctx.residents()
    start = next_id(models["Gebeurtenis"])
    aantal = max(1, ctx.n(MELDINGEN) // PER_GEBEURTENIS)
    events = [
        (start + i, *rng.choice(onderwerpen), ctx.now - timedelta(hours=i)) for i in range(aantal)
    ]
    names = ["id", "content_type", "object_id", "aangemaakt_op", "soort", "onderwerp_naam"]
    names += ["titel", "url"]
    ctx.count("gebeurtenissen", Table(models["Gebeurtenis"], names).copy(
        (*event, "initiatief.update", f"Onderwerp {event[2]}", "Er is nieuws over wat u volgt",
         f"/initiatieven/{event[2]}/")
        for event in events
    ))  # fmt: skip
    bench = residents[: min(BENCH_INWONERS, len(residents))]

    def rows():
        for index, (pk, _, _, when) in enumerate(events):
            ontvangers = {residents[i] for i in rng.sample(range(len(residents)), PER_GEBEURTENIS)}
            ontvangers.add(bench[index % len(bench)])
            for ontvanger in ontvangers:
                gelezen = when + timedelta(hours=2) if rng.random() < 0.7 else None
                yield (
                    pk,
                    ontvanger,
                    "direct",
                    True,
                    gelezen,
                    when,
                    when,
                    when + timedelta(minutes=1),
                )

    names = ["gebeurtenis", "ontvanger", "email", "in_portaal", "gelezen_op", "aangemaakt_op"]
    names += ["ingepland_op", "email_verstuurd_op"]
    ctx.count("meldingen", Table(models["Melding"], names).copy(rows()))
