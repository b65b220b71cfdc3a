"""One-click unsubscribe: a signed token per user and kind; no login needed (RFC 8058)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

from . import kinds, voorkeuren
from .kinds import Email
from .models import Voorkeur

SALT = "meldingen.afmelden"
# The weekly digest mixes kinds: its link switches every digest kind off at once.
OVERZICHT = "overzicht"


def token(gebruiker_id: int, soort: str) -> str:
    return signing.dumps([gebruiker_id, soort], salt=SALT, compress=True)


def lees(token_: str) -> tuple[int, str]:
    """(user id, kind) or signing.BadSignature."""
    gebruiker_id, soort = signing.loads(token_, salt=SALT)
    return int(gebruiker_id), str(soort)


def url(gebruiker_id: int, soort: str) -> str:
    pad = reverse("meldingen:afmelden", kwargs={"token": token(gebruiker_id, soort)})
    return f"{settings.SITE_URL}{pad}"


def headers(gebruiker_id: int, soort: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<{url(gebruiker_id, soort)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def meld_af(gebruiker_id: int, soort: str) -> None:
    if not get_user_model().objects.filter(pk=gebruiker_id).exists():
        return  # the account is gone, and with it every e-mail
    if soort == OVERZICHT:
        Voorkeur.objects.filter(gebruiker_id=gebruiker_id, email=Email.WEKELIJKS).update(
            email=Email.UIT
        )
        _zet_standaard_wekelijks_uit(gebruiker_id)
        return
    _zet_uit(gebruiker_id, soort)


def _zet_uit(gebruiker_id: int, soort: str) -> None:
    portaal = voorkeuren.van_id(gebruiker_id, soort).portaal
    Voorkeur.objects.update_or_create(
        gebruiker_id=gebruiker_id, soort=soort, defaults={"email": Email.UIT, "portaal": portaal}
    )


def _zet_standaard_wekelijks_uit(gebruiker_id: int) -> None:
    eigen = set(Voorkeur.objects.filter(gebruiker_id=gebruiker_id).values_list("soort", flat=True))
    for soort in kinds.soorten():
        if soort.email == Email.WEKELIJKS and soort.key not in eigen:
            _zet_uit(gebruiker_id, soort.key)
