"""A notification mail made from its event's template (portal/mail.py, Sjabloon) is, byte for
byte, the mail Django makes of the same message: same headers folded the same way, the same
text parts with the recipient's own unsubscribe link, new boundaries for every mail. Where the
template cannot promise that, the mail goes Django's way."""

import random

import pytest
from django.core.mail.message import EmailAlternative, sanitize_address

from participatiepunt.meldingen import berichten
from participatiepunt.meldingen.models import Reden
from participatiepunt.portal import mail
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import GebeurtenisFactory, MeldingFactory

pytestmark = pytest.mark.django_db

DATUM = "Mon, 30 Nov 2026 15:40:00 +0100"


@pytest.fixture(autouse=True)
def vaste_datum(monkeypatch):
    monkeypatch.setattr("django.core.mail.message.formatdate", lambda **_: DATUM)
    monkeypatch.setattr(mail, "formatdate", lambda **_: DATUM)


def django_bytes(bericht, zaad):
    random.seed(zaad)  # the same boundaries for both
    return bericht.message().as_bytes(linesep="\r\n")


def sjabloon_bytes(bericht, zaad):
    random.seed(zaad)
    return bericht.sjabloon.bytes_voor(bericht)


ADRESSEN = ["lid@example.org", "Jan.de.Vries+wijk@example.org", "jürgen@voorbeeld.nl"]
TITELS = ["Nieuws uit Vinkhuizen", "Café op het plein", "Nieuws\r\nBcc: a@b.nl", "x" * 190]


@pytest.mark.parametrize("titel", TITELS)
@pytest.mark.parametrize("reden", [Reden.VOLGER, Reden.ONTVANGER])
@pytest.mark.parametrize("verplicht", [False, True], ids=["te-kiezen", "verplicht"])
def test_the_same_bytes_as_django(titel, reden, verplicht):
    from participatiepunt.portal.tekst import schone_kopregels

    gebeurtenis = GebeurtenisFactory(titel=titel, verplicht=verplicht, tekst="Één\nregel.")
    opmaak = berichten.Opmaak()
    for zaad, adres in enumerate(ADRESSEN):
        melding = MeldingFactory(
            gebeurtenis=gebeurtenis, reden=reden, ontvanger=UserFactory(email=adres)
        )
        bericht = schone_kopregels(opmaak.voor_meldingen([melding]))
        assert bericht.sjabloon is not None
        afzender, ontvanger, ruw = sjabloon_bytes(bericht, zaad)
        assert ruw == django_bytes(bericht, zaad)
        assert afzender == sanitize_address(bericht.from_email, "utf-8")
        assert ontvanger == sanitize_address(adres, "utf-8")
    assert len(opmaak._sjablonen) == 1  # built once for the event


def _bericht():
    melding = MeldingFactory(gebeurtenis=GebeurtenisFactory())
    return berichten.Opmaak().voor_meldingen([melding])


def test_each_mail_gets_boundaries_of_its_own():
    bericht = _bericht()
    eerste, tweede = (bericht.sjabloon.bytes_voor(bericht)[2] for _ in range(2))
    grenzen = {ruw.split(b'boundary="')[1].split(b'"')[0] for ruw in (eerste, tweede)}
    assert len(grenzen) == 2


def test_a_mail_that_differs_from_its_template_goes_djangos_way():
    bericht = _bericht()
    assert bericht.sjabloon.bytes_voor(bericht) is not None
    for wijziging in (
        lambda b: setattr(b, "subject", "Iets anders"),
        lambda b: setattr(b, "body", b.body + "PS"),
        lambda b: b.extra_headers.update({"X-Extra": "1"}),
        lambda b: b.attach("a.txt", "inhoud", "text/plain"),
        lambda b: setattr(b, "cc", ["ander@example.org"]),
    ):
        ander = _bericht()
        wijziging(ander)
        assert ander.sjabloon.bytes_voor(ander) is None


def test_a_value_that_would_change_the_encoding_goes_djangos_way():
    bericht = _bericht()
    [(plek, url)] = bericht.ingevuld.items()
    for waarde in (url + "/" + "a" * 1000, url + "é", url + "\n"):  # QP, 8bit, a line break
        bericht.ingevuld = {plek: waarde}
        bericht.body = bericht.sjabloon.teksten[0].replace(plek, waarde)
        html = bericht.sjabloon.teksten[1].replace(plek, waarde)
        bericht.alternatives = [EmailAlternative(html, "text/html")]
        assert bericht.sjabloon.bytes_voor(bericht) is None


def test_a_mail_with_an_attachment_has_no_template(monkeypatch):
    from participatiepunt.meldingen import bijlagen

    monkeypatch.setattr(bijlagen, "van", lambda gebeurtenis: [_ics])
    bericht = _bericht()
    assert bericht.attachments and bericht.sjabloon is None


def _ics(ontvanger):
    from email.mime.text import MIMEText

    return MIMEText(f"ATTENDEE:{ontvanger.email}\n", "calendar")


def test_another_connection_than_smtp_gets_the_message_itself():
    from django.core import mail as django_mail

    bericht = _bericht()
    with django_mail.get_connection() as verbinding:  # locmem in the tests
        mail.verstuur(verbinding, bericht)
    [verstuurd] = django_mail.outbox
    assert (verstuurd.to, verstuurd.body) == (bericht.to, bericht.body)
