import pytest
from django.core import mail

from participatiepunt.accounts import demo as account_demo
from participatiepunt.gebieden.models import Wijk
from participatiepunt.meldingen import demo, volgen
from participatiepunt.meldingen.models import Melding

pytestmark = pytest.mark.django_db


def test_demo_resident_follows_beijum_and_has_unread_notifications_without_mail():
    accounts = account_demo.load()
    demo.load(accounts)
    demo.load(accounts)
    inwoner = accounts["inwoner"]
    assert volgen.volgt(inwoner, Wijk.objects.get(slug="beijum"))
    assert Melding.objects.filter(ontvanger=inwoner, gelezen_op__isnull=True).count() >= 1
    assert Melding.objects.filter(ontvanger=inwoner).count() == Melding.objects.count()
    assert mail.outbox == []


def test_demo_with_initiatives_adds_the_pluktuin(django_capture_on_commit_callbacks):
    initiatieven_demo = pytest.importorskip("initiatieven.demo")
    accounts = account_demo.load()
    initiatieven_demo.load(accounts)
    demo.load(accounts)
    aantal = Melding.objects.count()
    demo.load(accounts)
    assert Melding.objects.count() == aantal >= 2
