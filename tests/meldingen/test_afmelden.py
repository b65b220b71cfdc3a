"""Unsubscribing without logging in (RFC 8058): an encrypted, signed link that expires; from a
followed item's mail the choice of only this item or this kind for everything, each doing what
it says; a one-click POST from a mail client without CSRF token."""

import base64
import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

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


def test_the_link_shows_no_account_id():
    token = afmelden.token(4711, "initiatief.status")
    ruw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    assert b"4711" not in ruw and b"initiatief" not in ruw
    assert "4711" not in token


def test_the_link_expires(client, volger, settings, time_machine):
    url = _pad(afmelden.url(volger.pk, "initiatief.status"))
    dagen = settings.MELDINGEN_AFMELDEN_GELDIG_DAGEN
    time_machine.move_to(timezone.now() + datetime.timedelta(days=dagen - 1))
    assert client.get(url).status_code == 200
    time_machine.move_to(timezone.now() + datetime.timedelta(days=2))
    response = client.post(url)
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    assert voorkeuren.van_id(volger.pk, "initiatief.status").email == Email.DIRECT


def _twee_gevolgde_wijken():
    eerste, tweede = WijkFactory(naam="Paddepoel"), WijkFactory(naam="Selwerd")
    volger = VolgFactory(onderwerp=eerste).gebruiker
    VolgFactory(onderwerp=tweede, gebruiker=volger)
    return volger, eerste, tweede


def _nieuws(*wijken, capture):
    mail.outbox.clear()
    with capture(execute=True):
        for wijk in wijken:
            publish("praatplaat.gewijzigd", wijk, titel=f"Nieuws uit {wijk}", url="/w/")
    return sorted(bericht.subject.removeprefix("[Participatiepunt] ") for bericht in mail.outbox)


def _afmeldlink(bericht) -> str:
    return _pad(bericht.extra_headers["List-Unsubscribe"].strip("<>"))


def test_the_mail_of_a_followed_item_offers_both_choices(
    client, django_capture_on_commit_callbacks
):
    volger, eerste, _ = _twee_gevolgde_wijken()
    _nieuws(eerste, capture=django_capture_on_commit_callbacks)
    html = client.get(_afmeldlink(mail.outbox[0])).content.decode()
    assert "Alleen ‘Paddepoel’ niet meer volgen" in html
    assert "bij alles wat ik volg" in html


def test_only_this_item_stops_that_item_and_nothing_else(
    client, django_capture_on_commit_callbacks
):
    volger, eerste, tweede = _twee_gevolgde_wijken()
    _nieuws(eerste, capture=django_capture_on_commit_callbacks)
    response = client.post(_afmeldlink(mail.outbox[0]), {"keuze": "item"})
    assert "U volgt <strong>‘Paddepoel’</strong> niet meer" in response.content.decode()
    ontvangen = _nieuws(eerste, tweede, capture=django_capture_on_commit_callbacks)
    assert ontvangen == ["Nieuws uit Selwerd"]


def test_this_kind_for_everything_stops_it_on_every_item(
    client, django_capture_on_commit_callbacks
):
    volger, eerste, tweede = _twee_gevolgde_wijken()
    _nieuws(eerste, capture=django_capture_on_commit_callbacks)
    client.post(_afmeldlink(mail.outbox[0]), {"keuze": "soort"})
    assert _nieuws(eerste, tweede, capture=django_capture_on_commit_callbacks) == []
    with django_capture_on_commit_callbacks(execute=True):
        publish("praatplaat.vastgesteld", tweede, titel="Een andere soort", url="/w/")
    assert [b.subject for b in mail.outbox] == ["[Participatiepunt] Een andere soort"]


def test_one_click_from_a_followed_items_mail_stops_only_that_item(
    django_capture_on_commit_callbacks,
):
    volger, eerste, tweede = _twee_gevolgde_wijken()
    _nieuws(eerste, capture=django_capture_on_commit_callbacks)
    client = Client(enforce_csrf_checks=True)
    client.post(
        _afmeldlink(mail.outbox[0]), "List-Unsubscribe=One-Click", content_type="text/plain"
    )
    ontvangen = _nieuws(eerste, tweede, capture=django_capture_on_commit_callbacks)
    assert ontvangen == ["Nieuws uit Selwerd"]


def test_every_mail_carries_the_link_and_headers(django_capture_on_commit_callbacks):
    wijk = WijkFactory()
    VolgFactory(onderwerp=wijk)
    with django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.status", wijk, titel="Nieuws", url="/x/")
    bericht = mail.outbox[0]
    url = bericht.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("http://testserver/meldingen/afmelden/")
    assert bericht.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in bericht.body
    assert url in bericht.alternatives[0].content
    assert "http://testserver/x/" in bericht.body


def test_the_key_is_derived_once_per_secret_key(settings):
    assert afmelden._fernet() is afmelden._fernet()  # not again for every mail of a fan-out
    token = afmelden.token(7, "initiatief.status")
    settings.SECRET_KEY = "een-andere-sleutel-" * 3
    with pytest.raises(afmelden.OngeldigeLink):
        afmelden.lees(token)
