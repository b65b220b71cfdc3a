"""The subnav is rendered once per process for each set of rights and current item."""

import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _nav(client, pagina="reflectie:lijst") -> str:
    html = client.get(reverse(pagina)).content.decode()
    return html[html.index('<nav class="reflectie-subnav') :].split("</nav>")[0]


def test_each_reader_gets_their_own_items_and_the_current_page(client):
    client.force_login(UserFactory(griffie=True))
    griffie = _nav(client)
    client.force_login(UserFactory(raadslid=True))
    raadslid = _nav(client)
    client.logout()
    anoniem = _nav(client)
    lijst = reverse("reflectie:lijst")
    assert f'href="{lijst}" aria-current="page"' in griffie
    assert reverse("reflectie:griffie") in griffie and "Griffie-overzicht" in griffie
    assert "Griffie-overzicht" not in raadslid and "Alle onderwerpen" in raadslid
    assert "Onderwerp voorstellen" not in anoniem and "Het terras" in anoniem


def test_another_page_is_the_current_item(client):
    client.force_login(UserFactory(griffie=True))
    html = _nav(client, "reflectie:griffie")
    assert f'href="{reverse("reflectie:griffie")}" aria-current="page"' in html
    assert f'href="{reverse("reflectie:lijst")}" aria-current' not in html
