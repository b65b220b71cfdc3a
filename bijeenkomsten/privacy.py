"""AVG: a user's sign-ups (with an account, or earlier with the same address and no account).
Erasing deletes them; who was on a waiting list behind a place that frees up moves up. A
sign-up without an account is erased by its e-mail address (wis_adres), e.g. on request to
the participatiepunt."""

from django.db.models import Q

from . import services
from .models import Aanmelding

VELDEN = ("bijeenkomst__titel", "bijeenkomst__start", "naam", "email", "status", "aangemeld_op")


def _van(user):
    return Aanmelding.objects.filter(Q(gebruiker=user) | Q(email__iexact=user.email))


def export(user) -> dict:
    return {"aanmeldingen_bijeenkomsten": list(_van(user).values(*VELDEN))}


def _wis(aanmeldingen) -> int:
    ids = list(aanmeldingen.values_list("pk", flat=True))
    for pk in ids:
        services.afmelden(pk)  # frees the place for the waiting list first
    Aanmelding.objects.filter(pk__in=ids).delete()
    return len(ids)


def erase(user) -> None:
    _wis(_van(user))


def wis_adres(email: str) -> int:
    return _wis(Aanmelding.objects.filter(email__iexact=email.strip()))
