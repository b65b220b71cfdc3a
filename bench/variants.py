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


def team_wijk():
    slugs = _wijk_slugs().filter(gebied__slug=TEAM_GEBIED)
    return [({"slug": slug}, {}) for slug in _sample(slugs, 40)]


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
    return [({}, {})]
