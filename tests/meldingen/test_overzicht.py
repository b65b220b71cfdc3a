"""Weekly digest timing with frozen time. 23 November 2026 is a Monday; digests go out from
Monday 08:00 (Europe/Amsterdam)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from participatiepunt.meldingen import tasks
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Melding, Overzicht
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory, VoorkeurFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def op(dag, uur=9, minuut=0):
    """A moment in November 2026; days past 30 run on into December."""
    moment = datetime(2026, 11, 1, uur, minuut, tzinfo=AMS) + timedelta(days=dag - 1)
    return time_machine.travel(moment, tick=False)


@pytest.fixture
def wekelijks():
    wijk = WijkFactory(naam="Oosterparkwijk")
    volger = VolgFactory(onderwerp=wijk).gebruiker
    for soort in ("initiatief.status", "initiatief.update"):
        VoorkeurFactory(gebruiker=volger, soort=soort, email=Email.WEKELIJKS)
    return wijk, volger


def _nieuws(onderwerp, titel, soort="initiatief.status"):
    publish(soort, onderwerp, titel=titel, url=f"/x/{onderwerp.pk}/")


def test_digest_groups_by_object_newest_first_and_goes_once(wekelijks):
    wijk, volger = wekelijks
    andere = WijkFactory(naam="Ten Boer")
    VolgFactory(onderwerp=andere, gebruiker=volger)
    with op(24):
        _nieuws(wijk, "Eerste nieuws")
    with op(25):
        _nieuws(andere, "Nieuws uit het dorp")
    with op(26):
        _nieuws(wijk, "Tweede nieuws", soort="initiatief.update")
    with op(30, 7, 59):
        tasks.stuur_weekoverzichten()
    assert mail.outbox == []
    with op(30, 8, 5):
        tasks.stuur_weekoverzichten()
        tasks.stuur_weekoverzichten()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert body.index("Oosterparkwijk") < body.index("Tweede nieuws") < body.index("Eerste nieuws")
    assert body.index("Oosterparkwijk") < body.index("Ten Boer")
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    assert not Melding.objects.filter(email_verstuurd_op__isnull=True).exists()


def test_empty_digest_is_not_sent_and_next_window_starts_at_last_send(wekelijks):
    wijk, _ = wekelijks
    with op(24):
        _nieuws(wijk, "Eerste nieuws")
    with op(30, 8, 5):
        tasks.stuur_weekoverzichten()
    with op(7 + 30, 8, 5):  # 7 December: nothing new
        assert tasks.stuur_weekoverzichten() == 0
    assert len(mail.outbox) == 1
    with op(38):  # 8 December, after the Monday moment
        _nieuws(wijk, "Na het overzicht")
    with op(44, 8, 5):  # 14 December
        tasks.stuur_weekoverzichten()
    assert len(mail.outbox) == 2
    assert "Na het overzicht" in mail.outbox[1].body
    assert "Eerste nieuws" not in mail.outbox[1].body
    assert Overzicht.objects.count() == 2


def test_missed_monday_run_catches_up_on_tuesday(wekelijks):
    wijk, _ = wekelijks
    with op(24):
        _nieuws(wijk, "Eerste nieuws")
    with op(31, 10):  # Tuesday: Monday's runs never happened
        tasks.stuur_weekoverzichten()
    assert len(mail.outbox) == 1


def test_only_users_with_something_waiting_are_selected(wekelijks):
    wijk, volger = wekelijks
    VolgFactory.create_batch(5)  # followers of other wijken, nothing waiting
    with op(24):
        _nieuws(wijk, "Eerste nieuws")
    with op(30, 8, 5):
        from django.utils import timezone

        from participatiepunt.meldingen import overzicht

        assert list(overzicht.aan_de_beurt(timezone.now())) == [volger.pk]
