import pytest

from .conftest import LOPEND, ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """The initiator may withdraw while the traject is still open."""
    return rol == "indiener" and status in LOPEND


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_withdraw_initiatief(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.withdraw_initiatief", initiatief) is verwacht(rol, status)
