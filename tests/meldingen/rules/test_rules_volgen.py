"""Following: logged in, and only what the user may see (a wijk: always; an initiatief: by
initiatieven.view_initiatief, so never someone else's concept)."""

import pytest

from initiatieven.choices import Status
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

from .conftest import ROLLEN

pytestmark = pytest.mark.django_db
INGELOGD = set(ROLLEN) - {"anoniem", "inactief"}


@pytest.mark.parametrize("rol", ROLLEN)
def test_follow_a_wijk(gebruiker, rol):
    assert gebruiker(rol).has_perm("meldingen.volgen", WijkFactory()) is (rol in INGELOGD)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("rol", ROLLEN)
def test_follow_an_initiatief_only_when_visible(gebruiker, rol, status):
    user = gebruiker(rol)
    initiatief = InitiatiefFactory(status=status)
    verwacht = rol in INGELOGD and user.has_perm("initiatieven.view_initiatief", initiatief)
    assert user.has_perm("meldingen.volgen", initiatief) is verwacht
    if status == Status.CONCEPT and rol == "inwoner":
        assert not verwacht


@pytest.mark.parametrize("rol", ROLLEN)
def test_nothing_else_can_be_followed(gebruiker, rol):
    user = gebruiker(rol)
    assert not gebruiker("inwoner").has_perm("meldingen.volgen", user if rol != "anoniem" else None)
