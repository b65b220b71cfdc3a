import pytest

from .conftest import INGEDIEND, ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """Internal updates: the participatiepunt and the gebiedsteam of the wijk."""
    return status in INGEDIEND and rol in {"medewerker", "gebiedsteam_eigen_gebied"}


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_view_internal(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.view_internal", initiatief) is verwacht(rol, status)
