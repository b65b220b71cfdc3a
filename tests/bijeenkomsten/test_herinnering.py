"""The reminder the day before: participants with an account through the notifications (their
preferences count), those without one by a mail of their own; once, never twice."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from bijeenkomsten.models import Mailsoort
from participatiepunt.meldingen import herinneringen
from tests.factories.accounts import UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory, over

pytestmark = pytest.mark.django_db


def test_the_day_before_everyone_with_a_place_is_reminded_once(django_capture_on_commit_callbacks):
    bijeenkomst = BijeenkomstFactory(start=over(1), eind=over(1) + datetime.timedelta(hours=2))
    lid = UserFactory()
    AanmeldingFactory(bijeenkomst=bijeenkomst, gebruiker=lid, email=lid.email)
    gast = AanmeldingFactory(bijeenkomst=bijeenkomst)
    AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    AanmeldingFactory(bijeenkomst=bijeenkomst, onbevestigd=True)
    with django_capture_on_commit_callbacks(execute=True):
        herinneringen.verstuur(herinneringen.regels(), timezone.localdate())
        herinneringen.verstuur(herinneringen.regels(), timezone.localdate())
    assert sorted(m.to[0] for m in mail.outbox) == sorted([lid.email, gast.email])
    assert all(m.attachments or m.alternatives for m in mail.outbox)
    assert gast.mails.filter(soort=Mailsoort.HERINNERING).count() == 1
