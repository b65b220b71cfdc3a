"""The contact page and form: the gemeente's details on every page, a question reaches the
participatiepunt's mailbox and the sender gets a receipt, once; robots, hurried scripts and
floods are refused with nothing typed lost."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from participatiepunt.accounts.privacy import erase_account, export_data
from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.portal import contact
from participatiepunt.portal.contactformulier import NIET_LEEG_FOUT, TE_SNEL, nieuw_gestart
from participatiepunt.portal.models import Contactvraag
from participatiepunt.portal.tasks import ruim_op
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_committen")]
URL = "/contact/"


@pytest.fixture(autouse=True)
def _geen_wachttijd(settings):
    settings.CONTACT_MINIMALE_INVULTIJD = 0


def _gegevens(**anders):
    return {
        "naam": "Sanne de Wit",
        "email": "sanne@example.org",
        "onderwerp": "Moestuin op het plein",
        "vraag": "Mag ik een moestuin beginnen?\r\nWie moet ik bellen?",
        "website": "",
        "gestart": nieuw_gestart(),
        **anders,
    }


def test_every_page_shows_the_gemeentes_contact_details_kept_in_the_portal(client):
    gemeente = standaardgemeente()
    gemeente.adres = "Kreupelstraat 1, 9712 HW Groningen"
    gemeente.telefoon = "050 367 1234"
    gemeente.email = "punt@groningen.example"
    gemeente.openingstijden = "Ma–vr 9.00–17.00 uur"
    gemeente.save()
    for pagina in ("/", "/over/", "/toegankelijkheid/", "/privacy/", URL):
        html = client.get(pagina).content.decode()
        voet = html[html.index("<footer") :]
        for waarde in ("Kreupelstraat 1", "050 367 1234", "punt@groningen.example", "9.00–17.00"):
            assert waarde in voet, (pagina, waarde)


def test_another_gemeente_shows_its_own_details(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    GemeenteFactory(andere=True, hostnaam="participatie.elders.example", telefoon="0599 123 456")
    html = client.get("/", HTTP_HOST="participatie.elders.example").content.decode()
    assert "0599 123 456" in html


def test_a_cached_public_page_is_never_served_with_another_gemeentes_details(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    GemeenteFactory(andere=True, hostnaam="participatie.elders.example", telefoon="0599 123 456")
    for _ in range(2):  # the second time from the page cache
        assert "0599 123 456" not in client.get("/").content.decode()
        elders = client.get("/", HTTP_HOST="participatie.elders.example").content.decode()
        assert "0599 123 456" in elders


def test_home_and_accessibility_statement_link_to_the_contact_page(client):
    for pagina in ("/", "/toegankelijkheid/"):
        html = client.get(pagina).content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        assert f'href="{URL}"' in main


def test_an_anonymous_question_reaches_the_mailbox_and_the_sender_gets_a_receipt(client):
    gemeente = standaardgemeente()
    response = client.post(URL, _gegevens())
    assert response.status_code == 302 and response["Location"] == reverse(
        "portal:contact_verzonden"
    )
    vraag = Contactvraag.objects.get()
    assert vraag.gemeente == gemeente and vraag.afzender is None
    assert vraag.vraag == "Mag ik een moestuin beginnen?\nWie moet ik bellen?"
    assert vraag.doorgestuurd_op and vraag.bevestigd_op
    doorgestuurd, bevestiging = mail.outbox
    assert doorgestuurd.to == [gemeente.email]
    assert doorgestuurd.reply_to == ["sanne@example.org"]
    assert "Wie moet ik bellen?" in doorgestuurd.body
    assert bevestiging.to == ["sanne@example.org"]
    assert bevestiging.reply_to == [gemeente.email]
    # The receipt never repeats what was typed: no relay for any text to any address.
    for deel in (bevestiging.body, bevestiging.alternatives[0][0]):
        assert "moestuin" not in deel.lower() and "Sanne" not in deel


def test_a_question_to_another_gemeente_goes_to_its_mailbox(client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    elders = GemeenteFactory(
        andere=True, hostnaam="participatie.elders.example", email="punt@elders.example"
    )
    client.post(URL, _gegevens(), HTTP_HOST="participatie.elders.example")
    assert Contactvraag.objects.get().gemeente == elders
    assert mail.outbox[0].to == ["punt@elders.example"]


def test_a_logged_in_resident_asks_with_the_account(client):
    inwoner = UserFactory()
    client.force_login(inwoner)
    client.post(URL, _gegevens())
    assert Contactvraag.objects.get().afzender == inwoner


def test_the_same_form_posted_twice_is_one_question_and_one_pair_of_mails(client):
    gegevens = _gegevens()
    client.post(URL, gegevens)
    response = client.post(URL, gegevens)
    assert response.status_code == 302
    assert Contactvraag.objects.count() == 1 and len(mail.outbox) == 2


def test_delivering_again_sends_nothing_twice(client):
    client.post(URL, _gegevens())
    contact.bezorg(Contactvraag.objects.get().pk)
    assert len(mail.outbox) == 2


def test_a_header_injection_in_the_subject_stays_on_one_line(client):
    client.post(URL, _gegevens(onderwerp="Vraag\r\nBcc: slachtoffer@example.org"))
    doorgestuurd = mail.outbox[0]
    assert "\n" not in doorgestuurd.subject and not doorgestuurd.bcc


def test_a_filled_honeypot_is_refused_and_nothing_typed_is_lost(client):
    response = client.post(URL, _gegevens(website="https://spam.example"))
    assert response.status_code == 200
    assert NIET_LEEG_FOUT in response.content.decode()
    assert "Wie moet ik bellen?" in response.content.decode()
    assert not Contactvraag.objects.exists() and not mail.outbox


def test_a_form_sent_faster_than_a_person_can_is_refused(client, settings):
    settings.CONTACT_MINIMALE_INVULTIJD = 3
    response = client.post(URL, _gegevens())
    assert TE_SNEL in response.content.decode()
    assert "Moestuin op het plein" in response.content.decode()
    assert not Contactvraag.objects.exists()


def test_the_same_form_later_is_accepted(client, settings):
    settings.CONTACT_MINIMALE_INVULTIJD = 3
    gegevens = _gegevens()
    with time_machine.travel(timezone.now() + timedelta(seconds=10)):
        assert client.post(URL, gegevens).status_code == 302


@pytest.mark.parametrize("gestart", ["", "vervalst:token:abc"])
def test_a_missing_or_forged_start_is_refused_and_replaced(client, gestart):
    response = client.post(URL, _gegevens(gestart=gestart))
    assert response.status_code == 200 and not Contactvraag.objects.exists()
    nieuw = response.context["form"].data["gestart"]
    assert nieuw and nieuw != gestart


def _gestart_op_de_pagina(client):
    html = client.get(URL).content.decode()
    return re.search(r'name="gestart" value="([^"]+)"', html).group(1)


def test_every_page_has_a_start_of_its_own_that_a_post_accepts(client):
    # The form's HTML is kept once per process (portal formulieren); its start is not.
    eerste, tweede = _gestart_op_de_pagina(client), _gestart_op_de_pagina(client)
    assert eerste != tweede
    assert client.post(URL, _gegevens(gestart=tweede)).status_code == 302


def test_a_form_open_for_more_than_a_day_is_refused(client):
    gegevens = _gegevens()
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        response = client.post(URL, gegevens)
    assert response.status_code == 200 and not Contactvraag.objects.exists()


def test_a_missing_e_mail_address_is_said_at_the_field(client):
    response = client.post(URL, _gegevens(email="geen-adres"))
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Contactvraag.objects.exists()


def test_questions_are_throttled_per_address(client, settings):
    settings.CONTACT_VRAGEN_PER_UUR = 2
    for _ in range(2):
        assert client.post(URL, _gegevens()).status_code == 302
    response = client.post(URL, _gegevens())
    assert response.status_code == 200
    assert "al een aantal vragen gesteld" in response.content.decode()
    assert Contactvraag.objects.count() == 2


def test_the_sweep_plans_again_what_stayed_unsent(client):
    client.post(URL, _gegevens())
    Contactvraag.objects.update(
        bevestigd_op=None, aangemaakt_op=timezone.now() - timedelta(minutes=5)
    )
    mail.outbox.clear()
    assert contact.veeg() == 1
    assert [bericht.to for bericht in mail.outbox] == [["sanne@example.org"]]
    assert contact.veeg() == 0


def test_questions_past_their_retention_are_deleted(client, settings):
    client.post(URL, _gegevens())
    client.post(URL, _gegevens(naam="Nieuw"))
    oud = timezone.now() - timedelta(days=settings.CONTACTVRAAG_BEWAARTERMIJN_DAGEN + 1)
    Contactvraag.objects.filter(naam="Sanne de Wit").update(aangemaakt_op=oud)
    assert ruim_op.apply().get()["contactvragen"] == 1
    assert list(Contactvraag.objects.values_list("naam", flat=True)) == ["Nieuw"]


def test_avg_export_and_erase_cover_questions_asked_with_the_account_or_its_address(client):
    inwoner = UserFactory(email="sanne@example.org")
    client.post(URL, _gegevens())  # anonymous, with the account's address
    client.force_login(inwoner)
    client.post(URL, _gegevens(email="ander@example.org", onderwerp="Met account"))
    client.logout()
    client.post(URL, _gegevens(email="iemand.anders@example.org", onderwerp="Niet van haar"))
    onderwerpen = {v["onderwerp"] for v in export_data(inwoner)["portal"]["contactvragen"]}
    assert onderwerpen == {"Moestuin op het plein", "Met account"}
    erase_account(inwoner)
    assert list(Contactvraag.objects.values_list("onderwerp", flat=True)) == ["Niet van haar"]
