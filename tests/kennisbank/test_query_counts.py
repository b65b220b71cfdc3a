"""The kennisbank's pages run the same number of queries however many pages and versions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kennisbank import services
from tests.factories.kennisbank import PaginaFactory

pytestmark = pytest.mark.django_db


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def _vul(aantal, **velden):
    for _ in range(aantal):
        pagina = PaginaFactory(**velden)
        services.wijzig_pagina(pagina, door=None, tekst="Nieuwe tekst")


@pytest.mark.parametrize("naam", ["kennisbank:lijst", "kennisbank:categorie"])
def test_lists(client, naam):
    url = reverse(naam, args=["subsidie"] if naam.endswith("categorie") else [])
    _vul(2, subsidie=True)
    weinig = _count(client, url)
    _vul(20, subsidie=True)
    _vul(5)
    assert _count(client, url) == weinig


def test_a_page_and_its_history(client, django_user_model):
    pagina = PaginaFactory()
    pagina_url = pagina.get_absolute_url()
    versies_url = reverse("kennisbank:versies", args=[pagina.pk])
    weinig = _count(client, pagina_url), _count(client, versies_url)
    for nummer in range(15):
        services.wijzig_pagina(pagina, door=None, tekst=f"Versie {nummer}")
    assert (_count(client, pagina_url), _count(client, versies_url)) == weinig
