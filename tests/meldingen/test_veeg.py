"""The sweep re-plans direct e-mail that is still unsent some time after its last planning."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from participatiepunt.meldingen import bezorging, tasks
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


def test_mail_held_by_a_killed_worker_is_re_planned_once_its_hold_ends(settings):
    """A task took the rows up (and held them) and its worker died: the sweep sends them after
    MELDINGEN_VASTHOUDEN, not after MELDINGEN_HERPLAN_NA (issue 14: 912 s)."""
    settings.MELDINGEN_HERPLAN_NA, settings.MELDINGEN_VASTHOUDEN = 900, 60
    melding = MeldingFactory()
    bezorging.houd_vast([melding.pk])  # what the task did before its worker was killed
    assert tasks.veeg_uitgaande_meldingen() == 0
    with time_machine.travel(timezone.now() + timedelta(seconds=61), tick=False):
        assert tasks.veeg_uitgaande_meldingen() == 1
    assert len(mail.outbox) == 1
    melding.refresh_from_db()
    assert melding.email_verstuurd_op is not None and melding.vastgehouden_tot is not None


def test_a_re_planned_row_waits_for_its_new_task_not_for_the_old_hold(settings, monkeypatch):
    settings.MELDINGEN_HERPLAN_NA, settings.MELDINGEN_VASTHOUDEN = 900, 60
    melding = MeldingFactory()
    bezorging.houd_vast([melding.pk])
    monkeypatch.setattr(tasks.bezorg_emails, "delay", lambda ids: None)  # queued, not yet run
    with time_machine.travel(timezone.now() + timedelta(seconds=61), tick=False):
        assert tasks.veeg_uitgaande_meldingen() == 1
        assert tasks.veeg_uitgaande_meldingen() == 0  # its new task is in the queue


def test_a_task_that_spends_its_retries_lets_go_for_the_next_sweep(smtp_server, settings):
    """SMTP stays down longer than the retries last: the next sweep (every 30 s) tries again,
    not MELDINGEN_HERPLAN_NA later."""
    settings.MELDINGEN_HERPLAN_NA, settings.MELDINGEN_MAX_POGINGEN = 900, 0
    melding = MeldingFactory()
    smtp_server.stop()
    with pytest.raises(OSError):
        tasks.bezorg_emails([melding.pk])
    smtp_server.start()
    assert tasks.veeg_uitgaande_meldingen() == 1
    assert list(smtp_server.sink.per_ontvanger()) == [melding.ontvanger.email]


def test_the_longest_wait_between_retries_is_half_a_minute():
    assert [tasks.wachttijd(poging) for poging in range(6)] == [5, 10, 20, 30, 30, 30]
