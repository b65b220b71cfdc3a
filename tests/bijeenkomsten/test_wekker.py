"""The mails of sign-ups wake one task for many (participatiepunt.meldingen.wekker), against
the real broker: the tasks sent are counted in Redis's queue, and a real worker sends each mail
exactly once."""

import time
from collections import Counter
from contextlib import nullcontext
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from bijeenkomsten import services, tasks
from bijeenkomsten.mails import TE_VERSTUREN
from bijeenkomsten.models import Aanmeldingsmail
from participatiepunt.celery import app
from participatiepunt.meldingen.tasks import wachtrij_lengte
from participatiepunt.meldingen.wekker import _client
from tests.bijeenkomsten.test_tasks import smtp_faalt_bij
from tests.factories.bijeenkomsten import BijeenkomstFactory
from tests.meldingen.test_bezorging_echt import wacht_tot

pytestmark = pytest.mark.skipif(not settings.USES_REDIS, reason="echte Redis nodig")


def _aanmeldingen(aantal, na_de_commit=None):
    """`aantal` sign-ups by address, each committed on its own."""
    bijeenkomst = BijeenkomstFactory(capaciteit=aantal)
    for nummer in range(aantal):
        with na_de_commit(execute=True) if na_de_commit else nullcontext():
            email = f"deelnemer{nummer}@example.nl"
            services.aanmelden(bijeenkomst.pk, naam="Deelnemer", email=email)


def _op_de_lijst():
    return [int(i) for i in _client().lrange(TE_VERSTUREN.lijst, 0, -1)]


def _rijen():
    return list(Aanmeldingsmail.objects.order_by("pk").values_list("pk", flat=True))


def test_sign_ups_in_a_row_send_one_task(via_broker, django_capture_on_commit_callbacks):
    _aanmeldingen(4, na_de_commit=django_capture_on_commit_callbacks)
    assert wachtrij_lengte() == 1
    assert _op_de_lijst() == _rijen()


def test_the_task_sends_every_row_on_the_list_once(via_broker, django_capture_on_commit_callbacks):
    _aanmeldingen(3, na_de_commit=django_capture_on_commit_callbacks)
    assert tasks.verstuur_gemelde.run() == 3
    assert _op_de_lijst() == []
    assert tasks.verstuur_gemelde.run() == 0
    assert TE_VERSTUREN.meld(*_rijen()) is True  # a duplicate on the list sends nothing
    assert tasks.verstuur_gemelde.run() == 0
    assert sorted(bericht.to[0] for bericht in mail.outbox) == [
        f"deelnemer{nummer}@example.nl" for nummer in range(3)
    ]


def test_an_smtp_failure_hands_the_rest_to_a_retried_task(
    via_broker, django_capture_on_commit_callbacks
):
    _aanmeldingen(3, na_de_commit=django_capture_on_commit_callbacks)
    rijen = _rijen()
    with (
        smtp_faalt_bij(rijen[1]),
        mock.patch.object(tasks.verstuur_mails, "apply_async") as opnieuw,
    ):
        assert tasks.verstuur_gemelde.run() == 1
    opnieuw.assert_called_once_with((rijen[1:],), countdown=30)
    assert tasks.verstuur_mails(rijen[1:]) == 2


def test_a_failed_send_lowers_the_flag(via_broker, django_capture_on_commit_callbacks):
    def broker_weigert():
        raise ConnectionError("broker weg")

    with mock.patch.object(tasks.verstuur_gemelde, "delay", broker_weigert):
        _aanmeldingen(1, na_de_commit=django_capture_on_commit_callbacks)  # logged (robust)
    assert Aanmeldingsmail.objects.count() == 1
    _aanmeldingen(1, na_de_commit=django_capture_on_commit_callbacks)
    assert wachtrij_lengte() == 1  # the next sign-up sends it


def test_a_sign_up_with_the_broker_down_still_succeeds(via_broker, client, posts_committen):
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    with mock.patch.object(tasks.verstuur_gemelde, "delay", side_effect=ConnectionError):
        response = client.post(url, {"naam": "Sanne de Wit", "email": "sanne@example.nl"})
    assert response.status_code == 302
    assert Aanmeldingsmail.objects.filter(verstuurd_op__isnull=True).count() == 1  # the sweep


@pytest.mark.worker
def test_sign_ups_in_quick_succession_each_mail_once(live_worker):
    _aanmeldingen(15)
    wacht_tot(lambda: not Aanmeldingsmail.objects.filter(verstuurd_op__isnull=True).exists())
    time.sleep(0.5)  # a duplicate would arrive in this time
    ontvangers = Counter(bericht.to[0] for bericht in mail.outbox)
    assert ontvangers == Counter({f"deelnemer{nummer}@example.nl": 1 for nummer in range(15)})
    assert _op_de_lijst() == []
    app.control.purge()
