"""Places, waiting list and confirmation: every way it can go wrong with a full bijeenkomst."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from bijeenkomsten import services
from bijeenkomsten.models import Aanmelding, Mailsoort, Status
from tests.factories.accounts import UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory

pytestmark = pytest.mark.django_db


def _aanmelden(bijeenkomst, email, **kwargs):
    return services.aanmelden(bijeenkomst.pk, naam="Test", email=email, **kwargs)


def test_with_an_account_the_place_counts_at_once(django_capture_on_commit_callbacks):
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    inwoner = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        aanmelding = _aanmelden(bijeenkomst, inwoner.email, gebruiker=inwoner)
    assert aanmelding.status == Status.GEPLAATST and aanmelding.is_bevestigd
    assert [m.to for m in mail.outbox] == [[inwoner.email]]
    ics = mail.outbox[0].attachments[0]
    assert "BEGIN:VEVENT" in ics.get_payload(decode=True).decode()


def test_full_means_waiting_list():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    _aanmelden(bijeenkomst, "eerste@example.nl", gebruiker=UserFactory())
    tweede = _aanmelden(bijeenkomst, "tweede@example.nl", gebruiker=UserFactory())
    assert tweede.status == Status.WACHTLIJST


def test_signing_up_twice_with_one_address_is_one_sign_up():
    bijeenkomst = BijeenkomstFactory(capaciteit=5)
    eerste = _aanmelden(bijeenkomst, "Anna@Example.nl")
    tweede = _aanmelden(bijeenkomst, " anna@example.nl ")
    assert eerste.pk == tweede.pk
    assert Aanmelding.objects.count() == 1
    assert eerste.mails.count() == 1


def test_signing_up_again_after_not_confirming_in_time_is_a_new_sign_up():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    eerste = _aanmelden(bijeenkomst, "gast@example.nl")
    Aanmelding.objects.filter(pk=eerste.pk).update(aangemeld_op=timezone.now() - timedelta(days=2))
    tweede = _aanmelden(bijeenkomst, "gast@example.nl")
    eerste.refresh_from_db()
    assert eerste.status == Status.VERLOPEN
    assert tweede.pk != eerste.pk and tweede.status == Status.GEPLAATST


def test_signing_up_again_from_the_waiting_list_finds_the_place_it_just_got():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    geplaatst = AanmeldingFactory(bijeenkomst=bijeenkomst)
    wachtend = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True, email="w@example.nl")
    Aanmelding.objects.filter(pk=geplaatst.pk).update(status=Status.AFGEMELD)  # no moving up
    opnieuw = _aanmelden(bijeenkomst, "W@example.nl")
    assert opnieuw.pk == wachtend.pk and opnieuw.status == Status.GEPLAATST


def test_cancelling_moves_the_first_on_the_waiting_list_up(django_capture_on_commit_callbacks):
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    geplaatst = AanmeldingFactory(bijeenkomst=bijeenkomst)
    eerste = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    tweede = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.afmelden(geplaatst.pk)
    eerste.refresh_from_db(), tweede.refresh_from_db()
    assert (eerste.status, tweede.status) == (Status.GEPLAATST, Status.WACHTLIJST)
    onderwerpen = {m.to[0]: m.subject for m in mail.outbox}
    assert "plaats vrij" in onderwerpen[eerste.email]
    assert "afgemeld" in onderwerpen[geplaatst.email]


def test_cancelling_twice_moves_up_only_once():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    geplaatst = AanmeldingFactory(bijeenkomst=bijeenkomst)
    eerste = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    tweede = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    services.afmelden(geplaatst.pk)
    services.afmelden(geplaatst.pk)
    assert bijeenkomst.aanmeldingen.filter(status=Status.GEPLAATST).get() == eerste
    tweede.refresh_from_db()
    assert tweede.status == Status.WACHTLIJST


def test_unconfirmed_sign_up_holds_its_place_for_a_while_then_not():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    gast = _aanmelden(bijeenkomst, "gast@example.nl")
    assert gast.status == Status.GEPLAATST and not gast.is_bevestigd
    wachtend = _aanmelden(bijeenkomst, "lid@example.nl", gebruiker=UserFactory())
    assert wachtend.status == Status.WACHTLIJST
    Aanmelding.objects.filter(pk=gast.pk).update(aangemeld_op=timezone.now() - timedelta(hours=25))
    assert services.ruim_verlopen_op() == 1
    gast.refresh_from_db(), wachtend.refresh_from_db()
    assert (gast.status, wachtend.status) == (Status.VERLOPEN, Status.GEPLAATST)
    assert wachtend.mails.filter(soort=Mailsoort.DOORGESCHOVEN).exists()
    assert services.bevestig(gast.pk) is None  # too late


def test_confirming_makes_it_count_and_sends_the_confirmation():
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    gast = _aanmelden(bijeenkomst, "gast@example.nl")
    services.bevestig(gast.pk)
    services.bevestig(gast.pk)  # the link followed twice
    gast.refresh_from_db()
    assert gast.is_bevestigd
    assert list(gast.mails.values_list("soort", flat=True)) == [
        Mailsoort.BEVESTIG_ADRES,
        Mailsoort.AANGEMELD,
    ]


def test_planning_in_a_wijk_tells_its_followers(django_capture_on_commit_callbacks):
    from participatiepunt.meldingen.volgen import volg
    from tests.factories.gebieden import GemeenteFactory, WijkFactory

    wijk, volger = WijkFactory(), UserFactory()
    volg(volger, wijk)
    start = timezone.now() + timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        services.plan(
            gemeente=GemeenteFactory(), door=None, soort="college", titel="College in de wijk",
            start=start, eind=start + timedelta(hours=2), locatie="Wijkcentrum", wijk=wijk,
            capaciteit=40,
        )  # fmt: skip
    assert [m.to for m in mail.outbox] == [[volger.email]]
    assert "College in de wijk" in mail.outbox[0].subject


def test_a_sign_up_expires_moves_up_and_counts_in_one_go():
    """Under one lock: the unconfirmed sign-ups past their time go (a place and a turn), the
    first confirmed one waiting takes the free place, and the newcomer waits."""
    bijeenkomst = BijeenkomstFactory(capaciteit=2)
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    oud = timezone.now() - timedelta(hours=25)
    verlopen = AanmeldingFactory(bijeenkomst=bijeenkomst, onbevestigd=True, aangemeld_op=oud)
    te_laat = AanmeldingFactory(
        bijeenkomst=bijeenkomst, onbevestigd=True, wachtend=True, aangemeld_op=oud
    )
    wachtend = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    nieuw = _aanmelden(bijeenkomst, "nieuw@example.nl", gebruiker=UserFactory())
    statussen = {a.pk: a.status for a in bijeenkomst.aanmeldingen.all()}
    assert statussen[verlopen.pk] == statussen[te_laat.pk] == Status.VERLOPEN
    assert statussen[wachtend.pk] == Status.GEPLAATST
    assert nieuw.status == Status.WACHTLIJST
    assert wachtend.mails.filter(soort=Mailsoort.DOORGESCHOVEN).exists()


def test_a_sign_up_with_nothing_to_clean_up_writes_only_itself(django_assert_num_queries):
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    inwoner = UserFactory()
    # SAVEPOINT, the lock, the places and turns with an earlier sign-up of the address, the
    # sign-up with its mail (one statement), RELEASE (the test's transaction around it)
    with django_assert_num_queries(5):
        _aanmelden(bijeenkomst, "nieuw@example.nl", gebruiker=inwoner)


def _na_verloop(aantal, django_assert_num_queries, queries):
    """A full bijeenkomst whose `aantal` unconfirmed places expired, with `aantal` confirmed
    people waiting: one more sign-up runs `queries` queries."""
    bijeenkomst = BijeenkomstFactory(capaciteit=aantal)
    oud = timezone.now() - timedelta(hours=25)
    AanmeldingFactory.create_batch(
        aantal, bijeenkomst=bijeenkomst, onbevestigd=True, aangemeld_op=oud
    )
    wachtenden = AanmeldingFactory.create_batch(aantal, bijeenkomst=bijeenkomst, wachtend=True)
    inwoner = UserFactory()
    with django_assert_num_queries(queries):
        _aanmelden(bijeenkomst, "nieuw@example.nl", gebruiker=inwoner)
    return wachtenden


@pytest.mark.parametrize("aantal", [1, 6])
def test_moving_many_up_runs_as_many_queries_as_one(aantal, django_assert_num_queries):
    """Before, each one moved up was saved and its mail written apart (23 queries in the bench).
    The lock, the count (with the address's earlier sign-up), the expiry, the waiting list
    moved up in one UPDATE, the mails in one INSERT, the sign-up with its mail (one statement),
    around them the savepoint."""
    wachtenden = _na_verloop(aantal, django_assert_num_queries, 8)
    for wachtend in wachtenden:
        wachtend.refresh_from_db()
        assert wachtend.status == Status.GEPLAATST
        assert list(wachtend.mails.values_list("soort", flat=True)) == [Mailsoort.DOORGESCHOVEN]


def test_the_mails_of_one_transaction_go_to_the_broker_as_one_task(
    django_capture_on_commit_callbacks,
):
    """Cancelling a place mails the one who cancelled and each one moved up: one message to
    the broker for all (each cost about 1 ms of the request's CPU)."""
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    geplaatst = AanmeldingFactory(bijeenkomst=bijeenkomst)
    AanmeldingFactory.create_batch(2, bijeenkomst=bijeenkomst, wachtend=True)
    with (
        mock.patch("bijeenkomsten.tasks.verstuur_mails.delay") as delay,
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.afmelden(geplaatst.pk)
    [(rij_ids,)] = [call.args for call in delay.call_args_list]
    assert len(rij_ids) == 2 and len(set(rij_ids)) == 2


def test_a_rolled_back_transaction_leaves_no_rows_for_the_next_one(
    django_capture_on_commit_callbacks,
):
    bijeenkomst = BijeenkomstFactory(capaciteit=5)
    with mock.patch("bijeenkomsten.tasks.verstuur_mails.delay") as delay:
        with pytest.raises(RuntimeError), transaction.atomic():
            _aanmelden(bijeenkomst, "weg@example.nl")
            raise RuntimeError
        with django_capture_on_commit_callbacks(execute=True):
            aanmelding = _aanmelden(bijeenkomst, "blijft@example.nl")
    [(rij_ids,)] = [call.args for call in delay.call_args_list]
    assert rij_ids == [aanmelding.mails.get().pk]
