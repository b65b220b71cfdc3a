import pytest
from django.contrib.auth.models import AnonymousUser

from participatiepunt.portal.navigation import items_for
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _labels(user):
    return {item["label"] for item in items_for(user, "/")}


@pytest.mark.parametrize(
    "traits,mijn,intake",
    [
        (None, False, False),
        ({}, True, False),
        ({"medewerker": True}, True, True),
        ({"gebiedsteam": True}, True, True),
        ({"griffie": True}, True, False),
    ],
)
def test_initiatieven_in_the_navigation(traits, mijn, intake):
    user = AnonymousUser() if traits is None else UserFactory(**traits)
    labels = _labels(user)
    assert {"Initiatieven", "Jaarkalender"} <= labels
    assert ("Mijn initiatieven" in labels) is mijn
    assert ("Intake" in labels) is intake
