import pytest

from .conftest import INGEDIEND, ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """Submitted initiatieven are edited by the participatiepunt only."""
    return rol == "medewerker" and status in INGEDIEND


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_manage_initiatief(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.manage_initiatief", initiatief) is verwacht(rol, status)
