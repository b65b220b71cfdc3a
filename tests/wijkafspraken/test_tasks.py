import datetime

import pytest
from django.utils import timezone

from participatiepunt.meldingen.models import Gebeurtenis
from tests.factories.accounts import UserFactory
from tests.factories.wijkafspraken import AfspraakFactory, PraatplaatFactory
from wijkafspraken import services, tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def vastgesteld(wijk):
    team = UserFactory(gebiedsteam=True, gebieden=[wijk.gebied])
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    AfspraakFactory(praatplaat=praatplaat, te_laat=True)
    AfspraakFactory(praatplaat=praatplaat)  # due in 60 days: not yet
    services.vaststellen(praatplaat, team)
    return praatplaat


def test_due_afspraken_and_evaluations_are_reminded_once(
    vastgesteld, django_capture_on_commit_callbacks
):
    vastgesteld.evaluatie_op = timezone.localdate() + datetime.timedelta(days=10)
    vastgesteld.save()
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            tasks.herinner_termijnen()
    assert Gebeurtenis.objects.filter(soort="afspraak.termijn").count() == 1
    assert Gebeurtenis.objects.filter(soort="evaluatie.termijn").count() == 1


def test_a_retry_of_one_reminder_sends_nothing_twice(vastgesteld):
    afspraak = vastgesteld.afspraken.order_by("wanneer").first()
    assert tasks.herinner_afspraak(afspraak.pk) is True
    assert tasks.herinner_afspraak(afspraak.pk) is False
    assert tasks.herinner_evaluatie(vastgesteld.pk) is True
    assert tasks.herinner_evaluatie(vastgesteld.pk) is False
    assert tasks.herinner_afspraak(0) is False


def test_drafts_get_no_afspraak_reminders(wijk):
    AfspraakFactory(praatplaat=PraatplaatFactory(wijk=wijk), te_laat=True)
    assert tasks.herinner_termijnen() == 0
