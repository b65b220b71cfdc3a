"""Who may propose kaders from the initiative's page, and who may answer the current version:
role x status x where the overleg stands. The same rules show the buttons (test_kadersoverleg)."""

import pytest

from tests.factories.initiatieven import KadersReactieFactory, KadersVersieFactory

from .conftest import LOPEND, ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db

# Where the overleg on the current version stands, made on a fresh initiatief.
STANDEN = {
    "geen_kaders": lambda initiatief: None,
    "voorstel_gemeente": lambda initiatief: KadersVersieFactory(initiatief=initiatief, versie=1),
    "voorstel_initiatiefnemer": lambda initiatief: KadersVersieFactory(
        initiatief=initiatief, versie=1, van_initiatiefnemer=True
    ),
    "betwist_door_initiatiefnemer": lambda initiatief: KadersReactieFactory(
        versie=KadersVersieFactory(initiatief=initiatief, versie=1), betwist=True
    ),
    "gedragen": lambda initiatief: KadersReactieFactory(
        versie=KadersVersieFactory(initiatief=initiatief, versie=1)
    ),
}


def mag_reageren(rol, status, stand):
    """The side a version awaits answers it, while the traject is open, once."""
    if status not in LOPEND:
        return False
    return (rol, stand) in {
        ("indiener", "voorstel_gemeente"),
        ("medewerker", "voorstel_initiatiefnemer"),
    }


@pytest.mark.parametrize("stand", STANDEN)
@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_respond_kaders(maak, rol, status, stand):
    user, initiatief = maak(rol, status)
    STANDEN[stand](initiatief)
    verwacht = mag_reageren(rol, status, stand)
    assert user.has_perm("initiatieven.respond_kaders", initiatief) is verwacht


@pytest.mark.parametrize("stand", STANDEN)
@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_propose_kaders(maak, rol, status, stand):
    """The initiator proposes (again) whenever the traject is open, whatever the overleg."""
    user, initiatief = maak(rol, status)
    STANDEN[stand](initiatief)
    verwacht = rol == "indiener" and status in LOPEND
    assert user.has_perm("initiatieven.propose_kaders", initiatief) is verwacht
