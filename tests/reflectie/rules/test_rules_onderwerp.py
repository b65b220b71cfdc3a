import pytest

from tests.factories.accounts import UserFactory
from tests.factories.reflectie import OnderwerpFactory
from tests.reflectie.conftest import ROLLEN, maak_gebruiker

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rol", ROLLEN)
def test_propose_onderwerp(rol):
    assert maak_gebruiker(rol).has_perm("reflectie.propose_onderwerp") is (rol != "anoniem")


@pytest.mark.parametrize("rol", ROLLEN)
def test_view_someone_elses_onderwerp(rol):
    onderwerp = OnderwerpFactory()
    verwacht = rol in ("griffie", "medewerker", "raadslid")
    assert maak_gebruiker(rol).has_perm("reflectie.view_onderwerp", onderwerp) is verwacht


@pytest.mark.parametrize("rol", ROLLEN)
def test_only_raadsleden_react_on_onderwerpen(rol):
    onderwerp = OnderwerpFactory()
    verwacht = rol == "raadslid"
    assert maak_gebruiker(rol).has_perm("reflectie.react_onderwerp", onderwerp) is verwacht


def test_proposer_sees_own_onderwerp():
    inwoner = UserFactory()
    assert inwoner.has_perm("reflectie.view_onderwerp", OnderwerpFactory(voorgesteld_door=inwoner))


@pytest.mark.parametrize("status", ["voorgesteld", "geselecteerd", "afgewezen"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_decide_onderwerp(rol, status):
    onderwerp = OnderwerpFactory(status=status)
    verwacht = rol == "medewerker" and status == "voorgesteld"
    assert maak_gebruiker(rol).has_perm("reflectie.decide_onderwerp", onderwerp) is verwacht
