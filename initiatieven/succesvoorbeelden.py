"""Finished initiatieven that new initiators are pointed to."""

from django.core.exceptions import ValidationError
from django.db.models import Q

from .models import Initiatief
from .statussen import SUCCESVOORBEELD_STATUSSEN


def markeer(initiatief: Initiatief, is_succesvoorbeeld: bool) -> None:
    if is_succesvoorbeeld and not initiatief.kan_succesvoorbeeld_zijn:
        raise ValidationError("Alleen een afgerond initiatief kan een succesvoorbeeld zijn.")
    initiatief.is_succesvoorbeeld = is_succesvoorbeeld
    initiatief.save(update_fields=["is_succesvoorbeeld", "gewijzigd_op"])


def passend_bij(initiatief: Initiatief, aantal: int = 3):
    """Succesvoorbeelden in the same wijk or with the same kind of support asked."""
    codes = initiatief.steun_codes
    fits = Q(wijk_id=initiatief.wijk_id) if initiatief.wijk_id else Q(pk__in=[])
    if codes:
        fits |= Q(gevraagde_steun__soort__in=codes)
    qs = Initiatief.objects.filter(
        is_succesvoorbeeld=True, status__in=SUCCESVOORBEELD_STATUSSEN
    ).filter(fits)
    ids = qs.exclude(pk=initiatief.pk).values("pk").distinct()
    return Initiatief.objects.filter(pk__in=ids).select_related("wijk")[:aantal]
