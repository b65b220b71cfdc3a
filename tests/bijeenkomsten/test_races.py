"""Two people at the same moment, each with their own connection: both want the last place, two
participants cancel at once, one double-clicks. The bijeenkomst's row lock puts them in a row."""

import pytest
from django.urls import reverse

from bijeenkomsten import services, views
from bijeenkomsten.models import Aanmelding, Status
from tests.conftest import Client
from tests.factories.accounts import UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory
from tests.gelijktijdig import gelijktijdig

pytestmark = pytest.mark.django_db(transaction=True)
# The first thread holds the bijeenkomst locked here while the second one starts.
NA_HET_SLOT = (services, "_vergrendeld")
# A sign-up through the page reads the bijeenkomst locked in the view (its rights checked on it).
NA_HET_SLOT_VAN_DE_PAGINA = (views, "_vergrendeld_of_404")


def _aanmelden(bijeenkomst, email):
    return lambda: services.aanmelden(bijeenkomst.pk, naam="Test", email=email, gebruiker=None)


def test_two_sign_ups_for_the_last_place_give_one_place_and_one_waiting(monkeypatch):
    bijeenkomst = BijeenkomstFactory(capaciteit=2)
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    gelijktijdig(
        monkeypatch,
        _aanmelden(bijeenkomst, "een@example.nl"),
        _aanmelden(bijeenkomst, "twee@example.nl"),
        wachtpunt=NA_HET_SLOT,
    )
    statussen = dict(bijeenkomst.aanmeldingen.values_list("email", "status"))
    assert statussen["een@example.nl"] == Status.GEPLAATST
    assert statussen["twee@example.nl"] == Status.WACHTLIJST


def test_two_cancellations_at_once_move_two_up_in_order(monkeypatch):
    bijeenkomst = BijeenkomstFactory(capaciteit=2)
    a, b = AanmeldingFactory.create_batch(2, bijeenkomst=bijeenkomst)
    wachtenden = AanmeldingFactory.create_batch(3, bijeenkomst=bijeenkomst, wachtend=True)
    gelijktijdig(
        monkeypatch,
        lambda: services.afmelden(a.pk),
        lambda: services.afmelden(b.pk),
        wachtpunt=NA_HET_SLOT,
    )
    geplaatst = set(bijeenkomst.aanmeldingen.filter(status=Status.GEPLAATST))
    assert geplaatst == set(wachtenden[:2])
    assert Aanmelding.objects.get(pk=wachtenden[2].pk).status == Status.WACHTLIJST


def test_a_double_click_on_aanmelden_is_one_sign_up(monkeypatch):
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    inwoner = UserFactory()
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])

    def klik():
        client = Client()
        client.force_login(inwoner)
        return client.post(url).status_code

    resultaten = gelijktijdig(monkeypatch, klik, klik, wachtpunt=NA_HET_SLOT_VAN_DE_PAGINA)
    assert resultaten == {"eerste": 302, "tweede": 302}
    assert bijeenkomst.aanmeldingen.get().status == Status.GEPLAATST


def test_a_double_click_without_an_account_is_one_sign_up(monkeypatch):
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    gegevens = {"naam": "Sanne de Wit", "email": "sanne@example.nl"}
    resultaten = gelijktijdig(
        monkeypatch,
        lambda: Client().post(url, gegevens).status_code,
        lambda: Client().post(url, gegevens).status_code,
        wachtpunt=NA_HET_SLOT_VAN_DE_PAGINA,
    )
    assert resultaten == {"eerste": 302, "tweede": 302}
    assert bijeenkomst.aanmeldingen.count() == 1
