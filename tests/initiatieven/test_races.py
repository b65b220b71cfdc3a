"""Two requests on one initiative at the same moment, each with its own connection: a step saved
while the draft is submitted, details corrected while the status changes. Neither undoes the
other."""

import re

import pytest
from django.urls import reverse

from initiatieven.choices import Status
from initiatieven.forms.beheer import GegevensForm, MijlpaalForm
from initiatieven.forms.concept import IdeeForm
from initiatieven.models import Initiatief, Mijlpaal, StatusWijziging
from tests.conftest import Client
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import BelanghebbendeFactory, InitiatiefFactory
from tests.gelijktijdig import gelijktijdig

pytestmark = pytest.mark.django_db(transaction=True)


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _post(client, url, data):
    return lambda: client.post(url, data).status_code


def test_saving_a_step_while_submitting_cannot_undo_the_submission(monkeypatch):
    inwoner = UserFactory()
    initiatief = InitiatiefFactory(concept=True, indiener=inwoner)
    BelanghebbendeFactory(initiatief=initiatief)
    stap_1 = reverse("initiatieven:stap", args=[initiatief.pk, 1])
    stap_6 = reverse("initiatieven:stap", args=[initiatief.pk, 6])
    idee = {"titel": "Speeltuin Lewenborg", "samenvatting": "Nieuw", "actie": "opslaan"}
    idee["beschrijving"] = initiatief.beschrijving
    indienen = {"privacy_akkoord": "on", "actie": "indienen"}

    resultaten = gelijktijdig(
        monkeypatch,
        _post(_client(inwoner), stap_1, idee),
        _post(_client(inwoner), stap_6, indienen),
        wachtpunt=(IdeeForm, "is_valid"),
    )

    assert resultaten == {"eerste": 302, "tweede": 302}
    initiatief.refresh_from_db()
    assert initiatief.status == Status.INGEDIEND and initiatief.ingediend_op
    assert initiatief.titel == "Speeltuin Lewenborg"  # saved before the submission
    assert StatusWijziging.objects.filter(initiatief=initiatief).count() == 1


def test_correcting_details_while_the_status_changes_keeps_the_new_status(monkeypatch):
    initiatief = InitiatiefFactory()
    gegevens = {
        "gegevens-titel": "Gecorrigeerde titel",
        "gegevens-samenvatting": initiatief.samenvatting,
        "gegevens-beschrijving": initiatief.beschrijving,
        "gegevens-thema": initiatief.thema,
        "gegevens-wijk": initiatief.wijk_id,
        "gegevens-soort_initiatiefnemer": initiatief.soort_initiatiefnemer,
        "gegevens-reden": "Tikfout in de titel",
    }
    status = {"naar": Status.IN_GESPREK, "toelichting": ""}

    resultaten = gelijktijdig(
        monkeypatch,
        _post(
            _client(UserFactory(medewerker=True)),
            reverse("initiatieven:beheer_gegevens", args=[initiatief.pk]),
            gegevens,
        ),
        _post(
            _client(UserFactory(medewerker=True)),
            reverse("initiatieven:beheer_actie", args=[initiatief.pk, "status"]),
            status,
        ),
        wachtpunt=(GegevensForm, "is_valid"),
    )

    assert resultaten == {"eerste": 302, "tweede": 302}
    initiatief = Initiatief.objects.get(pk=initiatief.pk)
    assert (initiatief.status, initiatief.titel) == (Status.IN_GESPREK, "Gecorrigeerde titel")


def test_a_double_click_on_mijlpaal_toevoegen_makes_one(monkeypatch):
    """Both posts at the same moment with the token of one rendered form: the second waits for
    the first to commit, then does nothing and leads where the first led."""
    initiatief = InitiatiefFactory(in_gesprek=True)
    medewerker = _client(UserFactory(medewerker=True))
    beheer = medewerker.get(reverse("initiatieven:beheer", args=[initiatief.pk]))
    token = re.search(r'name="formulier_token" value="(\w+)"', beheer.content.decode()).group(1)
    url = reverse("initiatieven:beheer_actie", args=[initiatief.pk, "mijlpaal"])
    data = {"titel": "Raadsbesluit", "verwachte_datum": "2031-03-01", "formulier_token": token}

    resultaten = gelijktijdig(
        monkeypatch,
        _post(medewerker, url, data),
        _post(medewerker, url, data),
        wachtpunt=(MijlpaalForm, "is_valid"),
    )

    assert resultaten == {"eerste": 302, "tweede": 302}
    assert Mijlpaal.objects.filter(initiatief=initiatief).count() == 1
