"""The praatplaat's gegevens saved at the moment a new praatplaat is opened for the wijk (which
archives the running one), each request with its own connection: the save does not bring the
archived praatplaat back."""

import pytest
from django.urls import reverse

from tests.conftest import Client
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.wijkafspraken import PraatplaatFactory
from tests.gelijktijdig import gelijktijdig
from wijkafspraken.forms import GegevensForm
from wijkafspraken.models import Praatplaat

pytestmark = pytest.mark.django_db(transaction=True)


def _post(user, url, data):
    client = Client()
    client.force_login(user)
    return lambda: client.post(url, data).status_code


def test_saving_gegevens_while_a_new_praatplaat_opens_keeps_the_old_one_archived(monkeypatch):
    wijk = WijkFactory(dorp=True)
    team = UserFactory(gebiedsteam=True, gebieden=[wijk.gebied])
    oud = PraatplaatFactory(wijk=wijk)
    gegevens = {"rol_raad": "proces", "rol_raad_toelichting": "", "evaluatie_op": ""}
    for prefix in ("deelnemers", "archetypen"):
        gegevens.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})

    resultaten = gelijktijdig(
        monkeypatch,
        _post(team, reverse("wijkafspraken:gegevens", args=[oud.pk]), gegevens),
        _post(team, reverse("wijkafspraken:openen", args=[wijk.slug]), {}),
        wachtpunt=(GegevensForm, "is_valid"),
    )

    assert resultaten == {"eerste": 302, "tweede": 302}
    oud.refresh_from_db()
    assert oud.gearchiveerd_op is not None and oud.rol_raad == "proces"
    assert Praatplaat.objects.filter(wijk=wijk, gearchiveerd_op__isnull=True).count() == 1
