"""The keep-informed heartbeat, with frozen time (MELDINGEN_HARTSLAG_DAGEN = 30)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from participatiepunt.meldingen import hartslag, tasks
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Melding
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.meldingen import VolgFactory, VoorkeurFactory

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def op(dagen):
    return time_machine.travel(START + timedelta(days=dagen), tick=False)


@pytest.fixture
def initiatief_gevolgd(django_capture_on_commit_callbacks):
    with op(0):
        initiatief = InitiatiefFactory(in_gesprek=True, titel="Speeltuin Oosterpark")
        MijlpaalFactory(
            initiatief=initiatief, titel="Raadsbesluit", verwachte_datum=date(2027, 3, 1)
        )
        volg = VolgFactory(onderwerp=initiatief)
    return initiatief, volg.gebruiker


def _hartslag(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return tasks.stuur_hartslag()


def test_quiet_follower_hears_next_step_and_date_once(
    initiatief_gevolgd, django_capture_on_commit_callbacks
):
    initiatief, volger = initiatief_gevolgd
    with op(29):
        assert _hartslag(django_capture_on_commit_callbacks) == 0
    with op(31):
        assert _hartslag(django_capture_on_commit_callbacks) == 1
        assert _hartslag(django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [volger.email]
    assert "Raadsbesluit" in mail.outbox[0].body
    assert "1 maart 2027" in mail.outbox[0].body
    assert "Speeltuin Oosterpark" in mail.outbox[0].subject
    with op(62):
        assert _hartslag(django_capture_on_commit_callbacks) == 1


def test_news_resets_the_clock(initiatief_gevolgd, django_capture_on_commit_callbacks):
    initiatief, _ = initiatief_gevolgd
    with op(20), django_capture_on_commit_callbacks(execute=True):
        publish("initiatief.update", initiatief, titel="Nieuwe update", url="/")
    with op(31):
        assert _hartslag(django_capture_on_commit_callbacks) == 0
    with op(51):
        assert _hartslag(django_capture_on_commit_callbacks) == 1


def test_wijk_without_known_date_says_so(django_capture_on_commit_callbacks):
    with op(0):
        VolgFactory(onderwerp=WijkFactory(naam="Lewenborg"))
    with op(31):
        _hartslag(django_capture_on_commit_callbacks)
    body = mail.outbox[0].body
    assert "Lewenborg" in mail.outbox[0].subject
    assert "Een datum is nog niet bekend" in body


def test_finished_initiative_gets_no_heartbeat(django_capture_on_commit_callbacks):
    with op(0):
        VolgFactory(onderwerp=InitiatiefFactory(afgerond=True))
    with op(31):
        assert _hartslag(django_capture_on_commit_callbacks) == 0


def test_preferences_apply(initiatief_gevolgd, django_capture_on_commit_callbacks):
    _, volger = initiatief_gevolgd
    VoorkeurFactory(gebruiker=volger, soort="volgen.geen_nieuws", email=Email.UIT, portaal=True)
    with op(31):
        _hartslag(django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert Melding.objects.get().in_portaal


def test_text_without_a_date():
    tekst = hartslag.tekst(("Een medewerker neemt contact met u op.", None))
    assert "Volgende verwachte stap: Een medewerker neemt contact met u op." in tekst
    assert "Een datum is nog niet bekend" in tekst


def test_one_mail_per_person_per_run_listing_each_quiet_item(
    initiatief_gevolgd, django_capture_on_commit_callbacks
):
    initiatief, volger = initiatief_gevolgd
    with op(0):
        for naam in ("Lewenborg", "Beijum"):
            VolgFactory(onderwerp=WijkFactory(naam=naam), gebruiker=volger)
        ander = VolgFactory(onderwerp=initiatief).gebruiker
    with op(31):
        assert _hartslag(django_capture_on_commit_callbacks) == 4
    per_persoon = {tuple(bericht.to): bericht for bericht in mail.outbox}
    assert len(mail.outbox) == 2 and set(per_persoon) == {(volger.email,), (ander.email,)}
    bericht = per_persoon[(volger.email,)]
    assert bericht.subject == "[Participatiepunt] Nog geen nieuws over 3 dingen die u volgt"
    [(html, _)] = bericht.alternatives
    for deel in (bericht.body, html):
        for naam in ("Speeltuin Oosterpark", "Lewenborg", "Beijum"):
            assert naam in deel
        assert "Raadsbesluit" in deel and "1 maart 2027" in deel
        assert deel.count("Volgende verwachte stap") == 3
    assert f"/initiatieven/{initiatief.pk}/" in html
    assert not Melding.objects.filter(email=Email.DIRECT, email_verstuurd_op__isnull=True).exists()
    # The single item of the other reader is a mail about that item, as before.
    assert "Speeltuin Oosterpark" in per_persoon[(ander.email,)].subject
