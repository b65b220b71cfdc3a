import pytest

from tests.factories.reflectie import SessieFactory
from tests.reflectie.conftest import maak_gebruiker

pytestmark = pytest.mark.django_db

# rol: (openbare sessie, besloten sessie voor de raad, besloten sessie voor het college)
VERWACHT = {
    "anoniem": (True, False, False),
    "inwoner": (True, False, False),
    "gebiedsteam": (True, False, False),
    "raadslid": (True, True, False),
    "collegelid": (True, False, True),
    "griffie": (True, True, True),
    "medewerker": (True, True, True),
}


@pytest.mark.parametrize("rol", VERWACHT)
def test_view_sessie(rol):
    gebruiker = maak_gebruiker(rol)
    sessies = (
        SessieFactory(openbare=True),
        SessieFactory(groepen=["raadsleden"]),
        SessieFactory(groepen=["collegeleden"]),
    )
    assert tuple(gebruiker.has_perm("reflectie.view_sessie", s) for s in sessies) == VERWACHT[rol]


def test_personally_invited_resident_sees_closed_session():
    inwoner = maak_gebruiker("inwoner")
    sessie = SessieFactory(genodigden=[inwoner])
    assert inwoner.has_perm("reflectie.view_sessie", sessie)
