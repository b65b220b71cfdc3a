"""Reminders ahead of a date (mijlpaal, session, afspraak or evaluation due), selected by a
periodic task from the dates in the database: no long ETA in the broker. The days before are
settings (e.g. 14 and 2). Each date falls in one window per run — (2, 14] or [0, 2] — and a
Herinnering row (unique per object, window and date) is written in the same transaction as the
notification, so nothing is reminded twice; a moved date is reminded again. Each app declares
its rules in `<app>/meldingen.py` as `HERINNERINGEN = [Regel(…)]`."""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import DateTimeField, Exists, F, OuterRef
from django.db.models.functions import TruncDate

from participatiepunt.discovery import modules

from .events import publish
from .models import Herinnering


@dataclass(frozen=True)
class Regel:
    model: str  # app label.Model
    datum_veld: str
    dagen_setting: str
    selectie: object  # queryset -> queryset of what still needs a reminder
    melding: object  # (object, days to go) -> publish() keyword arguments, soort included
    ook_verlopen: bool = False  # the last window has no lower end: a date already past counts
    standaard_dagen: tuple[int, ...] | None = None  # when settings has no dagen_setting

    def dagen(self) -> list[int]:
        """The days before, from settings; a rule that brings its own default may leave the
        setting out (a new app's reminder then needs no change to the shared settings)."""
        if self.standaard_dagen is None:
            return getattr(settings, self.dagen_setting)
        return getattr(settings, self.dagen_setting, list(self.standaard_dagen))


@cache
def regels() -> tuple[Regel, ...]:
    return tuple(regel for module in modules("meldingen") for regel in module.HERINNERINGEN)


def wanneer(dagen: int) -> str:
    return {0: "vandaag", 1: "morgen"}.get(dagen, f"over {dagen} dagen")


def vensters(dagen: list[int], ook_verlopen: bool = False) -> list[tuple[int | None, int]]:
    """[14, 2] -> [(-1, 2), (2, 14)]: days-to-go in (lo, hi]; lo None: no lower end."""
    oplopend = sorted(set(dagen))
    onderste = None if ook_verlopen else -1
    return [(oplopend[i - 1] if i else onderste, hoog) for i, hoog in enumerate(oplopend)]


def verstuur(regels, vandaag: date) -> int:
    aantal = 0
    for regel in regels:
        model = apps.get_model(regel.model)
        for laag, hoog in vensters(regel.dagen(), regel.ook_verlopen):
            for onderwerp in _te_herinneren(regel, model, vandaag, laag, hoog):
                aantal += _herinner(regel, onderwerp, hoog, vandaag)
    return aantal


def _datum_expressie(model, veld):
    if isinstance(model._meta.get_field(veld), DateTimeField):
        return TruncDate(veld)  # the local date (TIME_ZONE)
    return F(veld)


def _te_herinneren(regel, model, vandaag, laag, hoog):
    al_gedaan = Herinnering.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=OuterRef("pk"),
        venster=hoog,
        datum=OuterRef("herinner_datum"),
    )
    qs = model._default_manager.annotate(
        herinner_datum=_datum_expressie(model, regel.datum_veld)
    ).filter(herinner_datum__lte=vandaag + timedelta(days=hoog))
    if laag is not None:
        qs = qs.filter(herinner_datum__gt=vandaag + timedelta(days=laag))
    return regel.selectie(qs.exclude(Exists(al_gedaan)))


def _herinner(regel, onderwerp, venster, vandaag) -> int:
    datum = onderwerp.herinner_datum
    with transaction.atomic():
        _, nieuw = Herinnering.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(onderwerp),
            object_id=onderwerp.pk,
            venster=venster,
            datum=datum,
        )
        if not nieuw:
            return 0
        kwargs = regel.melding(onderwerp, (datum - vandaag).days)
        publish(kwargs.pop("soort"), kwargs.pop("onderwerp"), **kwargs)
    return 1
