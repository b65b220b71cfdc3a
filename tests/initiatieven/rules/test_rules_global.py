"""Permissions without an object: role only."""

import pytest

from .conftest import ROLLEN

pytestmark = pytest.mark.django_db

VERWACHT = {
    "initiatieven.add_initiatief": set(ROLLEN) - {"anoniem"},
    "initiatieven.view_mijn": set(ROLLEN) - {"anoniem"},
    "initiatieven.register_traject": {"medewerker"},
    "initiatieven.view_intake": {
        "medewerker",
        "gebiedsteam_eigen_gebied",
        "gebiedsteam_ander_gebied",
    },
}


@pytest.mark.parametrize("rol", ROLLEN)
@pytest.mark.parametrize("perm", VERWACHT)
def test_global_permission(maak, rol, perm):
    user, _initiatief = maak(rol, "ingediend")
    assert user.has_perm(perm) is (rol in VERWACHT[perm])
