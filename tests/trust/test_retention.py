"""Retention: drafts untouched for 12 months are deleted, after a warning e-mail and 30 days.
The warning is a verplicht notification: delivered after commit, swept when delivery is lost."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from initiatieven import tasks
from initiatieven.models import Initiatief
from participatiepunt.celery import app
from participatiepunt.meldingen import tasks as meldingen_tasks
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Voorkeur
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db


def _later(dagen):
    return time_machine.travel(timezone.now() + timedelta(days=dagen), tick=False)


@pytest.fixture
def bewaartermijn_concepten(django_capture_on_commit_callbacks):
    """The daily task, its notifications delivered after its commit."""

    def draai():
        with django_capture_on_commit_callbacks(execute=True):
            return tasks.bewaartermijn_concepten()

    return draai


def test_the_task_runs_daily_from_beat():
    entry = app.conf.beat_schedule["initiatieven-bewaartermijn-concepten"]
    assert entry["task"] == "initiatieven.tasks.bewaartermijn_concepten"


def test_an_old_draft_is_warned_once_then_deleted_after_the_grace_period(
    bewaartermijn_concepten, mailoutbox
):
    concept = InitiatiefFactory(concept=True, titel="Bankje bij de vijver")
    with _later(364):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 0, "verwijderd": 0}
    with _later(366):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 1, "verwijderd": 0}
    assert [m.to for m in mailoutbox] == [[concept.indiener.email]]
    assert "Bankje bij de vijver" in mailoutbox[0].subject
    assert f"/initiatieven/{concept.pk}/concept/" in mailoutbox[0].body
    with _later(366 + 29):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 0, "verwijderd": 0}
    assert len(mailoutbox) == 1
    with _later(366 + 31):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 0, "verwijderd": 1}
    assert not Initiatief.objects.filter(pk=concept.pk).exists()


def test_editing_the_draft_after_the_warning_starts_the_clock_again(
    bewaartermijn_concepten, mailoutbox
):
    concept = InitiatiefFactory(concept=True)
    with _later(366):
        bewaartermijn_concepten()
    with _later(380):
        concept.samenvatting = "Nog steeds van plan!"
        concept.save()
    with _later(366 + 40):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 0, "verwijderd": 0}
    with _later(380 + 366):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 1, "verwijderd": 0}
    assert Initiatief.objects.filter(pk=concept.pk).exists()
    assert len(mailoutbox) == 2


def test_submitted_initiatives_are_never_touched(bewaartermijn_concepten, mailoutbox):
    ingediend = InitiatiefFactory()
    with _later(800):
        assert bewaartermijn_concepten() == {"gewaarschuwd": 0, "verwijderd": 0}
    assert Initiatief.objects.filter(pk=ingediend.pk).exists()
    assert mailoutbox == []


def test_the_warning_cannot_be_switched_off(bewaartermijn_concepten, mailoutbox):
    concept = InitiatiefFactory(concept=True)
    Voorkeur.objects.create(
        gebruiker=concept.indiener, soort="initiatief.bewaartermijn", email=Email.UIT
    )
    with _later(366):
        bewaartermijn_concepten()
    assert [m.to for m in mailoutbox] == [[concept.indiener.email]]
    assert "List-Unsubscribe" not in mailoutbox[0].extra_headers


def test_a_warning_whose_delivery_was_lost_is_swept(mailoutbox, settings):
    concept = InitiatiefFactory(concept=True, titel="Bankje bij de vijver")
    with _later(366):
        assert tasks.bewaartermijn_concepten() == {"gewaarschuwd": 1, "verwijderd": 0}
    assert mailoutbox == []  # the broker lost the delivery task (no commit ran it)
    with _later(366 + 1):
        assert meldingen_tasks.veeg_uitgaande_meldingen() == 1
    assert [m.to for m in mailoutbox] == [[concept.indiener.email]]
    assert "Bankje bij de vijver" in mailoutbox[0].subject
