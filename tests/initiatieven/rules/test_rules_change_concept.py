import pytest

from .conftest import ROLLEN, STATUSSEN

pytestmark = pytest.mark.django_db


def verwacht(rol, status):
    """Residents edit only their own drafts."""
    return rol == "indiener" and status == "concept"


@pytest.mark.parametrize("status", STATUSSEN)
@pytest.mark.parametrize("rol", ROLLEN)
def test_change_concept(maak, rol, status):
    user, initiatief = maak(rol, status)
    assert user.has_perm("initiatieven.change_concept", initiatief) is verwacht(rol, status)
