"""Every mail looks like the gemeente's, read at a real SMTP server: one HTML layout with inline
styles and a viewport, the portal's name, one button, the participatiepunt's contact details and
why the reader gets it; a plain-text twin; Reply-To to the participatiepunt and Auto-Submitted.
A mail that cannot be switched off carries no unsubscribe at all."""

import re

import pytest
from django.conf import settings

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.meldingen import kinds
from participatiepunt.meldingen.events import publish
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory

pytestmark = pytest.mark.django_db


def delen(bericht) -> dict[str, str]:
    return {
        deel.get_content_type(): deel.get_payload(decode=True).decode()
        for deel in bericht.walk()
        if deel.get_content_type() in ("text/plain", "text/html")
    }


def van(smtp_server, adres):
    [bericht] = [b for ontvangers, b in smtp_server.sink.berichten if adres in ontvangers]
    return bericht


def assert_opmaak(bericht, knop_url):
    """The layout every mail of the portal shares."""
    teksten = delen(bericht)
    html, tekst = teksten["text/html"], teksten["text/plain"]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<style" not in html  # mail clients drop it: every style is inline
    assert re.search(r'<body style="[^"]*font-family:Arial', html)
    assert ">Participatiepunt</a>" in html and "Gemeente Groningen" in html
    [knop] = re.findall(r'<a href="([^"]+)" style="display:inline-block[^"]*">', html)
    assert knop == knop_url and knop_url in tekst
    for deel in (html, tekst):
        assert standaardgemeente().telefoon in deel
        assert settings.PARTICIPATIEPUNT_EMAIL in deel
        assert "U ontvangt dit " in deel
    assert bericht["Reply-To"] == settings.PARTICIPATIEPUNT_EMAIL
    assert bericht["Auto-Submitted"] == "auto-generated"
    return html, tekst


def test_a_notification_in_the_layout_at_the_smtp_server(
    smtp_server, django_capture_on_commit_callbacks
):
    wijk = WijkFactory(naam="Selwerd")
    volger = VolgFactory(onderwerp=wijk).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish("praatplaat.gewijzigd", wijk, titel="Nieuws uit Selwerd", url="/wijken/selwerd/")
    html, tekst = assert_opmaak(van(smtp_server, volger.email), "http://testserver/wijken/selwerd/")
    assert "u ‘Selwerd’ volgt" in tekst
    assert "/meldingen/afmelden/" in html and "/meldingen/afmelden/" in tekst


def test_a_mandatory_mail_has_no_unsubscribe_and_says_why(
    smtp_server, django_capture_on_commit_callbacks
):
    wijk = WijkFactory()
    indiener, volger = UserFactory(), VolgFactory(onderwerp=wijk).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.status", wijk, titel="Uw initiatief", url="/x/",
                ontvangers=[indiener], verplicht=True)  # fmt: skip
    verplicht = van(smtp_server, indiener.email)
    assert verplicht["List-Unsubscribe"] is None
    assert verplicht["List-Unsubscribe-Post"] is None
    html, tekst = assert_opmaak(verplicht, "http://testserver/x/")
    assert "afmelden" not in html.lower() and "afmelden" not in tekst.lower()
    assert "u kunt ze niet uitzetten" in tekst
    # The same event reaches a follower as something they chose: that one can be stopped.
    assert van(smtp_server, volger.email)["List-Unsubscribe"] is not None


def test_the_weekly_digest_in_the_layout(smtp_server):
    from django.utils import timezone

    from participatiepunt.meldingen import overzicht
    from tests.factories.meldingen import MeldingFactory

    melding = MeldingFactory(wekelijks=True, gebeurtenis__url="/wijken/x/")
    MeldingFactory.create(wekelijks=True, ontvanger=melding.ontvanger)
    from django.core.mail import get_connection

    with get_connection() as verbinding:
        later = timezone.now() + timezone.timedelta(days=8)
        assert overzicht.verstuur(melding.ontvanger_id, verbinding, later) == 1
    bericht = van(smtp_server, melding.ontvanger.email)
    html, _ = assert_opmaak(bericht, "http://testserver/meldingen/")
    assert "http://testserver/wijken/x/" in html


def test_html_part_escapes_what_residents_typed(smtp_server, django_capture_on_commit_callbacks):
    wijk = WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.status", wijk, titel="<b>titel</b>", url="/x/",
                tekst="<script>alert(1)</script>", ontvangers=[volger])  # fmt: skip
    html = delen(van(smtp_server, volger.email))["text/html"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>titel</b>" not in html


def test_an_initiatives_mail_to_a_follower_of_its_wijk_says_so(
    smtp_server, django_capture_on_commit_callbacks
):
    from tests.factories.initiatieven import InitiatiefFactory

    initiatief = InitiatiefFactory(in_gesprek=True, titel="Speeltuin Oosterpark")
    volger = VolgFactory(onderwerp=initiatief.wijk).gebruiker
    with django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.status", initiatief, titel="Nieuws", url="/x/",
                ook_volgers_van=[initiatief.wijk])  # fmt: skip
    tekst = delen(van(smtp_server, volger.email))["text/plain"]
    assert "omdat u ‘Speeltuin Oosterpark’ of de wijk ervan volgt" in tekst


@pytest.mark.parametrize("soort", [soort.key for soort in kinds.soorten()])
def test_every_kind_is_a_mail_in_the_layout_with_both_parts(
    soort, django_capture_on_commit_callbacks
):
    from django.core import mail

    wijk, lezer = WijkFactory(), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        publish(soort, wijk, titel="Iets", url="/iets/", ontvangers=[lezer], verplicht=True)
    [bericht] = mail.outbox
    [(html, _)] = bericht.alternatives
    assert '<meta name="viewport"' in html and 'href="http://testserver/iets/"' in html
    assert "http://testserver/iets/" in bericht.body
    assert bericht.reply_to == [settings.PARTICIPATIEPUNT_EMAIL]
    assert bericht.extra_headers["Auto-Submitted"] == "auto-generated"
