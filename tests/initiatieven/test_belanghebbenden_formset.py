"""The rows of step 3 as a hand-made post sends them: a malformed count is a Dutch error at the
rows (not a server error), and a huge count costs at most the maximum number of rows."""

import pytest
from django.urls import reverse

from initiatieven.models import Belanghebbende
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db

MAX_RIJEN = 50
ONVOLLEDIG = "Het formulier is niet volledig verzonden."


@pytest.fixture
def stap_3(client, inwoner):
    client.force_login(inwoner)
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    return reverse("initiatieven:stap", args=[initiatief.pk, 3])


def _rijen(aantal, totaal=None, initieel="0"):
    data = {
        "belanghebbenden-TOTAL_FORMS": str(aantal if totaal is None else totaal),
        "belanghebbenden-INITIAL_FORMS": initieel,
        "actie": "verder",
    }
    for i in range(aantal):
        data[f"belanghebbenden-{i}-naam"] = f"Groep {i}"
        data[f"belanghebbenden-{i}-belang"] = "Speelt hier"
    return data


MISVORMD = [{"totaal": "abc"}, {"initieel": "-"}, {"totaal": ""}, {"totaal": "1e9"}]


@pytest.mark.parametrize("telling", MISVORMD)
def test_a_malformed_count_is_a_dutch_error_not_a_500(client, stap_3, telling):
    response = client.post(stap_3, _rijen(1, **telling))
    assert response.status_code == 200
    assert ONVOLLEDIG in response.content.decode()
    assert not Belanghebbende.objects.exists()


@pytest.mark.parametrize("telling", MISVORMD)
def test_adding_a_row_to_a_malformed_count_is_no_500(client, stap_3, telling):
    response = client.post(stap_3, {**_rijen(1, **telling), "actie": "rij_toevoegen"})
    assert response.status_code == 200 and response.context["formset"].forms
    assert not Belanghebbende.objects.exists()


def test_a_post_without_counts_is_a_dutch_error(client, stap_3):
    data = {k: v for k, v in _rijen(1).items() if "FORMS" not in k}
    response = client.post(stap_3, data)
    assert response.status_code == 200 and ONVOLLEDIG in response.content.decode()


@pytest.mark.parametrize("actie", ["verder", "rij_toevoegen"])
def test_a_huge_count_builds_at_most_the_maximum_of_rows(client, stap_3, actie):
    response = client.post(stap_3, {**_rijen(2, totaal=1_000_000), "actie": actie})
    assert response.status_code == 200
    assert len(response.context["formset"].forms) <= MAX_RIJEN + 1
    assert f"Vul hier hoogstens {MAX_RIJEN} regels in." in response.content.decode()
    assert not Belanghebbende.objects.exists()


def test_the_maximum_of_rows_is_saved_one_more_is_refused(client, stap_3):
    response = client.post(stap_3, _rijen(MAX_RIJEN + 1))
    assert response.status_code == 200
    assert f"Vul hier hoogstens {MAX_RIJEN} regels in." in response.content.decode()
    assert not Belanghebbende.objects.exists()
    assert client.post(stap_3, _rijen(MAX_RIJEN)).status_code == 302
    assert Belanghebbende.objects.count() == MAX_RIJEN
