import pytest
from django.core.management import call_command

from initiatieven.choices import Status
from initiatieven.models import Initiatief, KadersVersie

pytestmark = pytest.mark.django_db


def test_demo_data_is_realistic_and_idempotent():
    call_command("laad_demo")
    aantal = Initiatief.objects.count()
    call_command("laad_demo")
    assert Initiatief.objects.count() == aantal
    statussen = set(Initiatief.objects.values_list("status", flat=True))
    assert {Status.CONCEPT, Status.INGEDIEND, Status.IN_UITVOERING, Status.AFGEROND} <= statussen
    assert Initiatief.objects.filter(is_succesvoorbeeld=True).exists()
    assert KadersVersie.objects.filter(versie=2).exists()
    assert not Initiatief.objects.filter(wijk__isnull=True).exists()
