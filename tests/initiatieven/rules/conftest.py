"""Role x status matrix helpers: each test file states, per permission, who may what."""

import pytest
from django.contrib.auth.models import AnonymousUser

from initiatieven.choices import Status
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

ROLLEN = [
    "anoniem",
    "indiener",
    "andere_inwoner",
    "medewerker",
    "gebiedsteam_eigen_gebied",
    "gebiedsteam_ander_gebied",
    "griffie",
    "raadslid",
]
STATUSSEN = list(Status)
OPENBAAR = {Status.IN_GESPREK, Status.KADERS_VASTGESTELD, Status.IN_UITVOERING, Status.AFGEROND}
LOPEND = {Status.INGEDIEND, *OPENBAAR} - {Status.AFGEROND}
INGEDIEND = set(STATUSSEN) - {Status.CONCEPT}


@pytest.fixture
def maak():
    """maak(rol, status) -> (user, initiatief)"""

    def _maak(rol, status):
        gebied = GebiedFactory()
        initiatief = InitiatiefFactory(status=status, wijk=WijkFactory(gebied=gebied))
        users = {
            "anoniem": lambda: AnonymousUser(),
            "indiener": lambda: initiatief.indiener,
            "andere_inwoner": lambda: UserFactory(),
            "medewerker": lambda: UserFactory(medewerker=True),
            "gebiedsteam_eigen_gebied": lambda: UserFactory(gebiedsteam=True, gebieden=[gebied]),
            "gebiedsteam_ander_gebied": lambda: UserFactory(
                gebiedsteam=True, gebieden=[GebiedFactory()]
            ),
            "griffie": lambda: UserFactory(griffie=True),
            "raadslid": lambda: UserFactory(raadslid=True),
        }
        return users[rol](), initiatief

    return _maak
