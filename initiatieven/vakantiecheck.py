"""The vakantiecheck: what a resident can respond to between two dates, from the typed mijlpalen
of a selection of trajecten (those they follow, those around their address, or those of a wijk).

A selection is a period, wijken (by slug) and trajecten (by id), nothing else: it travels in the
query string of the page and of its iCal feed, so nothing about the resident is stored and the
feed URL stays the same for the same selection."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.dates import MONTHS, WEEKDAYS

from participatiepunt.gebieden.models import Wijk
from participatiepunt.meldingen.models import Volg

from . import mijlpaalsoorten
from .models import Initiatief, Mijlpaal
from .statussen import OPEN_STATUSSEN, OPENBARE_STATUSSEN

LANGSTE_PERIODE = datetime.timedelta(days=366)
# A selection in a URL stays short enough for every browser and calendar app.
MAX_TRAJECTEN = 100
MAX_WIJKEN = 20
VELDEN = (
    "pk", "soort", "titel", "verwachte_datum", "einddatum", "initiatief_id", "initiatief__titel",
    "initiatief__wijk__naam",
)  # fmt: skip
LOPEND_EN_OPENBAAR = [status for status in OPENBARE_STATUSSEN if status in OPEN_STATUSSEN]


@dataclass(frozen=True)
class Selectie:
    van: datetime.date
    tot: datetime.date
    wijken: tuple[str, ...] = ()
    trajecten: tuple[int, ...] = ()

    @property
    def is_leeg(self) -> bool:
        return not (self.wijken or self.trajecten)

    def querystring(self) -> str:
        parameters = [("van", self.van.isoformat()), ("tot", self.tot.isoformat())]
        parameters += [("wijk", slug) for slug in sorted(self.wijken)]
        parameters += [("traject", str(pk)) for pk in sorted(self.trajecten)]
        return urlencode(parameters)


def gevolgd(gebruiker) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """(wijk slugs, traject ids) this account follows: two queries."""
    volgt = Volg.objects.filter(gebruiker=gebruiker)
    trajecten = volgt.filter(content_type=ContentType.objects.get_for_model(Initiatief))
    wijk_ids = volgt.filter(content_type=ContentType.objects.get_for_model(Wijk))
    slugs = Wijk.objects.filter(pk__in=wijk_ids.values("object_id")).values_list("slug", flat=True)
    ids = trajecten.values_list("object_id", flat=True)
    return tuple(slugs[:MAX_WIJKEN]), tuple(ids[:MAX_TRAJECTEN])


def _trajecten(selectie: Selectie, gemeente):
    """The public, running trajecten of the selection, as a subquery: PostgreSQL finds them by
    wijk and status (or id) and then their open mijlpalen, where a join with the selection in
    an OR started from all of the city's open mijlpalen up to the last day (10,000 rows at
    scale 3, growing with the city)."""
    in_selectie = Q(wijk__slug__in=selectie.wijken) | Q(pk__in=selectie.trajecten)
    trajecten = Initiatief.objects.filter(
        in_selectie, status__in=LOPEND_EN_OPENBAAR, gemeente=gemeente
    )
    return trajecten.values("pk")


def _queryset(selectie: Selectie, gemeente):
    return Mijlpaal.objects.met_reactie_in(selectie.van, selectie.tot).filter(
        initiatief__in=_trajecten(selectie, gemeente), gereed=False
    )


def mijlpalen(selectie: Selectie, gemeente) -> list[dict]:
    """The open mijlpalen of public, running trajecten of this gemeente in the selection that a
    resident can act on within the period, the most urgent first. One query; each row with its
    texts made here, as the page shows them: model instances and the template's |date cost most
    of the page once a selection lists a hundred."""
    url_basis = reverse("initiatieven:detail", kwargs={"pk": 0}).removesuffix("0/")
    rijen = _queryset(selectie, gemeente).values(*VELDEN)
    regels = [_regel(rij, url_basis) for rij in rijen]
    return sorted(regels, key=lambda r: (r["laatste_dag"], r["verwachte_datum"], r["pk"]))


def _regel(rij: dict, url_basis: str) -> dict:
    soort = mijlpaalsoorten.soort(rij["soort"])
    datum, einddatum = rij["verwachte_datum"], rij["einddatum"]
    laatste_dag = soort.laatste_dag(datum, einddatum)
    return {
        "pk": rij["pk"],
        "initiatief_id": rij["initiatief_id"],
        "soort": soort.naam,
        "titel": rij["titel"],
        "verwachte_datum": datum,
        "laatste_dag": laatste_dag,
        "laatste_dag_tekst": _dag(laatste_dag),
        "actie": soort.actie_tekst(datum, einddatum),
        "initiatief_titel": rij["initiatief__titel"],
        "initiatief_url": f"{url_basis}{rij['initiatief_id']}/",
        "wijk": rij["initiatief__wijk__naam"],
    }


def _dag(datum: datetime.date) -> str:
    """What |date:"l j F Y" shows."""
    return f"{WEEKDAYS[datum.weekday()]} {datum.day} {MONTHS[datum.month]} {datum.year}"


def mijlpalen_voor_feed(selectie: Selectie, gemeente):
    """The same mijlpalen, as a queryset for kalender.feed()."""
    return _queryset(selectie, gemeente).order_by("verwachte_datum", "pk")
