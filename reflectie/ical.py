"""Calendar feeds (RFC 5545): the public feed of public sessions and each user's personal feed.
Times carry TZID Europe/Amsterdam with its VTIMEZONE; the UID never changes, SEQUENCE rises with
every change and a cancelled session stays in the feed with STATUS:CANCELLED."""

import datetime
from email.mime.text import MIMEText
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from participatiepunt.gebieden.huidige import alle_gemeenten
from participatiepunt.portal import ics
from participatiepunt.portal.mail import site

from .choices import Soort, Status
from .models import Sessie

TIJDZONE = "Europe/Amsterdam"
STATUS = {Status.GEANNULEERD: "CANCELLED"}
CONTENT_TYPE = "text/calendar; charset=utf-8"
KOP = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Participatiepunt//Reflectie//NL",
    "CALSCALE:GREGORIAN",
)
# What an event needs, read as values: 860 sessions as model instances cost more than the text.
VELDEN = (
    "pk", "uid", "soort", "titel", "omschrijving", "start", "eind", "locatie", "status",
    "reden_wijziging", "sequence", "gewijzigd_op", "wijk__naam", "gemeente_id",
)  # fmt: skip


def _host() -> str:
    """The UID's domain: the installation's, for every gemeente, so a UID never changes."""
    return urlsplit(settings.SITE_URL).hostname or "participatiepunt"


def _sessie_url_bases() -> dict[int | None, str]:
    """Per gemeente its own site (mail.site) and the path of a session without its pk: the
    link in a calendar item leads to the session's gemeente; one reverse() for a whole feed."""
    pad = reverse("reflectie:sessie", kwargs={"pk": 0}).removesuffix("0/")
    bases = {gemeente.pk: site(gemeente) + pad for gemeente in alle_gemeenten()}
    return {None: site() + pad, **bases}


def _url_basis(bases, sessie: dict) -> str:
    return bases.get(sessie["gemeente_id"], bases[None])


def _beschrijving(sessie: dict) -> str:
    regels = [Soort(sessie["soort"]).label, sessie["omschrijving"]]
    if sessie["wijk__naam"]:
        regels.append(f"Op locatie in {sessie['wijk__naam']}")
    if sessie["status"] == Status.GEANNULEERD and sessie["reden_wijziging"]:
        regels.append(f"Geannuleerd: {sessie['reden_wijziging']}")
    return "\n\n".join(regel for regel in regels if regel)


def event(sessie: dict, host: str, url_basis: str, dtstamp=None, extra=()) -> str:
    """One VEVENT. In a feed (no METHOD) DTSTAMP is when the session last changed (RFC 5545
    3.8.7.2), so the feed is the same bytes until something changes (ETag, 304); an iTIP
    message passes the moment it is made."""
    tz = timezone.get_default_timezone()
    tzid = f";TZID={TIJDZONE}:"
    gewijzigd = ics.utc(sessie["gewijzigd_op"])
    lijnen = (
        "BEGIN:VEVENT",
        f"UID:sessie-{sessie['uid']}@{host}",
        f"DTSTAMP:{dtstamp or gewijzigd}",
        f"LAST-MODIFIED:{gewijzigd}",
        f"SEQUENCE:{sessie['sequence']}",
        f"DTSTART{tzid}{ics.lokaal(sessie['start'].astimezone(tz))}",
        f"DTEND{tzid}{ics.lokaal(sessie['eind'].astimezone(tz))}",
        f"SUMMARY:{ics.tekst(sessie['titel'])}",
        f"LOCATION:{ics.tekst(sessie['locatie'])}",
        f"DESCRIPTION:{ics.tekst(_beschrijving(sessie))}",
        f"STATUS:{STATUS.get(sessie['status'], 'CONFIRMED')}",
        f"URL:{url_basis}{sessie['pk']}/",
        *extra,
        "END:VEVENT",
    )
    return "".join(map(ics.regel, lijnen))


def feed(sessies, naam: str, gemeente=None) -> bytes:
    """The calendar of these sessions (a queryset of Sessie), named for its gemeente if one."""
    host, bases = _host(), _sessie_url_bases()
    naam = f"{naam} gemeente {gemeente.naam}" if gemeente else naam
    kop = (*KOP, f"X-WR-CALNAME:{ics.tekst(naam)}", f"X-WR-TIMEZONE:{TIJDZONE}", *ics.VERVERS)
    delen = [*map(ics.regel, kop), ics.vtimezone(TIJDZONE)]
    delen.extend(
        event(sessie, host, _url_basis(bases, sessie)) for sessie in sessies.values(*VELDEN)
    )
    delen.append(ics.regel("END:VCALENDAR"))
    return "".join(delen).encode()


# A feed holds the last month and everything to come: with two years of history a feed was
# 2,000 events, 870 KB and 6.5 million Python calls per request at the scale of a city (bench/).
FEED_TERUG = datetime.timedelta(days=31)


def _recent(sessies):
    return sessies.filter(eind__gte=timezone.now() - FEED_TERUG).order_by("start", "pk")


def openbare_sessies(gemeente):
    return _recent(Sessie.objects.voor_gemeente(gemeente).filter(openbaar=True))


def sessies_voor(user):
    return _recent(Sessie.objects.zichtbaar_voor(user))


def sessie_voor_uitnodiging(pk: int) -> dict | None:
    return Sessie.objects.filter(pk=pk).values(*VELDEN, "gemeente__naam", "gemeente__email").first()


def uitnodiging(sessie: dict, email: str) -> MIMEText:
    """The session as an iTIP message (RFC 5546) for one invitee: METHOD:REQUEST, or CANCEL
    once it is cancelled, with the feed's UID and SEQUENCE, so a calendar that has it from the
    feed or an earlier mail updates that one item instead of adding another."""
    method = "CANCEL" if sessie["status"] == Status.GEANNULEERD else "REQUEST"
    afzender = sessie["gemeente__email"] or settings.PARTICIPATIEPUNT_EMAIL
    organisator = (
        f"ORGANIZER;CN=Participatiepunt gemeente {sessie['gemeente__naam']}:mailto:{afzender}"
    )
    deelnemer = f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{email}"
    kop = (*KOP, f"METHOD:{method}")
    tekst = "".join(
        (
            *map(ics.regel, kop),
            ics.vtimezone(TIJDZONE),
            event(
                sessie, _host(), _url_basis(_sessie_url_bases(), sessie),
                dtstamp=ics.utc(timezone.now()),
                extra=(organisator, deelnemer),
            ),
            ics.regel("END:VCALENDAR"),
        )
    )  # fmt: skip
    deel = MIMEText(tekst, "calendar", "utf-8")
    deel.set_param("method", method)
    naam = "afzegging.ics" if method == "CANCEL" else "uitnodiging.ics"
    deel.add_header("Content-Disposition", "attachment", filename=naam)
    return deel
