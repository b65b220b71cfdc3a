"""Writing iCalendar text (RFC 5545) directly: escaped TEXT values, dates with TZID or in UTC,
lines folded at 75 octets, CRLF. The icalendar library built each property as an object and
folded every line in Python: 420 ms for a feed of 860 sessions at the scale of a city (bench/);
written directly it is a few ms. The VTIMEZONE is written as its two rules."""

import datetime
import re
import time
from functools import cache

from django.http import HttpResponse
from django.utils.cache import set_response_etag
from django.utils.http import http_date

CRLF = "\r\n"
MAX_OCTETS = 75
# RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n; other control
# characters are not allowed in TEXT. NEL (U+0085) and the Unicode line and paragraph
# separators (U+2028, U+2029) are line breaks too: a client that splits lines on them would
# read the rest as a property of its own.
# Each as a str method or one compiled class, not str.translate with a table: translate looks
# every character up in a dict, and was the largest part of making a city's jaarkalender feed.
_WEG = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")  # controls but tab, LF, NEL
_REGELEINDEN = re.compile("[\x85\u2028\u2029]")


def tekst(waarde: str) -> str:
    """A TEXT value: escaped, with every kind of line break as \\n."""
    waarde = _WEG.sub("", waarde.replace("\r\n", "\n").replace("\r", "\n"))
    waarde = waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _REGELEINDEN.sub(r"\\n", waarde.replace("\n", "\\n"))


def lokaal(moment: datetime.datetime) -> str:
    """A local DATE-TIME (for a property with TZID)."""
    return moment.strftime("%Y%m%dT%H%M%S")


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def regel(lijn: str) -> str:
    """One content line with its CRLF, folded after 75 octets without splitting a character.
    Cut in the UTF-8 bytes, stepping back off a continuation byte: a city's jaarkalender feed
    folds 30,000 descriptions, and doing it character by character was 60% of making it."""
    data = lijn.encode()
    if len(data) <= MAX_OCTETS:
        return lijn + CRLF
    delen, begin, ruimte = [], 0, MAX_OCTETS
    while len(data) - begin > ruimte:
        eind = begin + ruimte
        while data[eind] & 0xC0 == 0x80:  # inside a character: cut before it
            eind -= 1
        delen.append(data[begin:eind])
        begin, ruimte = eind, MAX_OCTETS - 1  # a continuation line starts with one space
    delen.append(data[begin:])
    return b"\r\n ".join(delen).decode() + CRLF


# The zones the portal writes, as the two rules they follow since 1996 (EU summer time: from the
# last Sunday of March, 02:00 local, to the last Sunday of October, 03:00 local): (standard
# offset, its name, daylight offset, its name). The icalendar library wrote every transition from
# 1970 to 2038 instead, 63% of a feed.
ZONES = {"Europe/Amsterdam": ("+0100", "CET", "+0200", "CEST")}


@cache
def vtimezone(tzid: str) -> str:
    """The VTIMEZONE block of a zone: a STANDARD and a DAYLIGHT rule with RRULE."""
    standaard, standaard_naam, zomer, zomer_naam = ZONES[tzid]
    lijnen = (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{standaard}",
        f"TZOFFSETTO:{zomer}",
        f"TZNAME:{zomer_naam}",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{zomer}",
        f"TZOFFSETTO:{standaard}",
        f"TZNAME:{standaard_naam}",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    )
    return "".join(map(regel, lijnen))


# How often a subscribed calendar should ask again (RFC 7986 and Outlook's property).
VERVERS = ("REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H")


def voor_pollers(response: HttpResponse) -> HttpResponse:
    """ETag (of the body) and Last-Modified (when the body was made) on a public feed, so a
    calendar client that asks every hour gets 304 Not Modified while nothing changed
    (conditional_page answers it; the page cache keeps both headers with the body)."""
    set_response_etag(response)
    response["Last-Modified"] = http_date(time.time())
    return response
