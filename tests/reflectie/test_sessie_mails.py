"""Invitations, moves and cancellations tell the invitee when (from and until, in Dutch), what
changed and why, and carry the session as an iTIP .ics (METHOD:REQUEST or CANCEL) with the UID
of the calendar feed, so Outlook users can accept it and a move updates the same item."""

import datetime
import re

import icalendar
import pytest
from django.core import mail
from django.utils import timezone

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.meldingen import herinneringen
from participatiepunt.meldingen.models import Gebeurtenis
from reflectie import services
from reflectie.choices import Soort
from reflectie.ical import feed as ical_feed
from reflectie.ical import openbare_sessies
from reflectie.meldingen import HERINNERINGEN
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory
from tests.factories.reflectie import SessieFactory, over
from tests.meldingen.conftest import smtp_server  # noqa: F401 - the SMTP sink fixture

pytestmark = pytest.mark.django_db


def _moment(dag: int, uur: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2027, 3, dag, uur, 0))


@pytest.fixture
def velden(time_machine):
    time_machine.move_to("2027-02-01 09:00:00+01:00", tick=False)
    return {
        "soort": Soort.REFLECTIEGROEP,
        "titel": "Wonen in Beijum",
        "start": _moment(8, 19),
        "eind": _moment(8, 21),
        "locatie": "Stadhuis, Grote Markt 1, Groningen",
        "openbaar": True,
    }


@pytest.fixture
def genodigde():
    return UserFactory(email="raadslid@voorbeeld.nl")


def _verstuur(capture, actie):
    mail.outbox.clear()
    with capture(execute=True):
        actie()
    [bericht] = mail.outbox
    return bericht


def _agenda(bericht):
    [deel] = [d for d in bericht.attachments if d.get_content_type() == "text/calendar"]
    tekst = deel.get_payload(decode=True).decode()
    return deel, tekst, icalendar.Calendar.from_ical(tekst)


def _event(kalender):
    [event] = kalender.walk("VEVENT")
    return event


def _plan(velden, genodigde, capture):
    """The planned session and its invitation."""
    gepland = []
    bericht = _verstuur(
        capture,
        lambda: gepland.append(
            services.plan(
                door=None,
                genodigden=[genodigde],
                groepen=[],
                gemeente=standaardgemeente(),
                **velden,
            )
        ),
    )
    return gepland[0], bericht


def test_invitation_says_from_and_until_and_carries_a_request(
    velden, genodigde, django_capture_on_commit_callbacks
):
    _, bericht = _plan(velden, genodigde, django_capture_on_commit_callbacks)
    assert "maandag 8 maart 2027, 19:00 tot 21:00 uur" in bericht.body
    assert not re.search(r"\d\d-\d\d-\d{4}", bericht.body)
    deel, tekst, kalender = _agenda(bericht)
    assert deel.get_param("method") == "REQUEST" and kalender["METHOD"] == "REQUEST"
    assert deel.get_filename() == "uitnodiging.ics"
    event = _event(kalender)
    assert event["DTSTART"].dt == _moment(8, 19) and event["DTEND"].dt == _moment(8, 21)
    assert str(event["ATTENDEE"]) == "mailto:raadslid@voorbeeld.nl"
    assert str(event["ORGANIZER"]).startswith("mailto:")
    feed = icalendar.Calendar.from_ical(
        ical_feed(openbare_sessies(standaardgemeente()), "openbaar")
    )
    assert event["UID"] == _event(feed)["UID"]


def test_move_says_the_old_time_and_why_and_raises_the_sequence(
    velden, genodigde, django_capture_on_commit_callbacks
):
    sessie, uitnodiging = _plan(velden, genodigde, django_capture_on_commit_callbacks)
    bericht = _verstuur(
        django_capture_on_commit_callbacks,
        lambda: services.verplaats(
            sessie,
            start=_moment(15, 20),
            eind=_moment(15, 22),
            door=None,
            reden="De zaal is bezet.",
        ),
    )
    assert "Nieuwe tijd: maandag 15 maart 2027, 20:00 tot 22:00 uur" in bericht.body
    assert "Eerder gepland: maandag 8 maart 2027, 19:00 tot 21:00 uur" in bericht.body
    assert "Reden: De zaal is bezet." in bericht.body
    _, _, kalender = _agenda(bericht)
    assert kalender["METHOD"] == "REQUEST"
    verplaatst, eerder = _event(kalender), _event(_agenda(uitnodiging)[2])
    assert verplaatst["UID"] == eerder["UID"]
    assert verplaatst["SEQUENCE"] > eerder["SEQUENCE"]
    assert verplaatst["DTSTART"].dt == _moment(15, 20)


def test_cancellation_says_which_date_and_carries_a_cancel(
    velden, genodigde, django_capture_on_commit_callbacks
):
    sessie, _ = _plan(velden, genodigde, django_capture_on_commit_callbacks)
    bericht = _verstuur(
        django_capture_on_commit_callbacks, lambda: services.annuleer(sessie, reden="Te weinig")
    )
    assert "8 maart 2027" in bericht.subject
    assert "De sessie van maandag 8 maart 2027, 19:00 tot 21:00 uur" in bericht.body
    deel, _, kalender = _agenda(bericht)
    assert deel.get_param("method") == "CANCEL" and kalender["METHOD"] == "CANCEL"
    assert _event(kalender)["STATUS"] == "CANCELLED"


def test_invitation_at_a_real_smtp_server_has_text_html_and_the_ics(
    velden,
    genodigde,
    smtp_server,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        services.plan(
            door=None, genodigden=[genodigde], groepen=[], gemeente=standaardgemeente(), **velden
        )
    [(_, bericht)] = smtp_server.sink.berichten
    delen = {deel.get_content_type(): deel for deel in bericht.walk()}
    assert {"text/plain", "text/html", "text/calendar"} <= set(delen)
    agenda = delen["text/calendar"]
    assert agenda.get_param("method") == "REQUEST"
    kalender = icalendar.Calendar.from_ical(agenda.get_payload(decode=True))
    assert _event(kalender)["DTEND"].dt == _moment(8, 21)
    assert "19:00 tot 21:00 uur" in delen["text/html"].get_payload(decode=True).decode()


def test_the_invitation_of_another_gemeente_s_session_is_in_its_name(
    velden, django_capture_on_commit_callbacks
):
    """Mail, footer, button and the calendar item's link are the session's gemeente's; the UID
    stays the installation's, so feed and mail update the same item."""
    elders = GemeenteFactory(
        andere=True, naam="Dijkmeer", hostnaam="participatie.dijkmeer.nl", email="pp@dijkmeer.nl"
    )
    genodigde = UserFactory(raadslid=True, gemeenten=[elders])
    gepland = []
    bericht = _verstuur(
        django_capture_on_commit_callbacks,
        lambda: gepland.append(
            services.plan(door=None, genodigden=[genodigde], groepen=[], gemeente=elders, **velden)
        ),
    )
    sessie = gepland[0]
    assert "Participatiepunt gemeente Dijkmeer" in bericht.body
    assert f"https://participatie.dijkmeer.nl{sessie.get_absolute_url()}" in bericht.body
    _, _, kalender = _agenda(bericht)
    event = _event(kalender)
    assert str(event["URL"]) == f"https://participatie.dijkmeer.nl{sessie.get_absolute_url()}"
    assert str(event["ORGANIZER"]) == "mailto:pp@dijkmeer.nl"
    feed = icalendar.Calendar.from_ical(ical_feed(openbare_sessies(elders), "openbaar", elders))
    assert str(_event(feed)["URL"]) == str(event["URL"])
    assert _event(feed)["UID"] == event["UID"]


def test_a_session_reminder_is_in_the_name_of_the_session_s_gemeente():
    elders = GemeenteFactory(andere=True)
    SessieFactory(gemeente=elders, start=over(1), genodigden=[UserFactory(gemeenten=[elders])])
    assert herinneringen.verstuur(HERINNERINGEN, timezone.localdate()) == 1
    assert Gebeurtenis.objects.get(soort="sessie.herinnering").gemeente == elders
