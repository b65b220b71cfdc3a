"""2,000 reflection sessions over two years with invitees (groups and people), agendas with
items on initiatives and praatplaten, published agenda versions, moves, and proposed topics."""

from datetime import timedelta

from .context import models_of
from .table import Table, next_id, reset_sequences

SESSIES = 2_000
ONDERWERPEN = 500
MODELS = ["Sessie", "GroepUitnodiging", "Agendapunt", "AgendaVersie", "Onderwerp"]
MODELS += ["Verplaatsing"]
SOORTEN = ["college", "raad", "ambtelijk", "reflectiegroep", "inspiratie", "adviesraad"]
GROEPEN = ["raadsleden", "collegeleden", "ambtelijke_leiding", "medewerkers", "griffie"]
PUNTEN = ["Opening en mededelingen", "Terugblik op de vorige sessie", "Casus", "Wat leren we?"]


def generate(ctx) -> None:
    models = models_of(ctx, "reflectie", MODELS)
    if models is None:
        return
    onderwerpen = _onderwerpen(ctx, models["Onderwerp"])
    sessies = _sessies(ctx, models["Sessie"])
    groepen = Table(models["GroepUitnodiging"], ["sessie", "groep"])
    groepen.copy((s[0], g) for s in sessies for g in ctx.rng.sample(GROEPEN, 2))
    through = Table(models["Sessie"].genodigden.through, ["sessie", "user"])
    griffie = ctx.users["griffie"]
    through.copy((s[0], ctx.rng.choice(griffie)) for s in sessies)
    _agenda(ctx, models, sessies, onderwerpen)
    verplaatst = Table(models["Verplaatsing"], ["sessie", "oude_start", "oude_eind"] + [
        "nieuwe_start", "nieuwe_eind", "reden"])  # fmt: skip
    verplaatst.copy(
        (s[0], s[2] - timedelta(days=7), s[3] - timedelta(days=7), s[2], s[3], "Zaal bezet.")
        for s in sessies[::10]
    )
    reset_sequences(*models.values(), models["Sessie"].genodigden.through)


def _onderwerpen(ctx, model) -> list[int]:
    start, residents = next_id(model), ctx.residents()
    names = ["id", "titel", "waarom", "wijk", "initiatief", "voorgesteld_door", "status"]
    names += ["gemeente"]
    wijken = [ctx.rng.choice(ctx.wijken) for _ in range(ctx.n(ONDERWERPEN))]
    rows = [
        (start + i, f"Wat leren we van de aanpak in wijk {i % 150}?",
         "Het ging goed met de buurt, maar de gemeente reageerde laat.", wijk,
         ctx.rng.choice(ctx.ids.get("initiatief") or [None]), ctx.rng.choice(residents),
         ctx.rng.choice(("voorgesteld", "geselecteerd", "afgewezen")), ctx.wijk_gemeente[wijk])
        for i, wijk in enumerate(wijken)
    ]  # fmt: skip
    ctx.count("onderwerpen", Table(model, names).copy(rows))
    return [row[0] for row in rows]


def _sessies(ctx, model) -> list[tuple]:
    start, rng = next_id(model), ctx.rng
    voorzitters = ctx.users["collegelid"] + ctx.users["raadslid"]
    rows = []
    for i in range(ctx.n(SESSIES)):
        begin = ctx.now + timedelta(days=rng.randint(-450, 300), hours=rng.randint(0, 8))
        status = "gehouden" if begin < ctx.now else rng.choice(("gepland", "gepland", "verplaatst"))
        wijk = rng.choice(ctx.wijken)
        rows.append((
            start + i, f"Reflectiesessie {i + 1}", begin, begin + timedelta(hours=2),
            rng.choice(SOORTEN), "Stadhuis, Grote Markt 1", wijk,
            rng.choice(voorzitters), "geannuleerd" if i % 25 == 0 else status, rng.random() < 0.3,
            ctx.users["medewerker"][0], ctx.wijk_gemeente[wijk],
        ))  # fmt: skip
    names = ["id", "titel", "start", "eind", "soort", "locatie", "wijk", "voorzitter", "status"]
    names += ["openbaar", "aangemaakt_door", "gemeente"]
    ctx.count("sessies", Table(model, names).copy(rows))
    return rows


def _agenda(ctx, models, sessies, onderwerpen) -> None:
    start, rng = next_id(models["Agendapunt"]), ctx.rng
    initiatieven = ctx.ids.get("initiatief") or [None]
    punten = []
    for sessie in sessies:
        for volgorde, titel in enumerate(PUNTEN):
            casus = rng.choice(initiatieven) if titel == "Casus" else None
            onderwerp = rng.choice(onderwerpen) if titel == "Casus" else None
            punten.append((start + len(punten), sessie[0], volgorde, titel, 30, onderwerp, casus))
    names = ["id", "sessie", "volgorde", "titel", "duur", "onderwerp", "initiatief"]
    ctx.count("agendapunten", Table(models["Agendapunt"], names).copy(punten))
    per_sessie = {}
    for punt in punten:
        per_sessie.setdefault(punt[1], []).append(_als_dict(punt))
    names = ["sessie", "nummer", "inhoud", "gepubliceerd_door"]
    medewerker = ctx.users["medewerker"][0]
    ctx.count("agendaversies", Table(models["AgendaVersie"], names).copy(
        (sessie, nummer, inhoud, medewerker)
        for sessie, inhoud in per_sessie.items() for nummer in range(1, rng.randint(0, 2) + 1)
    ))  # fmt: skip


def _als_dict(punt) -> dict:
    """The shape of reflectie.agenda.als_dict."""
    casus = f"/initiatieven/{punt[6]}/" if punt[6] else ""
    return {"id": punt[0], "titel": punt[3], "duur": punt[4], "toelichting": "",
            "onderwerp": "", "casus": "", "casus_url": casus, "documenten": []}  # fmt: skip
