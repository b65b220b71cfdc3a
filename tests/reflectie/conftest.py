import pytest
from django.contrib.auth.models import AnonymousUser

from tests.factories.accounts import UserFactory

ROLLEN = ["anoniem", "inwoner", "medewerker", "gebiedsteam", "griffie", "raadslid", "collegelid"]


def maak_gebruiker(rol):
    if rol == "anoniem":
        return AnonymousUser()
    if rol == "inwoner":
        return UserFactory()
    return UserFactory(**{rol: True})


@pytest.fixture
def gebruiker_met_rol(db):
    return maak_gebruiker


@pytest.fixture
def gepubliceerd(monkeypatch):
    """Every publish() call of reflectie, as (soort, onderwerp, kwargs)."""
    calls = []
    monkeypatch.setattr(
        "reflectie.notify.publish", lambda soort, obj, **kw: calls.append((soort, obj, kw))
    )
    return calls
