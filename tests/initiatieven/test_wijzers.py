"""Step 4's rechtsvorm and subsidie boxes lead to the matching kennisbank pages, after saving."""

import pytest
from django.urls import reverse

from tests.factories.initiatieven import InitiatiefFactory
from tests.factories.kennisbank import PaginaFactory

pytestmark = pytest.mark.django_db


def _stap_steun(initiatief):
    return reverse("initiatieven:stap", kwargs={"pk": initiatief.pk, "nummer": 4})


def test_the_step_offers_both_wijzers_after_its_own_buttons(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    html = client.get(_stap_steun(initiatief)).content.decode()
    verder = html.index('value="verder"')
    assert verder < html.index('value="lees_rechtsvorm"')  # Enter still means "verder"
    assert verder < html.index('value="lees_subsidie"')


@pytest.mark.parametrize("steun", ["rechtsvorm", "subsidie"])
def test_reading_a_wijzer_saves_the_draft_first(client, inwoner, steun):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    pagina = PaginaFactory(categorie=steun, titel=f"De {steun} wijzer")
    client.force_login(inwoner)
    data = {"gevraagde_steun": [steun], "verwacht_budget": "750", "actie": f"lees_{steun}"}
    response = client.post(_stap_steun(initiatief), data, follow=True)
    assert response.redirect_chain[-1][0] == reverse("kennisbank:categorie", args=[steun])
    assert pagina.titel in response.content.decode()
    assert initiatief.steun_codes == [steun]
    initiatief.refresh_from_db()
    assert initiatief.verwacht_budget == 750


def test_an_unknown_wijzer_is_just_saving_and_going_on(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    data = {"gevraagde_steun": ["ruimte"], "actie": "lees_ruimte"}
    response = client.post(_stap_steun(initiatief), data)
    assert response.url == reverse("initiatieven:stap", kwargs={"pk": initiatief.pk, "nummer": 5})


def test_invalid_input_is_shown_again_instead_of_leaving(client, inwoner):
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    client.force_login(inwoner)
    data = {"verwacht_budget": "-5", "actie": "lees_subsidie"}
    response = client.post(_stap_steun(initiatief), data)
    assert response.status_code == 200
    assert "Het budget kan niet negatief zijn." in response.content.decode()
