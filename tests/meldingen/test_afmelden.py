"""One-click unsubscribe (RFC 8058): signed link, no login, POST without CSRF token."""

import pytest
from django.core import mail
from django.test import Client

from participatiepunt.meldingen import afmelden, voorkeuren
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.kinds import Email
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory, VoorkeurFactory

pytestmark = pytest.mark.django_db


def _pad(url):
    return url.removeprefix("http://testserver")


@pytest.fixture
def volger():
    return VolgFactory().gebruiker


def test_get_shows_a_confirm_page_and_changes_nothing(client, volger):
    response = client.get(_pad(afmelden.url(volger.pk, "initiatief.status")))
    assert response.status_code == 200
    assert "Ja, meld mij af" in response.content.decode()
    assert voorkeuren.van_id(volger.pk, "initiatief.status").email == Email.DIRECT


def test_one_click_post_from_a_mail_client_without_csrf_or_login(volger):
    client = Client(enforce_csrf_checks=True)
    url = _pad(afmelden.url(volger.pk, "initiatief.status"))
    response = client.post(url, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200
    assert voorkeuren.van_id(volger.pk, "initiatief.status").email == Email.UIT
    assert voorkeuren.van_id(volger.pk, "initiatief.update").email == Email.WEKELIJKS


def test_portal_choice_is_kept(volger):
    VoorkeurFactory(gebruiker=volger, soort="initiatief.status", email=Email.DIRECT, portaal=False)
    afmelden.meld_af(volger.pk, "initiatief.status")
    keuze = voorkeuren.van_id(volger.pk, "initiatief.status")
    assert (keuze.email, keuze.portaal) == (Email.UIT, False)


def test_digest_link_switches_every_weekly_kind_off(volger):
    afmelden.meld_af(volger.pk, afmelden.OVERZICHT)
    assert voorkeuren.van_id(volger.pk, "initiatief.update").email == Email.UIT
    assert voorkeuren.van_id(volger.pk, "initiatief.status").email == Email.DIRECT


@pytest.mark.parametrize("token", ["onzin", afmelden.token(1, "initiatief.status") + "x"])
def test_tampered_link_is_refused(client, token):
    response = client.post(f"/meldingen/afmelden/{token}/")
    assert response.status_code == 400
    assert "werkt niet" in response.content.decode()


def test_every_mail_carries_the_link_and_headers(django_capture_on_commit_callbacks):
    wijk = WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.status", wijk, titel="Nieuws", url="/x/")
    bericht = mail.outbox[0]
    url = afmelden.url(volger.pk, "initiatief.status")
    assert bericht.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert bericht.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in bericht.body
    assert url in bericht.alternatives[0].content
    assert "http://testserver/x/" in bericht.body
