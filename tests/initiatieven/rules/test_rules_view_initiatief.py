import pytest

from .conftest import INGEDIEND, OPENBAAR, ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """Public past intake; the initiator always; staff and the own gebiedsteam once submitted."""
    if status in OPENBAAR or rol == "indiener":
        return True
    return status in INGEDIEND and rol in {"medewerker", "gebiedsteam_eigen_gebied"}


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_view_initiatief(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.view_initiatief", initiatief) is verwacht(rol, status)
