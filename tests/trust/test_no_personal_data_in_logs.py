"""No personal data (e-mail, name, phone) in logs or URLs: unique values are seeded, the main
journeys run at client level with every logger at DEBUG (SQL logging off: it shows parameters
by design), and neither the captured logs nor any requested or redirected URL contains them."""

import logging
import re

import pytest
from django.test import Client
from django.urls import reverse

from initiatieven.models import Initiatief
from participatiepunt.accounts.models import User
from tests.factories.accounts import UserFactory, totp_code
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory

EMAIL = "zwaantje.qx7@voorbeeld.nl"
NAAM = "Zwaantje Qwerbeek"
TELEFOON = "06-98765432"
WACHTWOORD = "Zuiderdiep-Wandeling-93"
GEHEIM = [EMAIL, "zwaantje", "qwerbeek", "98765432", WACHTWOORD.lower()]


class UrlRecordingClient(Client):
    def __init__(self):
        super().__init__()
        self.urls = []

    def request(self, **request):
        response = super().request(**request)
        self.urls += [request["PATH_INFO"] + "?" + request.get("QUERY_STRING", "")]
        self.urls += [response.get("Location", "")]
        return response


def _signup_and_verify(client, mailoutbox):
    client.post(
        reverse("account_signup"),
        {"email": EMAIL, "naam": NAAM, "password1": WACHTWOORD, "password2": WACHTWOORD},
    )
    link = re.search(r"http://testserver(/account/confirm-email/\S+/)", mailoutbox[-1].body)
    client.post(link.group(1))


def _resident_journey(client, mailoutbox):
    _signup_and_verify(client, mailoutbox)
    client.post(reverse("account_login"), {"login": EMAIL, "password": "fout-wachtwoord-42"})
    client.post(reverse("account_login"), {"login": EMAIL, "password": WACHTWOORD})
    assert "_auth_user_id" in client.session, "de inwoner is niet ingelogd"
    client.post(reverse("accounts:profiel"), {"naam": f"{NAAM} tel {TELEFOON}"})
    client.post(
        reverse("initiatieven:nieuw"),
        {"titel": f"Moestuin van {NAAM}", "samenvatting": f"Bel {TELEFOON}", "actie": "verder"},
    )
    for name in ["portal:home", "initiatieven:mijn", "accounts:gegevens", "initiatieven:lijst"]:
        client.get(reverse(name))
    client.get("/bestaat-niet/")
    assert Initiatief.objects.filter(titel=f"Moestuin van {NAAM}").exists()
    client.post(reverse("accounts:verwijderen"), {"wachtwoord": WACHTWOORD, "bevestig": "on"})
    assert not User.objects.filter(email=EMAIL).exists()


def _staff_journey(client):
    staff = UserFactory(medewerker=True, email="medewerker.qx7@voorbeeld.nl", naam=NAAM)
    InitiatiefFactory(wijk=WijkFactory(), indiener=UserFactory(email="indiener.qx7@voorbeeld.nl"))
    client.post(reverse("account_login"), {"login": staff.email, "password": "fout-wachtwoord"})
    client.post(
        reverse("account_login"), {"login": staff.email, "password": "een-lang-testwachtwoord"}
    )
    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert client.get(reverse("initiatieven:intake")).status_code == 200
    client.get(reverse("admin:index"))


@pytest.mark.django_db
def test_journeys_leave_no_personal_data_in_logs_or_urls(caplog, mailoutbox):
    logging.getLogger("django.db.backends").setLevel(logging.WARNING)
    caplog.set_level(logging.DEBUG)
    resident, staff = UrlRecordingClient(), UrlRecordingClient()
    _resident_journey(resident, mailoutbox)
    _staff_journey(staff)
    logged = "\n".join(
        f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}"
        for r in caplog.records
        if not r.name.startswith(("django.db.backends", "factory"))  # SQL; test set-up
    ).lower()
    urls = "\n".join(resident.urls + staff.urls).lower()
    assert caplog.records, "de logging werd niet opgevangen"
    for waarde in GEHEIM + ["medewerker.qx7", "indiener.qx7"]:
        assert waarde not in logged, f"{waarde} staat in de logging"
        assert waarde not in urls, f"{waarde} staat in een URL"
