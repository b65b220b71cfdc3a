"""Permission matrix: role x state of the praatplaat (in gesprek, vastgesteld, gearchiveerd)."""

import pytest

from tests.factories.wijkafspraken import PraatplaatFactory, VersieFactory

pytestmark = pytest.mark.django_db

ROLLEN = ["anoniem", "inwoner", "medewerker", "gebiedsteam", "ander_team", "griffie", "raadslid"]
BEHEERT = {"medewerker", "gebiedsteam"}


def _praatplaat(wijk, staat):
    if staat == "gearchiveerd":
        return PraatplaatFactory(wijk=wijk, gearchiveerd=True)
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True)
    if staat == "vastgesteld":
        VersieFactory(praatplaat=praatplaat)
    return praatplaat


@pytest.mark.parametrize("staat", ["in_gesprek", "vastgesteld", "gearchiveerd"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_view_praatplaat_only_for_those_who_manage_the_wijk(als, wijk, rol, staat):
    praatplaat = _praatplaat(wijk, staat)
    assert als(rol).has_perm("wijkafspraken.view_praatplaat", praatplaat) == (rol in BEHEERT)
    assert als(rol).has_perm("wijkafspraken.view_alle_antwoorden", praatplaat) == (rol in BEHEERT)


@pytest.mark.parametrize("staat", ["in_gesprek", "vastgesteld", "gearchiveerd"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_change_and_vaststellen_not_after_archiving(als, wijk, rol, staat):
    praatplaat = _praatplaat(wijk, staat)
    verwacht = rol in BEHEERT and staat != "gearchiveerd"
    assert als(rol).has_perm("wijkafspraken.change_praatplaat", praatplaat) == verwacht
    assert als(rol).has_perm("wijkafspraken.vaststellen", praatplaat) == verwacht


@pytest.mark.parametrize("rol", ROLLEN)
def test_add_praatplaat_for_a_wijk(als, wijk, rol):
    assert als(rol).has_perm("wijkafspraken.add_praatplaat", wijk) == (rol in BEHEERT)


@pytest.mark.parametrize("rol", ROLLEN)
def test_dashboard_for_gebiedsteams_and_staff(als, rol):
    verwacht = rol in {"medewerker", "gebiedsteam", "ander_team"}
    assert als(rol).has_perm("wijkafspraken.view_dashboard") == verwacht


@pytest.mark.parametrize("rol", ROLLEN)
def test_everyone_sees_the_overview(als, rol):
    assert als(rol).has_perm("wijkafspraken.view_overzicht")
