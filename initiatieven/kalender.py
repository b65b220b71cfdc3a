"""The jaarkalender: mijlpalen of public initiatieven and trajecten, by month and as iCalendar."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import ExtractMonth
from django.urls import reverse
from django.utils import timezone

from participatiepunt.portal import ics

from . import mijlpaalsoorten
from .models import Mijlpaal
from .statussen import OPENBARE_STATUSSEN

MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def mijlpalen(gemeente, wijk=None):
    qs = Mijlpaal.objects.filter(
        initiatief__status__in=OPENBARE_STATUSSEN, initiatief__gemeente=gemeente
    ).select_related("initiatief__wijk")
    return qs.filter(initiatief__wijk=wijk) if wijk else qs


def aantallen_per_maand(gemeente, jaar: int, wijk=None) -> dict[int, int]:
    """{month number: mijlpalen in it}, one aggregate query."""
    rijen = (
        mijlpalen(gemeente, wijk)
        .filter(verwachte_datum__year=jaar)
        .annotate(maand=ExtractMonth("verwachte_datum"))
        .order_by()
        .values_list("maand")
        .annotate(aantal=Count("pk"))
    )
    return dict(rijen)


def gekozen_maand(jaar: int, maand: int | None, aantallen: dict[int, int]) -> int:
    """The month asked for; else this month in this year, else the year's first busy month."""
    if maand:
        return maand
    vandaag = timezone.localdate()
    if jaar == vandaag.year:
        return vandaag.month
    return min(aantallen, default=1)


def in_maand(gemeente, jaar: int, maand: int, wijk=None):
    """The city has thousands of mijlpalen a year: the page shows one month at a time."""
    qs = mijlpalen(gemeente, wijk).filter(verwachte_datum__year=jaar, verwachte_datum__month=maand)
    return qs.order_by("verwachte_datum", "pk")


KOP = (
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Participatiepunt//Jaarkalender//NL",
    "CALSCALE:GREGORIAN",
)


# What an event needs, read as values: thousands of mijlpalen as objects, through the icalendar
# library, took 1.3 s per feed at the scale of a city (bench/); written directly, tens of ms.
VELDEN = (
    "pk", "soort", "titel", "verwachte_datum", "einddatum", "initiatief_id", "initiatief__titel",
    "initiatief__samenvatting", "initiatief__wijk__naam", "sequence", "gewijzigd_op", "gereed",
)  # fmt: skip


def _beschrijving(mijlpaal: dict, soort) -> str:
    """The initiative first (as before), then the kind and, while open, what a resident can do."""
    wijk = mijlpaal["initiatief__wijk__naam"] or "-"
    tekst = f"{mijlpaal['initiatief__samenvatting']}\n\nWijk of dorp: {wijk}\n\n{soort.naam}"
    if mijlpaal["gereed"]:
        return f"{tekst} (gereed)"
    return f"{tekst}: {soort.actie_tekst(mijlpaal['verwachte_datum'], mijlpaal['einddatum'])}"


def _event(mijlpaal: dict, host: str, url_basis: str) -> str:
    datum = mijlpaal["verwachte_datum"]
    soort = mijlpaalsoorten.soort(mijlpaal["soort"])
    # A published calendar without METHOD: DTSTAMP is when the event last changed (RFC 5545
    # 3.8.7.2), so the feed is the same bytes until something changes (ETag, 304).
    gewijzigd = ics.utc(mijlpaal["gewijzigd_op"])
    lijnen = (
        "BEGIN:VEVENT",
        f"UID:initiatief-mijlpaal-{mijlpaal['pk']}@{host}",
        f"DTSTAMP:{gewijzigd}",
        f"LAST-MODIFIED:{gewijzigd}",
        f"SEQUENCE:{mijlpaal['sequence']}",
        f"DTSTART;VALUE=DATE:{datum:%Y%m%d}",
        f"DTEND;VALUE=DATE:{datum + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics.tekst(mijlpaal['titel'] + ' – ' + mijlpaal['initiatief__titel'])}",
        f"CATEGORIES:{ics.tekst(soort.naam)}",
        f"DESCRIPTION:{ics.tekst(_beschrijving(mijlpaal, soort))}",
        f"URL:{url_basis}{mijlpaal['initiatief_id']}/",
        "END:VEVENT",
    )
    return "".join(map(ics.regel, lijnen))


def feed(naam: str, mijlpalen_qs) -> bytes:
    """An iCalendar feed named `naam` of these mijlpalen, one event each (the same UID in every
    feed: a calendar that subscribes to two sees one event)."""
    host = urlsplit(settings.SITE_URL).hostname
    # SITE_URL and the path of an initiative without its pk: one reverse() for the whole feed.
    url_basis = settings.SITE_URL + reverse("initiatieven:detail", kwargs={"pk": 0}).removesuffix(
        "0/"
    )
    delen = [*map(ics.regel, (*KOP, f"X-WR-CALNAME:{ics.tekst(naam)}", *ics.VERVERS))]
    rijen = mijlpalen_qs.values(*VELDEN)
    delen.extend(_event(rij, host or "participatiepunt", url_basis) for rij in rijen)
    delen.append(ics.regel("END:VCALENDAR"))
    return "".join(delen).encode()


# The feed holds what is still to come and the last month: with the whole history it was
# 35,000 events, 17 MB and 75 s per request at the scale of a city (bench/).
FEED_TERUG = datetime.timedelta(days=31)


def ical(gemeente, wijk=None) -> bytes:
    naam = f"Jaarkalender participatiepunt gemeente {gemeente.naam}{f' – {wijk}' if wijk else ''}"
    vanaf = timezone.localdate() - FEED_TERUG
    return feed(naam, mijlpalen(gemeente, wijk).filter(verwachte_datum__gte=vanaf))
