import pytest

from tests.factories.reflectie import SessieFactory
from tests.reflectie.conftest import ROLLEN, maak_gebruiker

pytestmark = pytest.mark.django_db

LEZERS = {"griffie", "medewerker"}


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("perm", ["view_griffie", "view_onderwerpen"])
def test_griffie_overview_and_all_topics(rol, perm):
    assert maak_gebruiker(rol).has_perm(f"reflectie.{perm}") is (rol in LEZERS)


@pytest.mark.parametrize("rol", ROLLEN)
def test_view_werkversie_of_agenda(rol):
    sessie = SessieFactory(openbare=True, groepen=["raadsleden"])
    assert maak_gebruiker(rol).has_perm("reflectie.view_werkversie", sessie) is (rol in LEZERS)
