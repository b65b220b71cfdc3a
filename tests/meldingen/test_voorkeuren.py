import pytest
from django.urls import reverse

from participatiepunt.meldingen import kinds, voorkeuren
from participatiepunt.meldingen.kinds import Email
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import VolgFactory

pytestmark = pytest.mark.django_db


def _alles(email=Email.DIRECT, portaal=True):
    data = {f"{soort.key}__email": email for soort in kinds.soorten()}
    if portaal:
        data |= {f"{soort.key}__portaal": "on" for soort in kinds.soorten()}
    return data


def test_page_shows_every_kind_and_what_is_followed(client):
    volg = VolgFactory()
    client.force_login(volg.gebruiker)
    html = client.get(reverse("meldingen:voorkeuren")).content.decode()
    for soort in kinds.soorten():
        assert soort.label in html
    assert str(volg.onderwerp) in html
    assert "Niet meer volgen" in html


def test_save_choices_per_kind(client):
    gebruiker = UserFactory()
    client.force_login(gebruiker)
    data = _alles() | {"initiatief.update__email": Email.UIT}
    data.pop("initiatief.update__portaal")
    response = client.post(reverse("meldingen:voorkeuren"), data)
    assert response.status_code == 302
    keuze = voorkeuren.van_id(gebruiker.pk, "initiatief.update")
    assert (keuze.email, keuze.portaal) == (Email.UIT, False)
    assert voorkeuren.van_id(gebruiker.pk, "initiatief.status").email == Email.DIRECT


def test_bad_choice_is_reported_and_nothing_saved(client):
    gebruiker = UserFactory()
    client.force_login(gebruiker)
    response = client.post(reverse("meldingen:voorkeuren"), _alles(email="elk-uur"))
    assert response.status_code == 200
    assert "foutenoverzicht" in response.content.decode()
    assert not gebruiker.meldingvoorkeuren.exists()
