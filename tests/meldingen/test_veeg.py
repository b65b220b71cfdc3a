"""The sweep re-plans direct e-mail that is still unsent some time after its last planning."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from participatiepunt.meldingen import tasks
from participatiepunt.meldingen.models import Melding
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


def test_sweep_delivers_what_was_left_and_only_after_the_grace_period(settings):
    settings.MELDINGEN_HERPLAN_NA = 900
    melding = MeldingFactory()
    assert tasks.veeg_uitgaande_meldingen() == 0
    with time_machine.travel(timezone.now() + timedelta(minutes=16), tick=False):
        assert tasks.veeg_uitgaande_meldingen() == 1
    assert len(mail.outbox) == 1
    melding.refresh_from_db()
    assert melding.email_verstuurd_op is not None
    with time_machine.travel(timezone.now() + timedelta(hours=1), tick=False):
        assert tasks.veeg_uitgaande_meldingen() == 0
    assert len(mail.outbox) == 1


def test_sweep_waits_while_the_queue_has_a_backlog(settings, monkeypatch):
    settings.MELDINGEN_HERPLAN_NA = 0
    MeldingFactory()
    monkeypatch.setattr(tasks, "wachtrij_lengte", lambda: settings.MELDINGEN_VEEG_WACHTRIJ_MAX + 1)
    assert tasks.veeg_uitgaande_meldingen() == 0
    assert Melding.objects.filter(email_verstuurd_op__isnull=True).exists()


def test_a_duplicate_task_sends_nothing_twice():
    melding = MeldingFactory()
    tasks.bezorg_emails([melding.pk])
    tasks.bezorg_emails([melding.pk])
    assert len(mail.outbox) == 1


def test_refused_address_does_not_block_the_batch(monkeypatch):
    import smtplib

    from participatiepunt.meldingen import bezorging

    eerste, tweede = MeldingFactory(), MeldingFactory()
    echte = bezorging.berichten.Opmaak.voor_melding

    def weiger_eerste(self, melding):
        bericht = echte(self, melding)
        if melding.pk == eerste.pk:
            bericht.to = ["geweigerd@voorbeeld.nl"]
        return bericht

    def send_messages(self, berichten):
        if berichten[0].to == ["geweigerd@voorbeeld.nl"]:
            raise smtplib.SMTPRecipientsRefused({"geweigerd@voorbeeld.nl": (550, b"Onbekend")})
        mail.outbox.extend(berichten)
        return len(berichten)

    monkeypatch.setattr(bezorging.berichten.Opmaak, "voor_melding", weiger_eerste)
    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", send_messages
    )
    assert tasks.bezorg_emails([eerste.pk, tweede.pk]) == 1
    eerste.refresh_from_db()
    assert eerste.email == "uit" and "Onbekend" in eerste.email_fout
