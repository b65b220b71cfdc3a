"""20,000 initiatives with their status history, kaders versions, mijlpalen and updates."""

from datetime import timedelta

from .context import models_of
from .table import Table, next_id, reset_sequences
from .words import MIJLPALEN, ONDERWERPEN, SAMENVATTING, UPDATE

INITIATIEVEN = 20_000
PAD = ["concept", "ingediend", "in_gesprek", "kaders_vastgesteld", "in_uitvoering", "afgerond"]
VERDELING = {  # status: share
    "concept": 10, "ingediend": 10, "in_gesprek": 15, "kaders_vastgesteld": 15,
    "in_uitvoering": 25, "afgerond": 15, "afgewezen": 7, "ingetrokken": 3,
}  # fmt: skip
MODELS = ["Initiatief", "KadersVersie", "Mijlpaal", "Update", "StatusWijziging", "GevraagdeSteun"]
MODELS += ["Belanghebbende"]


def generate(ctx) -> None:
    models = models_of(ctx, "initiatieven", MODELS)
    if models is None:
        return
    from initiatieven.choices import Thema

    wijknamen = dict(_wijknamen())
    start = next_id(models["Initiatief"])
    rows = [_initiatief(ctx, start + i, wijknamen, Thema) for i in range(ctx.n(INITIATIEVEN))]
    ctx.ids["initiatief"] = [row[0] for row in rows]
    ctx.ids["initiatief_status"] = [row[5] for row in rows]
    names = ["id", "titel", "samenvatting", "thema", "wijk", "status", "indiener", "casemanager"]
    names += ["gemeente", "naam_tonen", "privacy_akkoord", "ingediend_op", "aangemaakt_op"]
    names += ["gewijzigd_op"]
    names += ["is_succesvoorbeeld", "rechtsvorm", "subsidie_ontvangen", "lessen"]
    ctx.count("initiatieven", Table(models["Initiatief"], names).copy(rows))
    _children(ctx, models, rows)
    concepten(ctx, models)
    reset_sequences(*models.values())


def _wijknamen():
    from participatiepunt.gebieden.models import Wijk

    return Wijk.objects.values_list("pk", "naam")


def _status(ctx) -> str:
    return ctx.rng.choices(list(VERDELING), weights=list(VERDELING.values()))[0]


def _initiatief(ctx, pk, wijknamen, thema):
    rng = ctx.rng
    status = _status(ctx)
    wijk = rng.choice(ctx.wijken)
    onderwerp = rng.choice(ONDERWERPEN)
    aangemaakt = ctx.now - timedelta(days=rng.randint(1, 5 * 365), minutes=rng.randint(0, 1440))
    residents = ctx.residents()
    # The first residents (the bench's logged-in ones) own several initiatives each.
    indiener = residents[pk % min(200, len(residents))] if pk % 4 == 0 else rng.choice(residents)
    casemanager = None if status == "concept" else rng.choice(ctx.users["medewerker"])
    ingediend = None if status == "concept" else aangemaakt + timedelta(days=2)
    return (
        pk, f"{onderwerp} in {wijknamen[wijk]}", SAMENVATTING.format(
            onderwerp=onderwerp.lower(), wijk=wijknamen[wijk]), rng.choice(thema.values), wijk,
        status, indiener, casemanager, ctx.wijk_gemeente[wijk], rng.random() < 0.3, True,
        ingediend, aangemaakt,
        aangemaakt + timedelta(days=rng.randint(2, 300)), *_succesvoorbeeld(ctx, status),
    )  # fmt: skip


RECHTSVORMEN = ["informeel", "stichting", "vereniging", "cooperatie"]


def _succesvoorbeeld(ctx, status) -> tuple:
    """A third of the finished initiatives is a succesvoorbeeld, with 'hoe hebben ze het
    gedaan' filled in."""
    if status != "afgerond" or ctx.rng.random() > 0.33:
        return False, "", "", ""
    return (
        True, ctx.rng.choice(RECHTSVORMEN), "Wijkbudget, € 2.500, via het gebiedsteam.",
        "Begin eerder met de buren praten; de vergunning kostte meer tijd dan gedacht.",
    )  # fmt: skip


def _children(ctx, models, rows) -> None:
    medewerkers = ctx.users["medewerker"]
    ctx.count("statuswijzigingen", _statuswijzigingen(ctx, models, rows, medewerkers))
    ctx.count("kadersversies", _kaders(ctx, models, rows, medewerkers))
    ctx.count("mijlpalen", _mijlpalen(ctx, models, rows))
    ctx.count("updates", _updates(ctx, models, rows, medewerkers))
    ctx.count("gevraagde steun", _steun(ctx, models, [row[0] for row in rows]))


def _steun(ctx, models, initiatief_ids) -> int:
    """Two kinds of support asked per initiative, drafts too: the intake's filter on one finds
    the newest submissions at the rate it finds the rest."""
    from initiatieven.choices import Steun

    soorten = list(Steun.values)
    table = Table(models["GevraagdeSteun"], ["initiatief", "soort"])
    return table.copy((pk, s) for pk in initiatief_ids for s in ctx.rng.sample(soorten, 2))


def _pad(status):
    return PAD[: PAD.index(status) + 1] if status in PAD else [*PAD[:3], status]


def _statuswijzigingen(ctx, models, rows, medewerkers) -> int:
    names = ["initiatief", "van", "naar", "door", "op"]

    def generate():
        for row in rows:
            pad = _pad(row[5])
            for step, (van, naar) in enumerate(zip(pad, pad[1:], strict=False)):
                yield row[0], van, naar, ctx.rng.choice(medewerkers), row[11] + timedelta(step * 20)

    return Table(models["StatusWijziging"], names).copy(generate())


def _kaders(ctx, models, rows, medewerkers) -> int:
    names = ["initiatief", "versie", "vast_en_niet_beinvloedbaar", "budgetruimte", "regels"]
    names += ["participatieniveau", "wie_besluit", "reden", "gewijzigd_door", "gewijzigd_op"]
    vastgesteld = PAD[3:]

    def generate():
        for row in rows:
            for versie in range(1, ctx.rng.randint(1, 4) + 1 if row[5] in vastgesteld else 1):
                yield (
                    row[0], versie, "De locatie en de planning van het onderhoud liggen vast.",
                    f"Maximaal € {ctx.rng.randint(2, 50) * 1000} uit het wijkbudget.",
                    "Omgevingsplan en APV; de regels voor subsidie van de gemeente.",
                    ctx.rng.choice(("raadplegen", "adviseren", "coproduceren", "meebeslissen")),
                    "Het college, na advies van de wijk.", "Afspraken uit het gesprek.",
                    ctx.rng.choice(medewerkers), row[11] + timedelta(days=30 + versie * 40),
                )  # fmt: skip

    return Table(models["KadersVersie"], names).copy(generate())


def _mijlpalen(ctx, models, rows) -> int:
    names = ["initiatief", "titel", "verwachte_datum", "gereed"]

    def generate():
        for row in rows:
            for index in range(ctx.rng.randint(0, 5) if row[5] != "concept" else 0):
                datum = (row[11] + timedelta(days=60 * (index + 1))).date()
                yield row[0], MIJLPALEN[index], datum, datum < ctx.now.date()

    return Table(models["Mijlpaal"], names).copy(generate())


def _updates(ctx, models, rows, medewerkers) -> int:
    names = ["initiatief", "tekst", "openbaar", "auteur", "geplaatst_op"]

    def generate():
        for row in rows:
            for index in range(ctx.rng.randint(0, 8) if row[5] != "concept" else 0):
                when = row[11] + timedelta(days=10 + 25 * index)
                yield (
                    row[0],
                    ctx.rng.choice(UPDATE),
                    index % 4 != 3,
                    ctx.rng.choice(medewerkers),
                    when,
                )

    return Table(models["Update"], names).copy(generate())


# Complete drafts for the submitting journey, one per request (not scaled): enough for 20 s at
# well above the floor's rate plus the mixed run. A run with --reuse tops them up (aanvullen).
TE_INDIENEN = 10_000
INDIENERS = slice(200, 300)  # residents who draft and submit; not the ones whose lists are read


def concepten(ctx, models, aantal=TE_INDIENEN) -> None:
    Initiatief, Belanghebbende = models["Initiatief"], models["Belanghebbende"]
    indieners = ctx.residents()[INDIENERS] or ctx.residents()
    start = next_id(Initiatief)
    names = ["id", "titel", "samenvatting", "beschrijving", "thema", "wijk", "indiener"]
    names += ["soort_initiatiefnemer", "status", "concept_stap", "gemeente"]
    wijken = [ctx.rng.choice(ctx.wijken) for _ in range(aantal)]
    rows = [
        (start + i, "Buurtmoestuin achter de school", "Samen groente kweken met de buurt.",
         "Wij willen met buren een moestuin aanleggen.", "groen", wijk,
         indieners[i % len(indieners)], "inwoner", "concept", 6, ctx.wijk_gemeente[wijk])
        for i, wijk in enumerate(wijken)
    ]  # fmt: skip
    ctx.count("concepten om in te dienen", Table(Initiatief, names).copy(rows))
    Table(Belanghebbende, ["initiatief", "naam", "belang"]).copy(
        (row[0], "Omwonenden", "Zien de tuin vanuit hun huis.") for row in rows
    )
    _steun(ctx, models, [row[0] for row in rows])


def aanvullen(ctx) -> int:
    """With --reuse: new drafts for those an earlier run submitted, up to TE_INDIENEN."""
    from django.apps import apps

    models = models_of(ctx, "initiatieven", ["Initiatief", "Belanghebbende", "GevraagdeSteun"])
    # The drafts an earlier version of the generator made asked no support (submitted or not).
    zonder_steun = models["Initiatief"].objects.filter(gevraagde_steun__isnull=True)
    _steun(ctx, models, list(zonder_steun.values_list("pk", flat=True)))
    drafts = models["Initiatief"].objects.filter(status="concept", concept_stap=6)
    ontbreekt = TE_INDIENEN - drafts.filter(belanghebbenden__isnull=False).distinct().count()
    if ontbreekt <= 0:
        return 0
    users = apps.get_model("accounts", "User").objects.filter(rol="inwoner").order_by("pk")
    ctx.users["inwoner"] = list(users.values_list("pk", flat=True)[: INDIENERS.stop])
    wijken = apps.get_model("gebieden", "Wijk").objects.values_list("pk", "gebied__gemeente")
    ctx.wijk_gemeente = dict(wijken)
    ctx.wijken = list(ctx.wijk_gemeente)
    concepten(ctx, models, ontbreekt)
    reset_sequences(*models.values())
    return ontbreekt
