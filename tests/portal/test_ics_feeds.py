"""Calendar feeds for pollers: the VTIMEZONE as its two rules, SEQUENCE for a moved mijlpaal,
a refresh interval, and ETag/Last-Modified with 304 Not Modified while nothing changed."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from initiatieven import casemanagement
from participatiepunt.portal import ics
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.factories.reflectie import SessieFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FEEDS = ["initiatieven:jaarkalender_ics", "reflectie:feed_openbaar"]


def test_vtimezone_is_two_rules_that_match_the_zone_database():
    blok = ics.vtimezone("Europe/Amsterdam")
    [zone] = Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{blok}END:VCALENDAR\r\n").walk("VTIMEZONE")
    assert [deel.name for deel in zone.subcomponents] == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in deel for deel in zone.subcomponents)
    assert len(blok) < 600  # the 1970-2038 list was tens of kilobytes
    tz = zone.to_tz()
    for jaar in (2026, 2031, 2045):
        for maand, dag, uur in ((1, 15, 12), (3, 1, 12), (7, 1, 12), (10, 30, 12), (12, 1, 12)):
            moment = datetime.datetime(jaar, maand, dag, uur)
            verwacht = moment.replace(tzinfo=AMSTERDAM).utcoffset()
            assert moment.replace(tzinfo=tz).utcoffset() == verwacht, moment


def test_every_feed_carries_the_two_rule_zone_and_a_refresh_interval(client):
    SessieFactory(openbare=True)
    inhoud = client.get(reverse("reflectie:feed_openbaar")).content
    assert ics.vtimezone("Europe/Amsterdam").encode() in inhoud
    assert b"RDATE" not in inhoud
    for naam in FEEDS:
        inhoud = client.get(reverse(naam)).content
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in inhoud, naam
        assert b"X-PUBLISHED-TTL:PT1H\r\n" in inhoud, naam


def _jaarkalender_event(client, mijlpaal):
    kalender = Calendar.from_ical(client.get(reverse("initiatieven:jaarkalender_ics")).content)
    [event] = [e for e in kalender.walk("VEVENT") if f"-{mijlpaal.pk}@" in str(e["UID"])]
    return event


def test_a_moved_mijlpaal_is_a_new_sequence_of_the_same_event(client, settings):
    initiatief = InitiatiefFactory(in_uitvoering=True)
    mijlpaal = MijlpaalFactory(
        initiatief=initiatief, soort="oplevering", verwachte_datum=datetime.date(2030, 5, 20)
    )
    voor = _jaarkalender_event(client, mijlpaal)
    mijlpaal.verwachte_datum = datetime.date(2030, 6, 3)
    mijlpaal.save()
    na = _jaarkalender_event(client, mijlpaal)
    assert na["UID"] == voor["UID"]
    assert int(na["SEQUENCE"]) > int(voor["SEQUENCE"])
    assert na["DTSTART"].dt == datetime.date(2030, 6, 3)
    casemanagement.markeer_mijlpaal(mijlpaal, True)
    mijlpaal.refresh_from_db()
    assert mijlpaal.sequence == int(na["SEQUENCE"]) + 1


@pytest.mark.parametrize("naam", FEEDS)
def test_a_poller_gets_304_while_nothing_changed(client, naam):
    MijlpaalFactory(initiatief=InitiatiefFactory(in_uitvoering=True))
    SessieFactory(openbare=True)
    eerste = client.get(reverse(naam))
    assert eerste.status_code == 200
    etag, gewijzigd = eerste["ETag"], eerste["Last-Modified"]
    assert etag and gewijzigd
    opnieuw = client.get(reverse(naam), HTTP_IF_NONE_MATCH=etag)
    assert opnieuw.status_code == 304 and opnieuw.content == b""
    sinds = client.get(reverse(naam), HTTP_IF_MODIFIED_SINCE=gewijzigd)
    assert sinds.status_code == 304


def test_the_body_stays_the_same_bytes_until_something_changes(client, time_machine):
    """DTSTAMP is when the event changed, not when the feed was made: a feed made again (the
    cache expired) has the same ETag, so pollers keep getting 304."""
    from django.core.cache import cache

    SessieFactory(openbare=True)
    MijlpaalFactory(initiatief=InitiatiefFactory(in_uitvoering=True))
    for naam in FEEDS:
        eerste = client.get(reverse(naam))["ETag"]
        cache.clear()
        time_machine.move_to(timezone.now() + datetime.timedelta(minutes=10))
        assert client.get(reverse(naam))["ETag"] == eerste, naam
