import pytest

from .conftest import ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """The confirmation after submitting is the initiator's own, in every status; staff who may
    read the initiatief read it elsewhere."""
    return rol == "indiener"


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_view_ingediend(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.view_ingediend", initiatief) is verwacht(rol, status)
