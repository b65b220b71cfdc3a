"""Calendar feeds (RFC 5545): the public feed of public sessions and each user's personal feed.
Times carry TZID Europe/Amsterdam with its VTIMEZONE; the UID never changes, SEQUENCE rises with
every change and a cancelled session stays in the feed with STATUS:CANCELLED."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .models import Sessie

TIJDZONE = "Europe/Amsterdam"
STATUS = {"geannuleerd": "CANCELLED"}
CONTENT_TYPE = "text/calendar; charset=utf-8"


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "participatiepunt"


def _beschrijving(sessie) -> str:
    regels = [sessie.get_soort_display(), sessie.omschrijving]
    if sessie.wijk:
        regels.append(f"Op locatie in {sessie.wijk}")
    if sessie.is_geannuleerd and sessie.reden_wijziging:
        regels.append(f"Geannuleerd: {sessie.reden_wijziging}")
    return "\n\n".join(regel for regel in regels if regel)


def event(sessie, nu) -> Event:
    tz = timezone.get_default_timezone()
    entry = Event()
    entry.add("uid", f"sessie-{sessie.uid}@{_host()}")
    entry.add("dtstamp", nu)
    entry.add("last-modified", sessie.gewijzigd_op)
    entry.add("sequence", sessie.sequence)
    entry.add("dtstart", sessie.start.astimezone(tz))
    entry.add("dtend", sessie.eind.astimezone(tz))
    entry.add("summary", sessie.titel)
    entry.add("location", sessie.locatie)
    entry.add("description", _beschrijving(sessie))
    entry.add("status", STATUS.get(sessie.status, "CONFIRMED"))
    entry.add("url", settings.SITE_URL + sessie.get_absolute_url())
    return entry


def feed(sessies, naam: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Participatiepunt gemeente Groningen//Reflectie//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", naam)
    calendar.add("x-wr-timezone", TIJDZONE)
    calendar.add("refresh-interval", datetime.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    nu = timezone.now()
    for sessie in sessies:
        calendar.add_component(event(sessie, nu))
    calendar.add_missing_timezones()
    return calendar.to_ical()


# A feed holds the last month and everything to come: with two years of history a feed was
# 2,000 events, 870 KB and 6.5 million Python calls per request at the scale of a city (bench/).
FEED_TERUG = datetime.timedelta(days=31)


def _recent(sessies):
    return sessies.filter(eind__gte=timezone.now() - FEED_TERUG).select_related("wijk")


def openbare_sessies():
    return _recent(Sessie.objects.filter(openbaar=True))


def sessies_voor(user):
    return _recent(Sessie.objects.zichtbaar_voor(user))
