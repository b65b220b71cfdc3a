from datetime import UTC, datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participatiepunt.meldingen.events import publish
from participatiepunt.meldingen.kinds import Email
from participatiepunt.meldingen.models import Gebeurtenis, Melding, Reden
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory
from tests.factories.meldingen import VolgFactory, VoorkeurFactory

pytestmark = pytest.mark.django_db


def _publish(onderwerp, **kwargs):
    kwargs.setdefault("titel", "De status is veranderd")
    kwargs.setdefault("url", "/wijken/testwijk/")
    return publish("initiatief.status", onderwerp, **kwargs)


def test_publish_writes_one_row_per_follower_and_mails_each_once(
    django_capture_on_commit_callbacks,
):
    wijk = WijkFactory()
    volgers = [VolgFactory(onderwerp=wijk).gebruiker for _ in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        _publish(wijk)
    assert Melding.objects.count() == 3
    assert sorted(m.to[0] for m in mail.outbox) == sorted(v.email for v in volgers)
    assert Melding.objects.filter(email_verstuurd_op__isnull=True).count() == 0


def test_follower_of_two_objects_gets_it_once(django_capture_on_commit_callbacks):
    wijk, andere = WijkFactory(), WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    VolgFactory(onderwerp=andere, gebruiker=volger)
    with django_capture_on_commit_callbacks(execute=True):
        _publish(wijk, ook_volgers_van=[andere], ontvangers=[volger])
    assert Melding.objects.get().reden == Reden.ONTVANGER
    assert len(mail.outbox) == 1


def test_no_query_per_follower(django_assert_max_num_queries):
    wijk = WijkFactory()
    for _ in range(30):
        VolgFactory(onderwerp=wijk)
    with django_assert_max_num_queries(12):
        _publish(wijk)
    assert Melding.objects.count() == 30


def test_preference_off_skips_follower_but_not_mandatory_recipient():
    wijk = WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    indiener = UserFactory()
    for gebruiker in (volger, indiener):
        VoorkeurFactory(gebruiker=gebruiker, soort="initiatief.status", portaal=False)
    _publish(wijk, ontvangers=[indiener], verplicht=True)
    melding = Melding.objects.get()
    assert melding.ontvanger == indiener
    assert melding.email == Email.DIRECT


def test_weekly_preference_writes_digest_row_and_sends_nothing_now():
    wijk = WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    VoorkeurFactory(gebruiker=volger, soort="initiatief.status", email=Email.WEKELIJKS)
    _publish(wijk)
    assert Melding.objects.get().email == Email.WEKELIJKS
    assert mail.outbox == []


def test_nothing_is_written_when_the_change_rolls_back():
    wijk = WijkFactory()
    VolgFactory(onderwerp=wijk)
    with pytest.raises(RuntimeError), __import__("django").db.transaction.atomic():
        _publish(wijk)
        raise RuntimeError
    assert not Gebeurtenis.objects.exists()
    assert not Melding.objects.exists()


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="Onbekende soort"):
        publish("bestaat.niet", WijkFactory(), titel="x", url="/")


def test_a_recipient_without_verplicht_gets_it_by_their_own_preference():
    wijk = WijkFactory()
    uit, eigen, standaard = UserFactory(), UserFactory(), UserFactory()
    VoorkeurFactory(gebruiker=uit, soort="initiatief.status", email=Email.UIT, portaal=False)
    VoorkeurFactory(gebruiker=eigen, soort="initiatief.status", email=Email.WEKELIJKS)
    _publish(wijk, ontvangers=[uit, eigen, standaard])
    gekregen = {m.ontvanger_id: m.email for m in Melding.objects.all()}
    assert gekregen == {eigen.pk: Email.WEKELIJKS, standaard.pk: Email.DIRECT}


def test_a_follower_whose_preference_is_off_has_still_heard_of_it():
    """The heartbeat is for followers who heard nothing; switching a kind off is a choice."""
    wijk = WijkFactory()
    lang_geleden = datetime(2020, 1, 1, tzinfo=UTC)
    volg = VolgFactory(onderwerp=wijk, laatst_gehoord_op=lang_geleden)
    VoorkeurFactory(gebruiker=volg.gebruiker, email=Email.UIT, portaal=False)
    _publish(wijk)
    volg.refresh_from_db()
    assert not Melding.objects.exists()
    assert volg.laatst_gehoord_op > lang_geleden


def test_an_object_nobody_follows_costs_no_update_of_follows(django_assert_num_queries):
    wijk = WijkFactory()
    VolgFactory(onderwerp=WijkFactory())
    ontvanger = UserFactory()
    # Its followers with their preferences; the event with its outbox row.
    with django_assert_num_queries(2):
        _publish(wijk, ontvangers=[ontvanger], verplicht=True)


def test_a_notification_is_written_as_a_new_one(django_capture_on_commit_callbacks):
    """Written in SQL (fanout._bulk_insert): what it leaves out is what a new Melding has."""
    wijk = WijkFactory()
    volger = VolgFactory(onderwerp=wijk).gebruiker
    gebeurtenis = _publish(wijk)
    melding = Melding.objects.get()
    assert (melding.ontvanger, melding.reden, melding.in_portaal) == (volger, Reden.VOLGER, True)
    assert melding.aangemaakt_op == melding.ingepland_op == gebeurtenis.aangemaakt_op
    assert (melding.email_fout, melding.email_pogingen) == ("", 0)
    assert melding.gelezen_op is melding.email_verstuurd_op is melding.overzicht is None
    assert melding.vastgehouden_tot is None


def test_followers_are_written_in_batches(settings):
    settings.MELDINGEN_SCHRIJF_BATCH = 2
    wijk = WijkFactory()
    volgers = {VolgFactory(onderwerp=wijk).gebruiker_id for _ in range(5)}
    with CaptureQueriesContext(connection) as queries:
        _publish(wijk)
    inserts = [q for q in queries if q["sql"].startswith("INSERT INTO meldingen_melding")]
    assert len(inserts) == 2  # the first batch is written with the event
    assert set(Melding.objects.values_list("ontvanger_id", flat=True)) == volgers


def test_the_event_and_its_first_rows_are_one_statement(django_assert_num_queries):
    """A submission's confirmation: one round trip writes the event and its recipient's row."""
    wijk, ontvanger = WijkFactory(), UserFactory()
    with django_assert_num_queries(1):
        gebeurtenis = _publish(wijk, ontvangers=[ontvanger], alleen_ontvangers=True, verplicht=True)
    opgeslagen = Gebeurtenis.objects.get()
    assert (gebeurtenis.pk, gebeurtenis._state.adding) == (opgeslagen.pk, False)
    assert (opgeslagen.titel, opgeslagen.aangemaakt_op) == (
        "De status is veranderd",
        gebeurtenis.aangemaakt_op,
    )
    assert Melding.objects.get().gebeurtenis_id == gebeurtenis.pk


def test_an_event_without_recipients_is_saved_alone():
    gebeurtenis = _publish(WijkFactory())
    assert Gebeurtenis.objects.get().pk == gebeurtenis.pk
    assert not Melding.objects.exists()


def test_who_follows_from_now_on_is_written_in_the_same_statement(django_assert_num_queries):
    """A submission: its initiator hears it as recipient and follows it from then on."""
    from participatiepunt.meldingen import volgen

    wijk, ontvanger = WijkFactory(), UserFactory()
    with django_assert_num_queries(1):
        gebeurtenis = _publish(
            wijk,
            ontvangers=[ontvanger],
            alleen_ontvangers=True,
            verplicht=True,
            volgen_voortaan=[ontvanger],
        )
    assert volgen.volgt(ontvanger, wijk)
    volg = ontvanger.volgt.get()
    assert volg.aangemaakt_op == volg.laatst_gehoord_op == gebeurtenis.aangemaakt_op
    assert Melding.objects.get().reden == Reden.ONTVANGER


def test_following_from_now_on_leaves_an_earlier_follow_as_it_was():
    wijk, nieuw = WijkFactory(), UserFactory()
    eerder = VolgFactory(onderwerp=wijk)
    _publish(wijk, volgen_voortaan=[eerder.gebruiker, nieuw])
    # only who followed before hears it as follower; each follows the wijk once
    assert Melding.objects.get().ontvanger_id == eerder.gebruiker_id
    assert eerder.gebruiker.volgt.get().pk == eerder.pk
    assert nieuw.volgt.get().object_id == wijk.pk


def test_a_small_event_is_prepared_once_per_connection_a_large_one_is_sent_as_sql():
    from participatiepunt.meldingen.fanout import VOORBEREID_TOT

    wijk, ontvanger = WijkFactory(), UserFactory()
    for _ in range(2):  # a second PREPARE of the same name would fail
        with CaptureQueriesContext(connection) as klein:
            _publish(wijk, ontvangers=[ontvanger], alleen_ontvangers=True, verplicht=True)
    assert [q["sql"].split("(")[0] for q in klein.captured_queries] == ["EXECUTE gebeurtenis_1_0"]
    veel = [UserFactory() for _ in range(VOORBEREID_TOT + 1)]
    with CaptureQueriesContext(connection) as groot:
        _publish(wijk, ontvangers=veel, alleen_ontvangers=True, verplicht=True)
    assert groot.captured_queries[0]["sql"].startswith("WITH gebeurtenis AS")
    assert Melding.objects.count() == 2 + len(veel)
