"""A bijeenkomst as an .ics attachment (RFC 5545/5546), written with the portal's helpers:
METHOD:PUBLISH puts it in the reader's calendar, METHOD:CANCEL (after cancelling) takes the
same UID out again."""

from email.mime.text import MIMEText
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from participatiepunt.portal import ics

TIJDZONE = "Europe/Amsterdam"
KOP = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Participatiepunt//Bijeenkomsten//NL",
    "CALSCALE:GREGORIAN",
)


def _event(bijeenkomst, geannuleerd: bool) -> str:
    tz = timezone.get_default_timezone()
    tzid = f";TZID={TIJDZONE}:"
    host = urlsplit(settings.SITE_URL).hostname or "participatiepunt"
    lijnen = (
        "BEGIN:VEVENT",
        f"UID:bijeenkomst-{bijeenkomst.uid}@{host}",
        f"DTSTAMP:{ics.utc(timezone.now())}",
        f"DTSTART{tzid}{ics.lokaal(bijeenkomst.start.astimezone(tz))}",
        f"DTEND{tzid}{ics.lokaal(bijeenkomst.eind.astimezone(tz))}",
        f"SUMMARY:{ics.tekst(bijeenkomst.titel)}",
        f"LOCATION:{ics.tekst(bijeenkomst.locatie)}",
        f"DESCRIPTION:{ics.tekst(bijeenkomst.get_soort_display())}",
        f"STATUS:{'CANCELLED' if geannuleerd else 'CONFIRMED'}",
        f"URL:{settings.SITE_URL}{bijeenkomst.get_absolute_url()}",
        "END:VEVENT",
    )
    return "".join(map(ics.regel, lijnen))


def agenda_item(bijeenkomst, *, geannuleerd: bool = False) -> MIMEText:
    method = "CANCEL" if geannuleerd else "PUBLISH"
    tekst = "".join(
        (
            *map(ics.regel, (*KOP, f"METHOD:{method}")),
            ics.vtimezone(TIJDZONE),
            _event(bijeenkomst, geannuleerd),
            ics.regel("END:VCALENDAR"),
        )
    )
    deel = MIMEText(tekst, "calendar", "utf-8")
    deel.set_param("method", method)
    naam = "afmelding.ics" if geannuleerd else "bijeenkomst.ics"
    deel.add_header("Content-Disposition", "attachment", filename=naam)
    return deel
