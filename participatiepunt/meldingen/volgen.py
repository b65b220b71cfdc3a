"""Following objects: which models can be followed (each app declares its own in
`<app>/meldingen.py` as `VOLGBAAR = [Volgbaar(…)]`), follow/unfollow, and who follows what."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone

from participatiepunt.discovery import modules

from .models import Volg


def _zoals_het_is(objecten: QuerySet) -> QuerySet:
    return objecten


@dataclass(frozen=True)
class Volgbaar:
    """A model one can follow: the permission to see (and so follow) an object (None: anyone),
    and for the heartbeat its next step, a function object -> (omschrijving, datum | None), or
    None once it is finished, of an object loaded through `laden` (queryset -> queryset: the
    related data or columns volgende_stap reads, which str() and get_absolute_url() may read
    too; it may leave out objects that are finished)."""

    model: str  # "app_label.model", lower case
    volgende_stap: Callable
    perm: str | None = None
    laden: Callable[[QuerySet], QuerySet] = _zoals_het_is


@cache
def volgbaar() -> dict[str, Volgbaar]:
    return {v.model: v for module in modules("meldingen") for v in module.VOLGBAAR}


def is_volgbaar(gebruiker, onderwerp) -> bool:
    soort = volgbaar().get(onderwerp._meta.label_lower)
    if soort is None:
        return False
    return soort.perm is None or gebruiker.has_perm(soort.perm, onderwerp)


def _filter(onderwerp) -> Q:
    content_type = ContentType.objects.get_for_model(onderwerp)
    return Q(content_type=content_type, object_id=onderwerp.pk)


def _filter_alle(objecten) -> Q:
    filter_ = Q(pk__in=[])
    for onderwerp in objecten:
        filter_ |= _filter(onderwerp)
    return filter_


def volgt(gebruiker, onderwerp) -> bool:
    if not gebruiker.is_authenticated:
        return False
    return Volg.objects.filter(_filter(onderwerp), gebruiker=gebruiker).exists()


def volg(gebruiker, onderwerp) -> None:
    content_type = ContentType.objects.get_for_model(onderwerp)
    # One INSERT … ON CONFLICT DO NOTHING (volg_uniek) instead of get_or_create's select,
    # savepoint, insert and release: following again changes nothing, also under a race.
    volg = Volg(gebruiker=gebruiker, content_type=content_type, object_id=onderwerp.pk)
    Volg.objects.bulk_create([volg], ignore_conflicts=True)


def volg_door(gebruiker_ids, onderwerp) -> None:
    """Several users follow one object (one INSERT; who already follows it, stays so)."""
    content_type = ContentType.objects.get_for_model(onderwerp)
    rijen = [
        Volg(gebruiker_id=pk, content_type=content_type, object_id=onderwerp.pk)
        for pk in gebruiker_ids
    ]
    Volg.objects.bulk_create(rijen, ignore_conflicts=True)


def volger_ids(onderwerp) -> set[int]:
    return set(Volg.objects.filter(_filter(onderwerp)).values_list("gebruiker_id", flat=True))


def ontvolg(gebruiker, onderwerp) -> None:
    Volg.objects.filter(_filter(onderwerp), gebruiker=gebruiker).delete()


def markeer_gehoord(objecten) -> None:
    Volg.objects.filter(_filter_alle(objecten)).update(laatst_gehoord_op=timezone.now())


def aantal_volgers(onderwerp) -> int:
    return Volg.objects.filter(_filter(onderwerp)).count()


def sleutel(onderwerp) -> str:
    """ "app_label.model:pk", as posted by the follow button."""
    return f"{onderwerp._meta.label_lower}:{onderwerp.pk}"


def uit_sleutel(waarde: str):
    """The followable object a key names, or None (unknown type, bad key, object gone)."""
    label, _, pk = waarde.partition(":")
    if label not in volgbaar() or not pk.isdigit():
        return None
    model = apps.get_model(label)
    return model._default_manager.filter(pk=int(pk)).first()
