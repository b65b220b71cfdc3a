import pytest

from tests.factories.accounts import UserFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def inwoner():
    return UserFactory()


@pytest.fixture
def medewerker():
    return UserFactory(medewerker=True)
