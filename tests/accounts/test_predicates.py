"""The role predicates as a matrix: every role against every predicate."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participatiepunt.accounts import predicates
from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.gebieden import GebiedFactory, WijkFactory

ROLES = {
    "anoniem": None,
    "inwoner": {},
    "medewerker": {"medewerker": True},
    "gebiedsteam": {"gebiedsteam": True},
    "griffie": {"griffie": True},
    "raadslid": {"raadslid": True},
}
EXPECTED = {
    "is_inwoner": {"inwoner"},
    "is_medewerker": {"medewerker"},
    "is_gebiedsteam": {"gebiedsteam"},
    "is_griffie": {"griffie"},
    "is_bestuur": {"raadslid"},
    "is_logged_in": set(ROLES) - {"anoniem"},
    "is_staff_role": {"medewerker", "gebiedsteam", "griffie"},
}


def _user(role):
    return AnonymousUser() if ROLES[role] is None else UserFactory(**ROLES[role])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", EXPECTED)
def test_role_predicate_matrix(role, name):
    assert getattr(predicates, name)(_user(role)) is (role in EXPECTED[name])


@pytest.mark.django_db
def test_gebiedsteam_member_only_of_own_gebied():
    oost, west = GebiedFactory(), GebiedFactory()
    member = UserFactory(gebiedsteam=True, gebieden=[oost])
    assert predicates.is_gebiedsteam_van(member, oost)
    assert not predicates.is_gebiedsteam_van(member, west)
    assert not predicates.is_gebiedsteam_van(UserFactory(medewerker=True), oost)


@pytest.mark.django_db
def test_gebied_ids_read_from_the_link_table_alone():
    """Only the ids are needed: no join with the gebieden and no ordering by their name (the
    praatplaat asks this on every visit)."""
    oost, west = GebiedFactory(), GebiedFactory()
    member = UserFactory(gebiedsteam=True, gebieden=[oost, west])
    with CaptureQueriesContext(connection) as captured:
        assert predicates.gebied_ids(member) == {oost.pk, west.pk}
        assert predicates.gebied_ids(member) == {oost.pk, west.pk}  # once per user object
    [query] = captured.captured_queries
    assert "JOIN" not in query["sql"]
    assert "ORDER BY" not in query["sql"]


@pytest.mark.django_db
def test_inactive_user_has_no_role():
    assert not predicates.is_medewerker(UserFactory(medewerker=True, is_active=False))


@pytest.mark.django_db
def test_bewonersorganisatie_lid_only_of_its_own_wijken():
    lid, buurman = UserFactory(), UserFactory()
    organisatie = BewonersorganisatieFactory(leden=[lid])
    eigen, andere = organisatie.wijken.get(), WijkFactory()
    assert predicates.is_bewonersorganisatie(lid)
    assert predicates.is_bewonersorganisatie_van(lid, eigen)
    assert not predicates.is_bewonersorganisatie_van(lid, andere)
    assert not predicates.is_bewonersorganisatie(buurman)
    assert not predicates.is_bewonersorganisatie_van(buurman, eigen)
    assert not predicates.is_bewonersorganisatie(AnonymousUser())


@pytest.mark.django_db
def test_inactive_lid_speaks_for_no_bewonersorganisatie():
    lid = UserFactory(is_active=False)
    organisatie = BewonersorganisatieFactory(leden=[lid])
    assert not predicates.is_bewonersorganisatie_van(lid, organisatie.wijken.get())
