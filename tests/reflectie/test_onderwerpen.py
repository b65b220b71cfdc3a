import pytest
from django.urls import reverse

from reflectie.choices import OnderwerpStatus
from reflectie.models import Onderwerp
from tests.factories.accounts import UserFactory
from tests.factories.reflectie import AgendapuntFactory, OnderwerpFactory, SessieFactory

pytestmark = pytest.mark.django_db


def test_resident_proposes_topic_and_sees_it(client):
    inwoner = UserFactory()
    client.force_login(inwoner)
    response = client.post(
        reverse("reflectie:voorstellen"), {"titel": "Straat herinrichting", "waarom": "Te laat"}
    )
    assert response.status_code == 302
    onderwerp = Onderwerp.objects.get()
    assert onderwerp.voorgesteld_door == inwoner
    html = client.get(reverse("reflectie:mijn_onderwerpen")).content.decode()
    assert "Straat herinrichting" in html and "nog niet besproken" in html


def test_proposal_needs_a_why(client):
    client.force_login(UserFactory())
    response = client.post(reverse("reflectie:voorstellen"), {"titel": "Iets"})
    assert response.status_code == 200
    assert 'href="#id_waarom"' in response.content.decode()


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("reflectie:voorstellen"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_others_topic_is_404_for_resident(client):
    client.force_login(UserFactory())
    assert client.get(OnderwerpFactory().get_absolute_url()).status_code == 404


def test_staff_selects_and_proposer_hears_it(client, gepubliceerd):
    onderwerp = OnderwerpFactory()
    client.force_login(UserFactory(medewerker=True))
    response = client.post(
        onderwerp.get_absolute_url(), {"besluit": "selecteren", "toelichting": "Goed idee"}
    )
    assert response.status_code == 302
    onderwerp.refresh_from_db()
    assert onderwerp.status == OnderwerpStatus.GESELECTEERD
    soort, obj, kwargs = gepubliceerd[-1]
    assert (soort, obj, kwargs["ontvangers"], kwargs["verplicht"]) == (
        "onderwerp.besluit",
        onderwerp,
        [onderwerp.voorgesteld_door],
        True,
    )


def test_declining_needs_an_explanation(client, gepubliceerd):
    onderwerp = OnderwerpFactory()
    client.force_login(UserFactory(medewerker=True))
    response = client.post(onderwerp.get_absolute_url(), {"besluit": "afwijzen"})
    assert response.status_code == 200
    onderwerp.refresh_from_db()
    assert onderwerp.is_voorgesteld and not gepubliceerd


def test_griffie_sees_topics_but_cannot_decide(client):
    onderwerp = OnderwerpFactory()
    client.force_login(UserFactory(griffie=True))
    assert client.get(reverse("reflectie:onderwerpen")).status_code == 200
    client.post(onderwerp.get_absolute_url(), {"besluit": "selecteren"})
    onderwerp.refresh_from_db()
    assert onderwerp.is_voorgesteld


def test_proposer_sees_on_which_agendas_it_landed(client):
    inwoner = UserFactory()
    onderwerp = OnderwerpFactory(voorgesteld_door=inwoner, geselecteerd=True)
    AgendapuntFactory(onderwerp=onderwerp, sessie=SessieFactory(openbare=True))
    AgendapuntFactory(onderwerp=onderwerp, sessie=SessieFactory(titel="Besloten titel"))
    client.force_login(inwoner)
    html = client.get(reverse("reflectie:mijn_onderwerpen")).content.decode()
    assert html.count("reflectiegroep op") == 2
    assert "Besloten titel" not in html


@pytest.mark.parametrize("aantal", [1, 8])
def test_topic_lists_query_count(client, aantal, django_assert_max_num_queries):
    inwoner = UserFactory()
    for onderwerp in OnderwerpFactory.create_batch(aantal, voorgesteld_door=inwoner):
        AgendapuntFactory(onderwerp=onderwerp)
    client.force_login(inwoner)
    with django_assert_max_num_queries(8):
        client.get(reverse("reflectie:mijn_onderwerpen"))
    client.force_login(UserFactory(medewerker=True))
    with django_assert_max_num_queries(10):
        client.get(reverse("reflectie:onderwerpen"))


def test_raadsleden_react_and_advise_and_staff_read_it_before_deciding(client):
    inwoner = UserFactory(naam="Gerda Voorsteller")
    onderwerp = OnderwerpFactory(voorgesteld_door=inwoner, titel="Inspraak bij de ringweg")
    raadslid = UserFactory(raadslid=True, naam="Koen Raadslid")
    client.force_login(raadslid)
    assert (
        "Inspraak bij de ringweg" in client.get(reverse("reflectie:onderwerpen")).content.decode()
    )
    page = client.get(onderwerp.get_absolute_url()).content.decode()
    assert "Uw reactie als raadslid" in page and "Gerda" not in page
    response = client.post(onderwerp.get_absolute_url(), {"advies": "", "tekst": "Belangrijk"})
    html = response.content.decode()
    assert "Kies uw advies." in html and "Belangrijk" in html
    data = {"advies": "selecteren", "tekst": "Raakt\r\nde hele raad."}
    assert client.post(onderwerp.get_absolute_url(), data).status_code == 302
    data["advies"] = "niet_selecteren"
    client.post(onderwerp.get_absolute_url(), data)  # changes the one reaction
    reactie = onderwerp.reacties.get()
    assert (reactie.advies, reactie.tekst) == ("niet_selecteren", "Raakt\nde hele raad.")
    onderwerp.refresh_from_db()
    assert onderwerp.is_voorgesteld  # a raadslid advises, staff decide
    client.force_login(UserFactory(medewerker=True))
    page = client.get(onderwerp.get_absolute_url()).content.decode()
    assert "Koen Raadslid" in page and "niet selecteren" in page and "Besluit vastleggen" in page


def test_a_collegelid_does_not_react(client):
    onderwerp = OnderwerpFactory()
    client.force_login(UserFactory(collegelid=True))
    assert client.post(onderwerp.get_absolute_url(), {"advies": "selecteren"}).status_code == 404
    assert not onderwerp.reacties.exists()
