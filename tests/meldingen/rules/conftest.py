import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories.accounts import UserFactory

ROLLEN = ["anoniem", "inwoner", "inactief", "medewerker", "gebiedsteam", "griffie", "raadslid"]


@pytest.fixture
def gebruiker():
    def _maak(rol):
        if rol == "anoniem":
            return AnonymousUser()
        if rol == "inactief":
            return UserFactory(is_active=False)
        if rol == "inwoner":
            return UserFactory()
        return UserFactory(**{rol: True})

    return _maak
