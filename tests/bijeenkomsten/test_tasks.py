"""The outbox's tasks: each row sent once, whatever is retried."""

from unittest import mock

import pytest
from django.core import mail

from bijeenkomsten import tasks
from bijeenkomsten.models import Aanmeldingsmail, Mailsoort
from tests.factories.bijeenkomsten import AanmeldingFactory

pytestmark = pytest.mark.django_db


def _rijen(aantal):
    soort = Mailsoort.AANGEMELD
    return [
        Aanmeldingsmail.objects.create(aanmelding=aanmelding, soort=soort).pk
        for aanmelding in AanmeldingFactory.create_batch(aantal)
    ]


def test_one_task_sends_each_row_once():
    rijen = _rijen(3)
    assert tasks.verstuur_mails.apply(args=(rijen,)).get() == 3
    assert tasks.verstuur_mails.apply(args=(rijen,)).get() == 0  # a duplicate sends nothing
    assert len(mail.outbox) == 3


def smtp_faalt_bij(fout_rij_id):
    """Sending works, except for this row."""
    echt = tasks._verstuur

    def verstuur(rij_id):
        if rij_id == fout_rij_id:
            raise OSError("SMTP weg")
        return echt(rij_id)

    return mock.patch.object(tasks, "_verstuur", side_effect=verstuur)


def test_an_smtp_failure_retries_from_the_row_that_failed():
    rijen = _rijen(3)
    with (
        smtp_faalt_bij(rijen[1]),
        mock.patch.object(tasks.verstuur_mails, "retry", return_value=RuntimeError) as retry,
        pytest.raises(RuntimeError),
    ):
        tasks.verstuur_mails(rijen)
    assert retry.call_args.kwargs["args"] == (rijen[1:],)
    assert len(mail.outbox) == 1
    assert tasks.verstuur_mails(rijen[1:]) == 2  # the retry
    assert len(mail.outbox) == 3
