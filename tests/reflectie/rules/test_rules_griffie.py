import pytest

from tests.factories.reflectie import SessieFactory
from tests.reflectie.conftest import ROLLEN, maak_gebruiker

pytestmark = pytest.mark.django_db

LEZERS = {"griffie", "medewerker"}


@pytest.mark.parametrize("rol", ROLLEN)
def test_griffie_overview(rol):
    assert maak_gebruiker(rol).has_perm("reflectie.view_griffie") is (rol in LEZERS)


@pytest.mark.parametrize("rol", ROLLEN)
def test_all_topics_also_for_raadsleden_who_select_them_with_staff(rol):
    verwacht = rol in LEZERS | {"raadslid"}
    assert maak_gebruiker(rol).has_perm("reflectie.view_onderwerpen") is verwacht


@pytest.mark.parametrize("rol", ROLLEN)
def test_view_werkversie_of_agenda(rol):
    sessie = SessieFactory(openbare=True, groepen=["raadsleden"])
    assert maak_gebruiker(rol).has_perm("reflectie.view_werkversie", sessie) is (rol in LEZERS)
