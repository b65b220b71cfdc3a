import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory


@pytest.mark.django_db
def test_home_explains_the_participatiepunt(client):
    response = client.get(reverse("portal:home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="nl"' in html
    assert 'href="#inhoud"' in html
    assert "Zo start u een initiatief" in html
    assert "Inloggen" in html


@pytest.mark.django_db
@pytest.mark.parametrize("trait", ["medewerker", "gebiedsteam", "griffie", "raadslid", None])
def test_home_for_each_role_uses_a_bounded_number_of_queries(
    client, django_assert_max_num_queries, trait
):
    user = UserFactory(**({trait: True} if trait else {}))
    client.force_login(user)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    assert "Uitloggen" in response.content.decode()


@pytest.mark.django_db
def test_unknown_page_answers_in_dutch(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_server_error_page_renders_without_a_database(rf):
    from participatiepunt.portal.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
