"""The jaarkalender: mijlpalen of public initiatieven and trajecten, by month and as iCalendar."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import ExtractMonth
from django.utils import timezone
from icalendar import Calendar, Event

from .models import OPENBARE_STATUSSEN, Mijlpaal

MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def mijlpalen(wijk=None):
    qs = Mijlpaal.objects.filter(initiatief__status__in=OPENBARE_STATUSSEN).select_related(
        "initiatief__wijk"
    )
    return qs.filter(initiatief__wijk=wijk) if wijk else qs


def aantallen_per_maand(jaar: int, wijk=None) -> dict[int, int]:
    """{month number: mijlpalen in it}, one aggregate query."""
    rijen = (
        mijlpalen(wijk)
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


def in_maand(jaar: int, maand: int, wijk=None):
    """The city has thousands of mijlpalen a year: the page shows one month at a time."""
    qs = mijlpalen(wijk).filter(verwachte_datum__year=jaar, verwachte_datum__month=maand)
    return qs.order_by("verwachte_datum", "pk")


def _uid(mijlpaal) -> str:
    host = urlsplit(settings.SITE_URL).hostname or "participatiepunt"
    return f"initiatief-mijlpaal-{mijlpaal.pk}@{host}"


def _event(mijlpaal, nu) -> Event:
    initiatief = mijlpaal.initiatief
    event = Event()
    event.add("uid", _uid(mijlpaal))
    event.add("dtstamp", nu)
    event.add("dtstart", mijlpaal.verwachte_datum)
    event.add("dtend", mijlpaal.verwachte_datum + datetime.timedelta(days=1))
    event.add("summary", f"{mijlpaal.titel} – {initiatief.titel}")
    event.add("description", f"{initiatief.samenvatting}\n\nWijk of dorp: {initiatief.wijk or '-'}")
    event.add("url", settings.SITE_URL + initiatief.get_absolute_url())
    return event


# The feed holds what is still to come and the last month: with the whole history it was
# 35,000 events, 17 MB and 75 s per request at the scale of the city (bench/).
FEED_TERUG = datetime.timedelta(days=31)


def ical(wijk=None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Participatiepunt gemeente Groningen//Jaarkalender//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Jaarkalender participatiepunt{f' – {wijk}' if wijk else ''}")
    nu = timezone.now()
    vanaf = timezone.localdate() - FEED_TERUG
    for mijlpaal in mijlpalen(wijk).filter(verwachte_datum__gte=vanaf):
        calendar.add_component(_event(mijlpaal, nu))
    return calendar.to_ical()
