"""One version mechanism for every cache: which changes renew which version."""

import pytest

from participatiepunt.portal.paginacache import PAGINAS
from reflectie.caches import AGENDAS, SESSIES
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory
from wijkafspraken.caches import WIJKAFSPRAKEN

pytestmark = pytest.mark.django_db


def _veranderd(wijziging) -> set[str]:
    versies = {"paginas": PAGINAS, "sessies": SESSIES, "agendas": AGENDAS}
    versies["wijkafspraken"] = WIJKAFSPRAKEN
    voor = {naam: versie() for naam, versie in versies.items()}
    wijziging()
    return {naam for naam, versie in versies.items() if versie() != voor[naam]}


def test_a_wijk_renews_every_version():
    assert _veranderd(WijkFactory) == {"paginas", "sessies", "agendas", "wijkafspraken"}


def test_a_submitted_initiative_renews_the_public_pages_only():
    wijk, indiener = WijkFactory(), UserFactory()
    nieuw = _veranderd(lambda: InitiatiefFactory(wijk=wijk, indiener=indiener))
    assert nieuw == {"paginas"}


def test_a_login_renews_nothing():
    user = UserFactory()
    assert _veranderd(lambda: user.save(update_fields=["last_login"])) == set()


def test_bewaard_makes_anew_after_a_change():
    gemaakt = []

    def maak():
        gemaakt.append(1)
        return len(gemaakt)

    assert WIJKAFSPRAKEN.bewaard("x", maak) == 1
    assert WIJKAFSPRAKEN.bewaard("x", maak) == 1
    WijkFactory()
    assert WIJKAFSPRAKEN.bewaard("x", maak) == 2
