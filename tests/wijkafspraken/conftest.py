import pytest

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, WijkFactory


@pytest.fixture
def wijk(db):
    return WijkFactory(dorp=True)


@pytest.fixture
def rollen(wijk):
    """One user per role; 'gebiedsteam' works in the wijk's gebied, 'ander_team' elsewhere."""
    return {
        "anoniem": None,
        "inwoner": UserFactory(),
        "medewerker": UserFactory(medewerker=True),
        "gebiedsteam": UserFactory(gebiedsteam=True, gebieden=[wijk.gebied]),
        "ander_team": UserFactory(gebiedsteam=True, gebieden=[GebiedFactory()]),
        "griffie": UserFactory(griffie=True),
        "raadslid": UserFactory(raadslid=True),
    }


@pytest.fixture
def als(rollen):
    from django.contrib.auth.models import AnonymousUser

    def user(rol):
        return rollen[rol] or AnonymousUser()

    return user
