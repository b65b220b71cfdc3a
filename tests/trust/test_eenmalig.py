"""Every form that creates or changes something for staff is processed once per rendering
(portal.eenmalig): its view claims the token, and every form on a page that posts to such a
view carries one. A form added later without {% eenmalig %} fails here."""

import pytest
from django.urls import resolve, reverse

from participatiepunt.portal.eenmalig import VELD
from tests.trust.crawl import client_for
from tests.trust.formparse import _Parser
from tests.trust.urls import url_for
from tests.trust.world import make_world

pytestmark = pytest.mark.django_db

EENMALIG = [
    "initiatieven:beheer_actie",
    "initiatieven:beheer_kaders",
    "initiatieven:beheer_gegevens",
    "initiatieven:mijlpaal_gereed",
    "reflectie:nieuw",
    "reflectie:wijzig",
    "reflectie:verplaats",
    "reflectie:annuleer",
    "reflectie:agenda",
    "reflectie:agendapunt",
    "reflectie:document_toevoegen",
    "reflectie:publiceer",
    "reflectie:agendapunt_schuif",
    "reflectie:verslag",
    "reflectie:activiteit",
    "reflectie:onderwerp",
    "reflectie:voorstellen",
    "wijkafspraken:afspraak_nieuw",
    "wijkafspraken:afspraak",
    "wijkafspraken:openen",
    "wijkafspraken:gegevens",
    "wijkafspraken:vaststellen",
    "wijkafspraken:evaluatie",
]
PAGINAS = [
    ("medewerker", "initiatieven:beheer"),
    *[("medewerker", n) for n in ("initiatieven:beheer_kaders", "initiatieven:beheer_gegevens")],
    *[("medewerker", f"reflectie:{n}") for n in ("nieuw", "wijzig", "verplaats", "annuleer")],
    *[("medewerker", f"reflectie:{n}") for n in ("agenda", "agendapunt", "verslag")],
    *[("medewerker", f"reflectie:{n}") for n in ("activiteit", "onderwerp")],
    ("inwoner_a", "reflectie:voorstellen"),
    *[("gebiedsteam_x", f"wijkafspraken:{n}") for n in ("afspraak_nieuw", "afspraak")],
    *[("gebiedsteam_x", f"wijkafspraken:{n}") for n in ("gegevens", "vaststellen", "evaluatie")],
    ("gebiedsteam_y", "wijkafspraken:openen"),
]


def _url(name, world):
    if name == "initiatieven:beheer":  # the one with a mijlpaal and its "gereed" button
        return reverse(name, args=[world.openbaar.pk])
    return url_for(name, world)


def _eenmalig(url) -> bool:
    return getattr(resolve(url.split("?")[0]).func, "eenmalig", False)


def test_the_staff_forms_that_create_are_processed_once():
    world = make_world()
    assert [name for name in EENMALIG if not _eenmalig(url_for(name, world))] == []


@pytest.mark.parametrize(("rol", "name"), PAGINAS, ids=[f"{r}-{n}" for r, n in PAGINAS])
def test_every_form_posting_to_them_carries_a_token(rol, name):
    world = make_world()
    url = _url(name, world)
    page = client_for(world.users[rol]).get(url)
    assert page.status_code == 200, f"{url}: {page.status_code}"
    parser = _Parser(url)
    parser.feed(page.content.decode())
    formulieren = [form for form in parser.forms if _eenmalig(form.action)]
    assert formulieren, f"geen formulier naar een eenmalige view op {url}"
    assert [form.action for form in formulieren if VELD not in form.fields] == []
