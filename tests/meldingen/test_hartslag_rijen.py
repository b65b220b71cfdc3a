"""The heartbeat's rows as the set-based run writes them: what each event and notification
says and for whom, which follows it claims, that a failed run leaves nothing behind and a
retry or a second run writes nothing twice, and that its queries do not grow with the follows
(MELDINGEN_HARTSLAG_DAGEN = 30)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from initiatieven.choices import Status
from participatiepunt.meldingen import hartslag
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Gebeurtenis, Melding, Volg
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.meldingen import VolgFactory, VoorkeurFactory

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def moment(dagen):
    return START + timedelta(days=dagen)


def op(dagen):
    return time_machine.travel(moment(dagen), tick=False)


def _met_mijlpalen(**velden):
    """Done, open and tied mijlpalen: the next step is the earliest open one, ties by pk."""
    initiatief = InitiatiefFactory(**velden)
    MijlpaalFactory(initiatief=initiatief, titel="Al gedaan", verwachte_datum=date(2027, 1, 5),
                    gereed=True)  # fmt: skip
    MijlpaalFactory(initiatief=initiatief, titel="Later", verwachte_datum=date(2027, 6, 1))
    MijlpaalFactory(initiatief=initiatief, titel="Eerst", verwachte_datum=date(2027, 3, 1))
    MijlpaalFactory(initiatief=initiatief, titel="Zelfde dag", verwachte_datum=date(2027, 3, 1))
    return initiatief


def test_the_event_and_each_followers_notification_say_what_they_said():
    with op(0):
        initiatief = _met_mijlpalen(in_gesprek=True, titel="Speeltuin Oosterpark")
        volgers = [VolgFactory(onderwerp=initiatief).gebruiker for _ in range(3)]
        wijk = WijkFactory(naam="Lewenborg")
        wijkvolger = VolgFactory(onderwerp=wijk).gebruiker
    nu = moment(31)

    assert hartslag.verstuur(nu) == 4

    gebeurtenis = Gebeurtenis.objects.get(object_id=initiatief.pk, soort=hartslag.SOORT)
    assert gebeurtenis.content_type == ContentType.objects.get_for_model(initiatief)
    assert gebeurtenis.onderwerp_naam == "Speeltuin Oosterpark"
    assert gebeurtenis.titel == "Nog geen nieuws over ‘Speeltuin Oosterpark’"
    assert gebeurtenis.tekst == hartslag.tekst(("Eerst", date(2027, 3, 1)))
    assert gebeurtenis.tekst == hartslag.tekst(initiatief.volgende_stap())
    assert gebeurtenis.url == initiatief.get_absolute_url()
    assert gebeurtenis.gemeente_id == initiatief.gemeente_id is not None
    assert (gebeurtenis.verplicht, gebeurtenis.aangemaakt_op) == (False, nu)
    over_wijk = Gebeurtenis.objects.get(object_id=wijk.pk, soort=hartslag.SOORT)
    assert over_wijk.content_type == ContentType.objects.get_for_model(wijk)
    assert over_wijk.titel == "Nog geen nieuws over ‘Lewenborg’"
    assert over_wijk.url == wijk.get_absolute_url()
    assert over_wijk.gemeente_id is None

    rijen = Melding.objects.values_list(
        "gebeurtenis_id", "ontvanger_id", "reden", "email", "in_portaal", "aangemaakt_op",
        "ingepland_op", "email_fout", "email_verstuurd_op", "gelezen_op", "email_pogingen",
    )  # fmt: skip
    zo = ("volger", Email.DIRECT, True, nu, nu, "", None, None, 0)
    assert sorted(rijen) == sorted(
        [(gebeurtenis.pk, volger.pk, *zo) for volger in volgers]
        + [(over_wijk.pk, wijkvolger.pk, *zo)]
    )
    assert set(Volg.objects.values_list("laatst_gehoord_op", flat=True)) == {nu}


def test_the_next_step_is_the_one_the_initiative_shows_in_every_status():
    with op(0):
        initiatieven = {status: _met_mijlpalen(status=status) for status in Status.values}
        for initiatief in initiatieven.values():
            VolgFactory(onderwerp=initiatief)

    hartslag.verstuur(moment(31))

    teksten = dict(Gebeurtenis.objects.values_list("object_id", "tekst"))
    for initiatief in initiatieven.values():
        verwacht = hartslag.tekst(initiatief.volgende_stap()) if initiatief.is_open else None
        assert teksten.get(initiatief.pk) == verwacht, initiatief.status
    assert Melding.objects.count() == len(teksten) > 0


def test_who_gets_none_is_claimed_all_the_same_and_preferences_shape_the_rest():
    with op(0):
        initiatief = InitiatiefFactory(in_gesprek=True)
        inactief = VolgFactory(onderwerp=initiatief, gebruiker=UserFactory(is_active=False))
        niets = VolgFactory(onderwerp=initiatief)
        wekelijks = VolgFactory(onderwerp=initiatief)
        alleen_mail = VolgFactory(onderwerp=initiatief)
        afgerond = VolgFactory(onderwerp=InitiatiefFactory(afgerond=True))
    zet = {niets: (Email.UIT, False), wekelijks: (Email.WEKELIJKS, True),
           alleen_mail: (Email.DIRECT, False)}  # fmt: skip
    for volg, (email, portaal) in zet.items():
        VoorkeurFactory(gebruiker=volg.gebruiker, soort=hartslag.SOORT, email=email,
                        portaal=portaal)  # fmt: skip
    VoorkeurFactory(gebruiker=niets.gebruiker, soort="initiatief.status", email=Email.DIRECT)
    nu = moment(31)

    assert hartslag.verstuur(nu) == 2

    per_ontvanger = {m.ontvanger_id: (m.email, m.in_portaal) for m in Melding.objects.all()}
    assert per_ontvanger == {
        wekelijks.gebruiker_id: (Email.WEKELIJKS, True),
        alleen_mail.gebruiker_id: (Email.DIRECT, False),
    }
    assert Gebeurtenis.objects.filter(soort=hartslag.SOORT).count() == 1
    for volg in (inactief, niets, afgerond):
        volg.refresh_from_db()
        assert volg.laatst_gehoord_op == nu


def test_a_failed_run_leaves_nothing_and_its_retry_writes_each_once(monkeypatch):
    with op(0):
        initiatief = InitiatiefFactory(in_gesprek=True)
        VolgFactory.create_batch(2, onderwerp=initiatief)
    schrijf = hartslag._schrijf_meldingen

    def mislukt(*args):
        schrijf(*args)
        raise ConnectionError("verbinding weg na het schrijven")

    monkeypatch.setattr(hartslag, "_schrijf_meldingen", mislukt)
    with pytest.raises(ConnectionError):
        hartslag.verstuur(moment(31))
    assert not Gebeurtenis.objects.filter(soort=hartslag.SOORT).exists()
    assert not Melding.objects.exists()
    assert set(Volg.objects.values_list("laatst_gehoord_op", flat=True)) == {moment(0)}

    monkeypatch.setattr(hartslag, "_schrijf_meldingen", schrijf)
    assert hartslag.verstuur(moment(31)) == 2
    assert hartslag.verstuur(moment(31)) == 0
    assert hartslag.verstuur(moment(45)) == 0
    assert Melding.objects.count() == 2
    assert Gebeurtenis.objects.filter(soort=hartslag.SOORT).count() == 1


def test_the_queries_do_not_grow_with_the_follows_or_the_followed_initiatives():
    def tel(dagen):
        with CaptureQueriesContext(connection) as context:
            geschreven = hartslag.verstuur(moment(dagen))
        return geschreven, len(context)

    with op(0):
        VolgFactory(onderwerp=InitiatiefFactory(in_gesprek=True))
    with op(30):
        for _ in range(4):
            initiatief = _met_mijlpalen(in_gesprek=True)
            VolgFactory.create_batch(5, onderwerp=initiatief)

    een, queries_voor_een = tel(31)
    alle, queries_voor_alle = tel(62)

    assert (een, alle) == (1, 21)
    assert queries_voor_alle == queries_voor_een
