"""One wake-up of delivery for many events (wekker), against the real broker: the tasks sent are
counted in Redis's queue, and a real worker delivers each mail exactly once."""

from collections import Counter

import pytest
from django.conf import settings
from django.db import transaction

from participatiepunt.celery import app
from participatiepunt.meldingen import tasks, wekker
from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory
from tests.meldingen.test_bezorging_echt import wacht_tot

pytestmark = pytest.mark.skipif(not settings.USES_REDIS, reason="echte Redis nodig")


def _publiceer(wijk, nummer=1):
    publish("initiatief.status", wijk, titel=f"Nieuws {nummer}", url="/wijken/v/")


def _op_de_lijst():
    return [int(i) for i in wekker._client().lrange(wekker.GEBEURTENISSEN.lijst, 0, -1)]


def _gebeurtenissen(aantal, volgers, na_de_commit):
    """`aantal` events about a wijk with `volgers` followers, each committed on its own."""
    wijk = WijkFactory()
    VolgFactory.create_batch(volgers, onderwerp=wijk)
    for nummer in range(aantal):
        with na_de_commit(execute=True):
            _publiceer(wijk, nummer)


def test_many_events_send_one_task(via_broker, django_capture_on_commit_callbacks):
    _gebeurtenissen(5, volgers=2, na_de_commit=django_capture_on_commit_callbacks)
    assert tasks.wachtrij_lengte() == 1
    assert _op_de_lijst() == list(Gebeurtenis.objects.order_by("pk").values_list("pk", flat=True))


def test_the_task_plans_every_event_on_the_list(via_broker, django_capture_on_commit_callbacks):
    _gebeurtenissen(4, volgers=3, na_de_commit=django_capture_on_commit_callbacks)
    app.control.purge()
    tasks.bezorg_gemelde.run()
    assert _op_de_lijst() == []
    # One bezorg_emails task for the twelve rows of four events.
    assert tasks.wachtrij_lengte() == 1
    assert not Melding.objects.filter(ingepland_op__isnull=True).exists()


def test_an_event_after_the_task_took_the_list_wakes_again(via_broker):
    assert wekker.GEBEURTENISSEN.meld(1) is True
    assert wekker.GEBEURTENISSEN.meld(2) is False
    assert wekker.GEBEURTENISSEN.neem_alle() == [1, 2]
    assert wekker.GEBEURTENISSEN.meld(3) is True
    assert wekker.GEBEURTENISSEN.neem_alle() == [3]
    assert wekker.GEBEURTENISSEN.neem_alle() == []


def test_a_lost_task_holds_back_the_next_wake_up_for_a_limited_time(via_broker):
    wekker.GEBEURTENISSEN.meld(1)
    assert 0 < wekker._client().ttl(wekker.GEBEURTENISSEN.vlag) <= wekker.VLAG_GELDIG


def test_a_failed_send_lowers_the_flag(
    via_broker, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def broker_weigert():
        raise ConnectionError("broker weg")

    monkeypatch.setattr(tasks.bezorg_gemelde, "delay", broker_weigert)
    wijk = WijkFactory()
    VolgFactory(onderwerp=wijk)
    with django_capture_on_commit_callbacks(execute=True):
        _publiceer(wijk)  # the change stands; the error is logged (robust on_commit)
    assert Gebeurtenis.objects.count() == 1
    assert not wekker._client().exists(wekker.GEBEURTENISSEN.vlag)
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        _publiceer(wijk, 2)
    assert tasks.wachtrij_lengte() == 1  # the next event sends it


@pytest.mark.worker
def test_events_in_quick_succession_each_mail_once(live_worker, smtp_server):
    wijken = WijkFactory.create_batch(20)
    volgers = [VolgFactory(onderwerp=wijk).gebruiker for wijk in wijken]
    for nummer, wijk in enumerate(wijken):
        with transaction.atomic():
            _publiceer(wijk, nummer)
    wacht_tot(lambda: len(smtp_server.sink) >= 20)
    wacht_tot(lambda: not Melding.objects.filter(email_verstuurd_op__isnull=True).exists())
    assert smtp_server.sink.per_ontvanger() == Counter({v.email: 1 for v in volgers})
    assert _op_de_lijst() == []
