import pytest

from reflectie.choices import Status
from tests.factories.reflectie import SessieFactory
from tests.reflectie.conftest import ROLLEN, maak_gebruiker

pytestmark = pytest.mark.django_db

PERMS = ["change_sessie", "move_sessie", "cancel_sessie", "change_agenda", "change_verslag"]
# what a medewerker may do per status; every other role (the griffie too) may do nothing
MEDEWERKER = {
    Status.GEPLAND: {
        "change_sessie",
        "move_sessie",
        "cancel_sessie",
        "change_agenda",
        "change_verslag",
    },
    Status.VERPLAATST: {
        "change_sessie",
        "move_sessie",
        "cancel_sessie",
        "change_agenda",
        "change_verslag",
    },
    Status.GEHOUDEN: {"change_sessie", "change_agenda", "change_verslag"},
    Status.GEANNULEERD: set(),
}


@pytest.mark.parametrize("status", list(MEDEWERKER))
@pytest.mark.parametrize("rol", ROLLEN)
def test_manage_sessie(rol, status):
    gebruiker = maak_gebruiker(rol)
    sessie = SessieFactory(status=status, openbaar=True, groepen=["raadsleden", "griffie"])
    toegestaan = {p for p in PERMS if gebruiker.has_perm(f"reflectie.{p}", sessie)}
    assert toegestaan == (MEDEWERKER[status] if rol == "medewerker" else set())


@pytest.mark.parametrize("rol", ROLLEN)
def test_add_sessie(rol):
    assert maak_gebruiker(rol).has_perm("reflectie.add_sessie") is (rol == "medewerker")
