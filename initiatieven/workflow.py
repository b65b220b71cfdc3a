"""The one function that moves an initiatief through its lifecycle (declared in statussen.py)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from participatiepunt.portal.samenbewaren import wijzig_en_voeg_toe

from . import adresvolgen, notify
from .choices import Status
from .models import Initiatief, StatusWijziging
from .statussen import (
    FASEN,
    KADERS_VEREIST,
    OPEN_STATUSSEN,
    OVERGANGEN,
    REDEN_VERPLICHT,
    VERWACHTING,
)


def toegestane_overgangen(initiatief: Initiatief) -> tuple[str, ...]:
    return OVERGANGEN.get(initiatief.status, ())


def volgende_stap(initiatief: Initiatief):
    mijlpaal = initiatief.volgende_mijlpaal() if initiatief.status in OPEN_STATUSSEN else None
    titel, datum = (mijlpaal.titel, mijlpaal.verwachte_datum) if mijlpaal else (None, None)
    return volgende_stap_van(initiatief.status, titel, datum)


def volgende_stap_uit_kolommen(initiatief: Initiatief):
    """As volgende_stap, from the next open mijlpaal's columns of a list's query
    (InitiatiefQuerySet.met_volgende_mijlpaal) instead of the loaded mijlpalen."""
    return volgende_stap_van(
        initiatief.status, initiatief.volgende_mijlpaal_titel, initiatief.volgende_mijlpaal_datum
    )


def volgende_stap_van(status: str, mijlpaal_titel, mijlpaal_datum):
    """The rule: the next open mijlpaal while the initiative is open, else what to expect."""
    if status in OPEN_STATUSSEN and mijlpaal_titel:
        return mijlpaal_titel, mijlpaal_datum
    return VERWACHTING[status], None


def _controleer(initiatief, naar, toelichting):
    if naar not in toegestane_overgangen(initiatief):
        raise ValidationError(
            f"Van ‘{initiatief.get_status_display()}’ kan het initiatief niet naar "
            f"‘{Status(naar).label}’."
        )
    if naar in REDEN_VERPLICHT and not toelichting.strip():
        raise ValidationError({"toelichting": "Schrijf op waarom het initiatief wordt afgewezen."})
    if naar in KADERS_VEREIST and not initiatief.kaders_versies.exists():
        raise ValidationError("Leg eerst de kaders vast voordat u deze status kiest.")


def vergrendeld(queryset=None):
    """The rows it reads stay locked until the caller's transaction ends, loaded with what a
    status change needs (for wijzig_vergrendelde_status)."""
    queryset = Initiatief.objects.all() if queryset is None else queryset
    return queryset.select_for_update(of=("self",)).select_related("indiener", "wijk")


def wijzig_status(initiatief: Initiatief, naar: str, door, toelichting: str = "", velden=None):
    """The only way a status changes; `velden` are other fields that change with it, saved in
    the same UPDATE. Checked on the locked row; a refusal is raised after the block, so an
    enclosing transaction stays usable without a savepoint."""
    with transaction.atomic(savepoint=False):
        initiatief = vergrendeld().get(pk=initiatief.pk)
        try:
            _controleer(initiatief, naar, toelichting)
        except ValidationError as error:
            weigering = error
        else:
            return _wijzig(initiatief, naar, door, toelichting, velden or {})
    raise weigering


def wijzig_vergrendelde_status(initiatief, naar: str, door, toelichting: str = "", velden=None):
    """As wijzig_status, for a row the caller read with vergrendeld() in its own transaction
    (one query fewer); refuses before it writes."""
    _controleer(initiatief, naar, toelichting)
    with transaction.atomic(savepoint=False):
        return _wijzig(initiatief, naar, door, toelichting, velden or {})


def _gewijzigde_velden(naar, toelichting, velden) -> dict:
    gewijzigd = {**velden, "status": naar}
    if naar in REDEN_VERPLICHT:
        gewijzigd["reden_afwijzing"] = toelichting.strip()
    if naar == Status.INGEDIEND:
        gewijzigd["ingediend_op"] = timezone.now()
    return gewijzigd


def _wijzig(initiatief, naar, door, toelichting, velden):
    van = initiatief.status
    gewijzigd = _gewijzigde_velden(naar, toelichting, velden)
    for veld, waarde in gewijzigd.items():
        setattr(initiatief, veld, waarde)
    wijziging = StatusWijziging(
        initiatief=initiatief, van=van, naar=naar, toelichting=toelichting.strip(), door=door
    )
    # Only what changes (what the caches of other pages ask: reflectie.caches), and the stamp;
    # with its line in the history, in one statement.
    wijzig_en_voeg_toe(initiatief, [*gewijzigd, "gewijzigd_op"], wijziging)
    notify.status_gewijzigd(initiatief, van, toelichting)
    if not FASEN[van].openbaar:
        adresvolgen.nieuw_in_de_buurt(initiatief)
    return initiatief
