import pytest

from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory, OrganisatieFactory


@pytest.fixture
def medewerker():
    return UserFactory(medewerker=True)


@pytest.fixture
def andere_gemeente(settings):
    """A second gemeente, reached at its own host name."""
    settings.ALLOWED_HOSTS = ["*"]
    return GemeenteFactory(andere=True)


@pytest.fixture
def zustergemeente(settings):
    """A second gemeente served by the same ambtelijke organisatie as Groningen."""
    settings.ALLOWED_HOSTS = ["*"]
    organisatie = OrganisatieFactory()
    groningen = GemeenteFactory()
    groningen.organisatie = organisatie
    groningen.save()
    return GemeenteFactory(andere=True, organisatie=organisatie)
