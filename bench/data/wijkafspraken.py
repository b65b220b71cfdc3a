"""A praatplaat for every wijk: deelnemers, archetypen, an answer to every question, afspraken,
vastgestelde versions (snapshots made by the app's own versies.snapshot) and evaluaties."""

from datetime import timedelta

from .context import models_of
from .table import Table, next_id, reset_sequences

MODELS = ["Praatplaat", "Deelnemer", "ArchetypeKeuze", "Antwoord", "Afspraak", "Versie"]
MODELS += ["Evaluatie"]
ANTWOORD = "In {wijk} bespreken we dit in de wijkraad; de notulen staan op de website."
AFSPRAAK = "Twee keer per jaar een open avond over de plannen in {wijk}"


def generate(ctx) -> None:
    models = models_of(ctx, "wijkafspraken", MODELS)
    if models is None:
        return
    from participatiepunt.gebieden.models import Wijk
    from wijkafspraken.praatplaat import HUIDIGE_EDITIE, editie

    wijken = list(Wijk.objects.order_by("pk").values_list("pk", "naam"))
    start = next_id(models["Praatplaat"])
    plaatrows = [(start + i, wijk, HUIDIGE_EDITIE) for i, (wijk, _) in enumerate(wijken)]
    names = ["id", "wijk", "editie", "rol_raad", "geopend_op", "evaluatie_op", "geopend_door"]
    team = ctx.users["gebiedsteam"]
    ctx.count(
        "praatplaten",
        Table(models["Praatplaat"], names).copy(
            (
                pk,
                wijk,
                ed,
                ctx.rng.choice(("inhoud", "proces")),
                ctx.now - timedelta(days=400),
                (ctx.now + timedelta(days=ctx.rng.randint(-30, 300))).date(),
                ctx.rng.choice(team),
            )
            for pk, wijk, ed in plaatrows
        ),  # fmt: skip
    )
    namen = dict(wijken)
    platen = [(pk, namen[wijk]) for pk, wijk, _ in plaatrows]
    _inhoud(ctx, models, platen, [v.key for v in editie(HUIDIGE_EDITIE).vragen])
    _versies(ctx, models, [pk for pk, _ in platen])
    reset_sequences(*models.values())


def _inhoud(ctx, models, platen, vragen) -> None:
    rng = ctx.rng
    deelnemers = Table(models["Deelnemer"], ["praatplaat", "naam", "soort"])
    soorten = (("Bewonersorganisatie", "bewonersorganisatie"), ("gebiedsteam", "gemeente"))
    ctx.count("deelnemers", deelnemers.copy(
        (pk, f"{naam} {wie}", soort) for pk, naam in platen for wie, soort in soorten
    ))  # fmt: skip
    archetypen = Table(models["ArchetypeKeuze"], ["praatplaat", "thema", "archetype"])
    archetypen.copy((pk, "", rng.choice((1, 2, 3))) for pk, _ in platen)
    names = ["praatplaat", "vraag_key", "tekst", "witte_vlek", "openbaar"]
    antwoorden = Table(models["Antwoord"], names)
    ctx.count("antwoorden", antwoorden.copy(
        (pk, key, ANTWOORD.format(wijk=naam), rng.random() < 0.1, rng.random() < 0.7)
        for pk, naam in platen for key in vragen
    ))  # fmt: skip
    names = ["praatplaat", "wat", "wie", "wanneer", "vraag_key", "status"]
    afspraken = Table(models["Afspraak"], names)
    ctx.count("afspraken", afspraken.copy(
        (pk, AFSPRAAK.format(wijk=naam), rng.choice(("wijk", "gemeente", "samen")),
         (ctx.now + timedelta(days=rng.randint(-200, 400))).date(), rng.choice(vragen),
         rng.choice(("open", "bezig", "gedaan")))
        for pk, naam in platen for _ in range(rng.randint(4, 10))
    ))  # fmt: skip


def _versies(ctx, models, praatplaat_ids) -> None:
    from wijkafspraken.versies import snapshot

    Praatplaat = models["Praatplaat"]
    platen = Praatplaat.objects.filter(pk__in=praatplaat_ids).select_related("wijk")
    platen = platen.prefetch_related("antwoorden", "archetypen", "deelnemers", "afspraken")
    team = ctx.users["gebiedsteam"]
    names = ["praatplaat", "nummer", "reden", "inhoud", "vastgesteld_op", "vastgesteld_door"]
    rows = [
        (plaat.pk, nummer, "Na de evaluatie bijgesteld." if nummer > 1 else "", snapshot(plaat),
         ctx.now - timedelta(days=400 - nummer * 90), ctx.rng.choice(team))
        for plaat in platen for nummer in range(1, ctx.rng.randint(0, 4) + 1)
    ]  # fmt: skip
    ctx.count("vastgestelde versies", Table(models["Versie"], names).copy(rows))
    evaluaties = Table(models["Evaluatie"], ["praatplaat", "gehouden_op", "lessen", "door"])
    evaluaties.copy(
        (pk, (ctx.now - timedelta(days=100)).date(), "Meer jongeren betrekken.", team[0])
        for pk in praatplaat_ids[::3]
    )
