"""Afspraken and evaluations that fall due are reminded by the notifications app's reminder
table (wijkafspraken/meldingen.py), once per date; a moved date is reminded again."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from participatiepunt.meldingen import tasks
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def vastgesteld(wijk):
    team = UserFactory(gebiedsteam=True, gebieden=[wijk.gebied])
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    AfspraakFactory(praatplaat=praatplaat, te_laat=True)
    AfspraakFactory(praatplaat=praatplaat)  # due in 60 days: not yet
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team)
    return praatplaat


def _herinner(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return tasks.stuur_herinneringen()


def _aantal(soort):
    return Gebeurtenis.objects.filter(soort=soort).count()


def test_due_afspraken_and_evaluations_are_reminded_once(
    vastgesteld, django_capture_on_commit_callbacks
):
    vastgesteld.evaluatie_op = timezone.localdate() + datetime.timedelta(days=10)
    vastgesteld.save()
    for _ in range(2):
        _herinner(django_capture_on_commit_callbacks)
    assert _aantal("afspraak.termijn") == 1
    assert _aantal("evaluatie.termijn") == 1


def test_the_gebiedsteam_hears_it(vastgesteld, django_capture_on_commit_callbacks):
    _herinner(django_capture_on_commit_callbacks)
    gebeurtenis = Gebeurtenis.objects.get(soort="afspraak.termijn")
    team = vastgesteld.wijk.gebied.teamleden.values_list("pk", flat=True)
    ontvangers = Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True)
    assert set(ontvangers) == set(team)


def test_a_moved_date_is_reminded_again(vastgesteld, django_capture_on_commit_callbacks):
    _herinner(django_capture_on_commit_callbacks)
    afspraak = vastgesteld.afspraken.order_by("wanneer").first()
    afspraak.wanneer = timezone.localdate() + datetime.timedelta(days=3)
    afspraak.save()
    _herinner(django_capture_on_commit_callbacks)
    assert _aantal("afspraak.termijn") == 2


@override_settings(MELDINGEN_AFSPRAAK_DAGEN=[70])
def test_the_days_before_are_a_setting(vastgesteld, django_capture_on_commit_callbacks):
    _herinner(django_capture_on_commit_callbacks)
    assert _aantal("afspraak.termijn") == 2


def test_drafts_get_no_afspraak_reminders(wijk):
    AfspraakFactory(praatplaat=PraatplaatFactory(wijk=wijk), te_laat=True)
    assert tasks.stuur_herinneringen() == 0
