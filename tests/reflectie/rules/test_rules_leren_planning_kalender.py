import pytest

from tests.reflectie.conftest import ROLLEN, maak_gebruiker

pytestmark = pytest.mark.django_db

VERWACHT = {
    "view_leren": {"inwoner", "medewerker", "gebiedsteam", "griffie", "raadslid", "collegelid"},
    "view_kalender": {"inwoner", "medewerker", "gebiedsteam", "griffie", "raadslid", "collegelid"},
    "view_planning": {"medewerker", "griffie", "raadslid", "collegelid"},
    "change_planning": {"medewerker"},
}


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("perm", VERWACHT)
def test_perm(rol, perm):
    assert maak_gebruiker(rol).has_perm(f"reflectie.{perm}") is (rol in VERWACHT[perm])
