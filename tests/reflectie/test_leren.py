import pytest
from django.urls import reverse

from reflectie.models import Les
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import LesFactory, SessieFactory, VerslagFactory
from tests.factories.wijkafspraken import PraatplaatFactory

pytestmark = pytest.mark.django_db


def test_staff_writes_verslag_and_lesson_linked_to_initiative(client):
    sessie = SessieFactory(voorbij=True)
    initiatief = InitiatiefFactory(in_gesprek=True)
    client.force_login(UserFactory(medewerker=True))
    url = reverse("reflectie:verslag", args=[sessie.pk])
    client.post(url, {"actie": "verslag", "tekst": "Goed gesprek over rollen."})
    client.post(
        url, {"actie": "les", "les-titel": "Begin bij de casus", "les-initiatief": initiatief.pk}
    )
    assert sessie.verslag.tekst == "Goed gesprek over rollen."
    assert Les.objects.get(sessie=sessie).initiatief == initiatief


def test_lesson_links_one_casus_only(client):
    sessie = SessieFactory(voorbij=True)
    client.force_login(UserFactory(medewerker=True))
    response = client.post(
        reverse("reflectie:verslag", args=[sessie.pk]),
        {
            "actie": "les",
            "les-titel": "Les",
            "les-initiatief": InitiatiefFactory(in_gesprek=True).pk,
            "les-praatplaat": PraatplaatFactory().pk,
        },
    )
    assert response.status_code == 200
    assert "niet allebei" in response.content.decode()


def test_griffie_cannot_write_verslag(client):
    sessie = SessieFactory(voorbij=True)
    client.force_login(UserFactory(griffie=True))
    assert client.get(reverse("reflectie:verslag", args=[sessie.pk])).status_code == 403


def test_search_across_sessions_only_what_user_may_see(client):
    LesFactory(titel="Wees helder over kaders", sessie=SessieFactory(voorbij=True, openbare=True))
    LesFactory(titel="Kaders in besloten sessie", sessie=SessieFactory(voorbij=True))
    VerslagFactory(
        tekst="De kaders waren onduidelijk", sessie=SessieFactory(voorbij=True, openbare=True)
    )
    LesFactory(titel="Iets anders", sessie=SessieFactory(voorbij=True, openbare=True))
    client.force_login(UserFactory())
    response = client.get(reverse("reflectie:leren"), {"q": "kaders"})
    assert [les.titel for les in response.context["lessen"]] == ["Wees helder over kaders"]
    assert len(response.context["verslagen"]) == 1
    client.force_login(UserFactory(griffie=True))
    response = client.get(reverse("reflectie:leren"), {"q": "kaders"})
    assert len(response.context["lessen"]) == 2


@pytest.mark.parametrize("rol", [{}, {"griffie": True}, {"raadslid": True}])
def test_a_lesson_about_a_praatplaat_links_to_a_page_its_reader_may_open(client, rol):
    """The praatplaat's working page is the gebiedsteam's; the wijk's page is everyone's."""
    praatplaat = PraatplaatFactory()
    LesFactory(
        titel="Vroeg beginnen",
        praatplaat=praatplaat,
        sessie=SessieFactory(voorbij=True, openbare=True),
    )
    client.force_login(UserFactory(**rol))
    html = client.get(reverse("reflectie:leren"), {"q": "vroeg"}).content.decode()
    link = reverse("wijkafspraken:wijk", args=[praatplaat.wijk.slug])
    assert f'href="{link}"' in html
    assert client.get(link).status_code == 200
