"""URL variants per page, from the bench data: a spread of objects and filters, so a page is not
measured on one lucky row."""

import random

from django.apps import apps

rng = random.Random(8)


def _sample(values, k=20):
    values = list(values)
    return rng.sample(values, min(k, len(values)))


def _model(label):
    return apps.get_model(*label.split("."))


def floor():
    return [({"groep": g}, {}) for g in _sample(range(1, 2001), 50)]


def _wijk_slugs():
    return _model("gebieden.Wijk").objects.values_list("slug", flat=True)


def lijst():
    slugs = _sample(_wijk_slugs(), 6)
    queries = [{}, {"pagina": 2}, {"pagina": 40}, {"thema": "groen"}, {"q": "moestuin"}]
    queries += [{"wijk": slug} for slug in slugs]
    queries += [{"wijk": slugs[0], "thema": "zorg", "status": "in_uitvoering"}, {"q": "buurt"}]
    return [({}, q) for q in queries]


ZOEKVRAGEN = [
    "moestuin", "moestuinen", "speeltuin opknappen", "zonnepanelen", "buurthuis", "subsidie",
    "stichting", "repaircafé", "\"buurtbus voor ouderen\"", "bankjes -water", "oversteek",
    "energiecoöperatie", "groen", "zorg", "onbekendwoord",
]  # fmt: skip


def zoeken():
    """Words the bench's initiatives and kennisbank pages hold, a phrase, a word left out,
    thema labels, wijk names and a word that finds nothing."""
    wijken = _sample(_model("gebieden.Wijk").objects.values_list("naam", flat=True), 5)
    return [({}, {"q": vraag}) for vraag in ZOEKVRAGEN + wijken]


def openbaar_initiatief():
    Initiatief = _model("initiatieven.Initiatief")
    pks = Initiatief.objects.openbaar().order_by("?").values_list("pk", flat=True)[:50]
    return [({"pk": pk}, {}) for pk in pks]


def lopend_initiatief():
    Initiatief = _model("initiatieven.Initiatief")
    pks = Initiatief.objects.ingediend().order_by("?").values_list("pk", flat=True)[:50]
    return [({"pk": pk}, {}) for pk in pks]


def wijk():
    return [({"slug": slug}, {}) for slug in _sample(_wijk_slugs(), 40)]


TEAM_GEBIED = "oost"  # the bench's gebiedsteam sessions belong to this gebied (bench/sessions.py)


def team_praatplaat():
    Praatplaat = _model("wijkafspraken.Praatplaat")
    pks = Praatplaat.objects.lopend().filter(wijk__gebied__slug=TEAM_GEBIED)
    return [({"pk": pk}, {}) for pk in _sample(pks.values_list("pk", flat=True), 40)]


def jaarkalender():
    slugs = _sample(_wijk_slugs(), 5)
    return [({}, {})] + [({}, {"wijk": slug}) for slug in slugs] + [({}, {"jaar": 2025})]


def ics_wijk():
    return [({}, {})] + [({}, {"wijk": slug}) for slug in _sample(_wijk_slugs(), 10)]


def intake():
    queries = [{}, {"pagina": 5}, {"status": "ingediend"}, {"toegewezen": "niemand"}]
    queries += [{"sorteer": "titel"}, {"steun": "subsidie"}, {"toegewezen": "mij"}]
    return [({}, q) for q in queries]


def griffie_feed():
    from participatiepunt.accounts.models import User

    FeedToken = _model("reflectie.FeedToken")
    tokens = [
        FeedToken.objects.get_or_create(user=u)[0].token for u in User.objects.filter(rol="griffie")
    ]
    return [({"token": token}, {}) for token in tokens]


def indienen():
    """Complete drafts (bench/data/initiatieven.py concepten) with a session of their owner."""
    from .sessions import session_for

    Initiatief = _model("initiatieven.Initiatief")
    drafts = Initiatief.objects.filter(
        status="concept", concept_stap=6, belanghebbenden__isnull=False
    )
    drafts = drafts.select_related("indiener").order_by("pk")
    keys = {}
    for draft in drafts:
        if draft.indiener_id not in keys:
            keys[draft.indiener_id] = session_for(draft.indiener)
    return [({"pk": d.pk, "nummer": 6}, {}, keys[d.indiener_id]) for d in drafts]


def nog_concept(entries):
    """The (url, session) pairs of indienen() whose draft is still a draft: what a run used is
    read from the database, not from locust's count (requests cut off at the end are sent
    but not counted)."""
    Initiatief = _model("initiatieven.Initiatief")
    pks = [int(url.split("/")[2]) for url, _session in entries]
    open_pks = set(
        Initiatief.objects.filter(pk__in=pks, status="concept").values_list("pk", flat=True)
    )
    return [entry for entry, pk in zip(entries, pks, strict=True) if pk in open_pks]


def kennisbank_categorie():
    return [({"categorie": c}, {}) for c in ("rechtsvorm", "subsidie", "regels")]


def kennisbank_pagina():
    pks = _model("kennisbank.Pagina").objects.values_list("pk", flat=True)
    return [({"pk": pk}, {}) for pk in _sample(pks, 30)]


def succesvoorbeelden():
    slugs = _sample(_wijk_slugs(), 3)
    queries = [{}, {"pagina": 2}, {"thema": "groen"}, {"rechtsvorm": "stichting"}]
    queries += [{"steun": "subsidie"}, {"thema": "zorg", "steun": "ruimte"}]
    queries += [{"wijk": slug} for slug in slugs]
    return [({}, q) for q in queries]


def succesvoorbeeld():
    Initiatief = _model("initiatieven.Initiatief")
    pks = Initiatief.objects.filter(is_succesvoorbeeld=True, status="afgerond")
    return [({"pk": pk}, {}) for pk in _sample(pks.values_list("pk", flat=True), 30)]


def bijeenkomsten():
    queries = [{}, {"pagina": 2}, {"soort": "training"}, {"soort": "informatie"}]
    return [({}, q) for q in queries]


def _komend_voor_inwoners():
    from django.utils import timezone

    Bijeenkomst = _model("bijeenkomsten.Bijeenkomst")
    komend = Bijeenkomst.objects.komend().filter(doelgroep="inwoners", start__gt=timezone.now())
    return komend.values_list("pk", flat=True)


def komende_bijeenkomst():
    """Coming bijeenkomsten for residents that still take sign-ups."""
    return [({"pk": pk}, {}) for pk in _sample(_komend_voor_inwoners(), 30)]


AANMELDERS = 150  # residents × up to 100 bijeenkomsten: more pairs than a run signs up
_aanmelder_van_sessie: dict[str, int] = {}


def eerste_aanmeldingen(aanmelders=AANMELDERS, bijeenkomsten=100):
    """(bijeenkomst, resident's session) pairs, each a first sign-up: the residents' sign-ups
    at these bijeenkomsten (of an earlier run) are removed first. Each round pairs every
    bijeenkomst with another resident, so requests in a row lock other rows, as residents
    signing up for different bijeenkomsten do."""
    from .sessions import session_for

    gekozen = sorted(_sample(_komend_voor_inwoners(), bijeenkomsten))
    inwoners = _model("accounts.User").objects.filter(rol="inwoner").order_by("-pk")
    inwoners = list(inwoners[:aanmelders])
    _verwijder_aanmeldingen(gekozen, inwoners)
    sessies = {inwoner.pk: session_for(inwoner) for inwoner in inwoners}
    _aanmelder_van_sessie.update({sessie: pk for pk, sessie in sessies.items()})
    return [
        ({"pk": pk}, {}, sessies[inwoners[(ronde + i) % len(inwoners)].pk])
        for ronde in range(len(inwoners))
        for i, pk in enumerate(gekozen)
    ]


def _verwijder_aanmeldingen(bijeenkomsten, inwoners):
    from django.db.models import Q

    van_hen = Q(gebruiker__in=inwoners) | Q(email__in=[inwoner.email for inwoner in inwoners])
    aanmeldingen = _model("bijeenkomsten.Aanmelding").objects.filter(van_hen)
    aanmeldingen.filter(bijeenkomst__in=bijeenkomsten).delete()


def nog_niet_aangemeld(entries):
    """The (url, session) pairs of eerste_aanmeldingen() whose resident has no sign-up at that
    bijeenkomst yet (read from the database, as nog_concept)."""
    paren = [(int(url.split("/")[2]), _aanmelder_van_sessie[sessie]) for url, sessie in entries]
    Aanmelding = _model("bijeenkomsten.Aanmelding")
    bijeenkomsten, inwoners = {b for b, _ in paren}, {i for _, i in paren}
    gedaan = Aanmelding.objects.filter(bijeenkomst__in=bijeenkomsten, gebruiker__in=inwoners)
    gedaan = set(gedaan.values_list("bijeenkomst_id", "gebruiker_id"))
    return [entry for entry, paar in zip(entries, paren, strict=True) if paar not in gedaan]


def gesprek():
    """Submitted initiatives with a conversation (bench/data/gesprekken.py)."""
    Initiatief = _model("initiatieven.Initiatief")
    met_berichten = Initiatief.objects.ingediend().filter(pk__in=_berichten_van())
    pks = met_berichten.order_by("?").values_list("pk", flat=True)[:40]
    return [({"pk": pk}, {}) for pk in pks]


def _berichten_van():
    return _model("initiatieven.Bericht").objects.values("initiatief_id")


def vakantiecheck():
    """The question, then answers for the summer holidays and a year over a few wijken."""
    slugs = _sample(_wijk_slugs(), 9)
    zomer = {"van": "2027-07-10", "tot": "2027-08-22"}
    jaar = {"van": "2026-12-01", "tot": "2027-11-30"}
    queries = [{}, {**zomer, "wijk": slugs[:1]}, {**zomer, "wijk": slugs[1:4]}]
    queries += [{**jaar, "wijk": slugs[4:6]}, {**jaar, "wijk": slugs[6:9]}]
    return [({}, q) for q in queries]
