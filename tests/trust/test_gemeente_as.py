"""The access matrix's gemeente axis (issue 16): a second world in another gemeente on the same
host. Every role of gemeente A gets a 404 on every object URL of gemeente B where it may open
gemeente A's own, and nothing of B's for anyone; residents of A never see B's on lists."""

import pytest
from django.apps import apps
from django.db.models import Max
from django.urls import reverse

from participatiepunt.gebieden.models import Gemeente
from tests.factories.gebieden import GemeenteFactory
from tests.trust.crawl import client_for
from tests.trust.test_access_matrix import ROLES, TABLE, _per_rol
from tests.trust.urls import KWARGS, SESSIE_ROUTES, url_for
from tests.trust.world import make_world

pytestmark = pytest.mark.django_db

# Not an object of one gemeente: a secret token of a mail or feed (who holds it may use it),
# the planning of bijlage 2 (one for the organisation) and the kennisbank (shared per item).
NIET_PER_GEMEENTE = {
    "account_confirm_email", "account_reset_password_from_key", "meldingen:afmelden",
    "bijeenkomsten:bevestigen", "bijeenkomsten:afmelden", "reflectie:feed_persoonlijk",
    "reflectie:activiteit",
}  # fmt: skip
OBJECT_URLS = sorted(
    naam
    for naam in set(KWARGS) | {f"reflectie:{naam}" for naam in SESSIE_ROUTES}
    if naam not in NIET_PER_GEMEENTE and not naam.startswith("kennisbank:")
)


def _hoogste_pks() -> dict:
    return {
        model: model.objects.aggregate(m=Max("pk"))["m"] or 0
        for model in apps.get_models()
        if any(veld.name == "gemeente" for veld in model._meta.concrete_fields)
    }


def _naar_gemeente(gemeente, voor: dict, wereld) -> None:
    """Everything made after `voor` moves to `gemeente`: its gebieden (and with them its wijken
    and praatplaten), initiatives, sessions, topics, bijeenkomsten; its staff work there."""
    for model, hoogste in voor.items():
        if model is not Gemeente:
            model.objects.filter(pk__gt=hoogste).update(gemeente=gemeente)
    for user in wereld.users.values():
        if user is not None and user.rol != "inwoner":
            user.gemeenten.set([gemeente])


@pytest.fixture
def werelden():
    a = make_world()
    voor = _hoogste_pks()
    b = make_world()
    _naar_gemeente(GemeenteFactory(andere=True, hostnaam=""), voor, b)
    return a, b


def test_every_role_of_a_gets_404_on_the_objects_of_b(werelden):
    a, b = werelden
    clients = {role: client_for(user) for role, user in a.users.items()}
    problems = []
    for name in OBJECT_URLS:
        url = url_for(name, b)
        for index, role in enumerate(ROLES):
            status = clients[role].get(url).status_code
            eigen = _per_rol(TABLE[name][0])[index]
            if status // 100 == 2:
                problems.append(f"{name} {role}: {status} op een object van gemeente B")
            elif eigen == "200" and status not in ((302, 404) if role == "anoniem" else (404,)):
                problems.append(f"{name} {role}: {status}, verwacht 404 (eigen gemeente: 200)")
    assert not problems, "\n".join(problems)


def test_residents_of_a_never_see_b_s_on_lists(werelden):
    a, b = werelden
    client = client_for(a.users["inwoner_a"])
    for name in ("initiatieven:lijst", "initiatieven:jaarkalender", "wijkafspraken:overzicht"):
        html = client.get(reverse(name)).content.decode()
        assert b.openbaar.titel not in html and b.wijk_x.naam not in html, name
        assert a.wijk_x.naam in html or name == "initiatieven:jaarkalender", name
