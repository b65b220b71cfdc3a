"""Notification centre and preferences: every active, logged-in user, whatever the role."""

import pytest

from .conftest import ROLLEN

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("perm", ["meldingen.view_meldingen", "meldingen.change_voorkeuren"])
@pytest.mark.parametrize("rol", ROLLEN)
def test_own_notifications_and_preferences(gebruiker, rol, perm):
    assert gebruiker(rol).has_perm(perm) is (rol not in {"anoniem", "inactief"})
