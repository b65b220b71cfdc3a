"""Het terras is public: everyone, also without an account, reads which topics residents raised
were chosen for reflection, and nothing personal about them."""

import pytest
from django.urls import reverse

from reflectie.choices import OnderwerpStatus
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.reflectie import AgendapuntFactory, OnderwerpFactory, SessieFactory

pytestmark = pytest.mark.django_db
URL = reverse("reflectie:terras")


def _main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_a_visitor_without_an_account_reads_the_chosen_topics(client):
    OnderwerpFactory(titel="Inspraak bij de wijkvernieuwing", status=OnderwerpStatus.GESELECTEERD)
    OnderwerpFactory(titel="Nog niet besproken", status=OnderwerpStatus.VOORGESTELD)
    OnderwerpFactory(titel="Niet gekozen", status=OnderwerpStatus.AFGEWEZEN)
    response = client.get(URL)
    assert response.status_code == 200
    main = _main(response)
    assert "Inspraak bij de wijkvernieuwing" in main
    assert "Nog niet besproken" not in main and "Niet gekozen" not in main
    assert "Log in" in main


def test_nothing_personal_or_private_is_shown(client):
    indiener = UserFactory(naam="Geertje Inwoner", email="geertje@example.nl")
    prive = InitiatiefFactory(concept=True, titel="Mijn geheime concept")
    besloten = SessieFactory(openbaar=False, titel="Besloten reflectiegroep")
    onderwerp = OnderwerpFactory(
        status=OnderwerpStatus.GESELECTEERD,
        voorgesteld_door=indiener,
        initiatief=prive,
        waarom="Mijn buurman Piet Jansen hoorde het te laat.",
        toelichting_besluit="Intern: besproken met de wethouder.",
    )
    AgendapuntFactory(sessie=besloten, onderwerp=onderwerp)
    main = _main(client.get(URL))
    for persoonlijk in [
        "Geertje",
        "geertje@example.nl",
        "Mijn geheime concept",
        "Piet Jansen",
        "Intern:",
        besloten.get_absolute_url(),
    ]:
        assert persoonlijk not in main


def test_a_public_session_that_discusses_it_is_linked(client):
    sessie = SessieFactory(openbaar=True)
    onderwerp = OnderwerpFactory(status=OnderwerpStatus.GESELECTEERD)
    AgendapuntFactory(sessie=sessie, onderwerp=onderwerp)
    assert f'href="{sessie.get_absolute_url()}"' in _main(client.get(URL))


def test_the_reflectie_pages_link_to_it_for_visitors(client):
    assert f'href="{URL}"' in client.get(reverse("reflectie:lijst")).content.decode()


def test_the_page_asks_the_same_queries_for_one_topic_or_twenty(client, django_assert_num_queries):
    def maak(n):
        for _ in range(n):
            onderwerp = OnderwerpFactory(status=OnderwerpStatus.GESELECTEERD)
            AgendapuntFactory(sessie=SessieFactory(openbaar=True), onderwerp=onderwerp)

    maak(1)
    client.get(URL)
    with django_assert_num_queries(2):
        client.get(URL)
    maak(19)
    with django_assert_num_queries(2):
        client.get(URL)
