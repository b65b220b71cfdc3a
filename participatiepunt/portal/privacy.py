"""AVG: the contact questions a user asked, with their account or with its e-mail address
without logging in. Erasing removes them."""

from django.db.models import Q

from .models import Contactvraag


def _van(user):
    return Contactvraag.objects.filter(Q(afzender=user) | Q(email__iexact=user.email))


def export(user) -> dict:
    return {
        "contactvragen": list(
            _van(user).values("naam", "email", "onderwerp", "vraag", "aangemaakt_op")
        )
    }


def erase(user) -> None:
    _van(user).delete()
