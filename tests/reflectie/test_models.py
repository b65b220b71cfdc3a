import pytest

from reflectie.models import Sessie
from tests.factories.accounts import UserFactory
from tests.factories.reflectie import SessieFactory

pytestmark = pytest.mark.django_db


def test_sequence_rises_on_every_save_and_uid_stays():
    sessie = SessieFactory()
    uid, sequence = sessie.uid, sessie.sequence
    sessie.titel = "Nieuwe titel"
    sessie.save()
    sessie.save(update_fields=["titel"])
    sessie.refresh_from_db()
    assert sessie.sequence == sequence + 2
    assert sessie.uid == uid


def test_genodigde_gebruikers_resolves_groups_in_one_query(django_assert_num_queries):
    persoonlijk = UserFactory(medewerker=True)
    raadsleden = UserFactory.create_batch(3, raadslid=True)
    UserFactory(collegelid=True)  # not invited
    UserFactory(raadslid=True, is_active=False)
    sessie = SessieFactory(genodigden=[persoonlijk], groepen=["raadsleden"])
    with django_assert_num_queries(1):
        genodigden = set(sessie.genodigde_gebruikers())
    assert genodigden == {persoonlijk, *raadsleden}


def test_uitgenodigd_via_groep_or_person_without_duplicates():
    raadslid = UserFactory(raadslid=True)
    beide = SessieFactory(genodigden=[raadslid], groepen=["raadsleden"])
    via_groep = SessieFactory(groepen=["raadsleden"])
    SessieFactory(groepen=["collegeleden"])
    assert list(Sessie.objects.uitgenodigd(raadslid)) == [beide, via_groep]


def test_zichtbaar_voor_bestuur_is_invited_plus_public():
    collegelid = UserFactory(collegelid=True)
    eigen = SessieFactory(groepen=["collegeleden"])
    openbaar = SessieFactory(openbare=True)
    SessieFactory(groepen=["raadsleden"])
    assert set(Sessie.objects.zichtbaar_voor(collegelid)) == {eigen, openbaar}


@pytest.mark.parametrize("rol", ["griffie", "medewerker"])
def test_griffie_and_staff_see_all_sessions(rol):
    gebruiker = UserFactory(**{rol: True})
    SessieFactory.create_batch(2)
    SessieFactory(openbare=True)
    assert Sessie.objects.zichtbaar_voor(gebruiker).count() == 3
