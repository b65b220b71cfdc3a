"""The deelnemers and archetypen rows as a hand-made post sends them: a malformed count is a
Dutch error at the rows, a huge count costs at most the maximum number of rows."""

import pytest
from django.urls import reverse

from tests.factories.wijkafspraken import PraatplaatFactory

pytestmark = pytest.mark.django_db

MAX_RIJEN = {"deelnemers": 60, "archetypen": 30}
ONVOLLEDIG = "Het formulier is niet volledig verzonden."


@pytest.fixture
def gegevens(client, rollen, wijk):
    client.force_login(rollen["gebiedsteam"])
    praatplaat = PraatplaatFactory(wijk=wijk)
    return praatplaat, reverse("wijkafspraken:gegevens", args=[praatplaat.pk])


def _data(**tellingen):
    data = {"rol_raad": "proces", "rol_raad_toelichting": "", "evaluatie_op": ""}
    for prefix in MAX_RIJEN:
        data[f"{prefix}-TOTAL_FORMS"] = tellingen.get(prefix, "0")
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    return data


@pytest.mark.parametrize("prefix", MAX_RIJEN)
@pytest.mark.parametrize("telling", ["abc", "", "1e9"])
def test_a_malformed_count_is_a_dutch_error_not_a_500(client, gegevens, prefix, telling):
    praatplaat, url = gegevens
    response = client.post(url, _data(**{prefix: telling}))
    assert response.status_code == 200
    assert ONVOLLEDIG in response.content.decode()
    praatplaat.refresh_from_db()
    assert praatplaat.rol_raad != "proces"


@pytest.mark.parametrize("prefix", MAX_RIJEN)
def test_a_huge_count_builds_at_most_the_maximum_of_rows(client, gegevens, prefix):
    _, url = gegevens
    response = client.post(url, _data(**{prefix: "1000000"}))
    assert response.status_code == 200
    assert len(response.context[prefix].forms) <= MAX_RIJEN[prefix]
    assert f"Vul hier hoogstens {MAX_RIJEN[prefix]} regels in." in response.content.decode()


def test_the_maximum_of_deelnemers_is_saved_one_more_is_refused(client, gegevens):
    praatplaat, url = gegevens
    maximum = MAX_RIJEN["deelnemers"]

    def met_deelnemers(aantal):
        data = _data(deelnemers=str(aantal))
        for i in range(aantal):
            data[f"deelnemers-{i}-naam"] = f"Organisatie {i}"
            data[f"deelnemers-{i}-soort"] = "bewonersorganisatie"
        return data

    assert client.post(url, met_deelnemers(maximum + 1)).status_code == 200
    assert not praatplaat.deelnemers.exists()
    assert client.post(url, met_deelnemers(maximum)).status_code == 302
    assert praatplaat.deelnemers.count() == maximum
