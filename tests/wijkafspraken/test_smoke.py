import pytest
from django.urls import reverse

from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.django_db


def test_pages_render(client):
    praatplaat = PraatplaatFactory(compleet=True)
    AfspraakFactory(praatplaat=praatplaat)
    user = UserFactory(gebiedsteam=True, gebieden=[praatplaat.wijk.gebied])
    medeondertekend(praatplaat)
    versie = services.vaststellen(praatplaat, door=user)
    client.force_login(user)
    pk = praatplaat.pk
    for url in [
        reverse("wijkafspraken:overzicht"),
        reverse("wijkafspraken:dashboard"),
        praatplaat.wijk.get_absolute_url(),
        reverse("wijkafspraken:afdrukken", args=[praatplaat.wijk.slug]),
        reverse("wijkafspraken:openen", args=[praatplaat.wijk.slug]),
        reverse("wijkafspraken:praatplaat", args=[pk]),
        reverse("wijkafspraken:gegevens", args=[pk]),
        reverse("wijkafspraken:vragen", args=[pk, "k.stem"]),
        reverse("wijkafspraken:afspraak_nieuw", args=[pk]),
        reverse("wijkafspraken:vaststellen", args=[pk]),
        reverse("wijkafspraken:evaluatie", args=[pk]),
        versie.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
