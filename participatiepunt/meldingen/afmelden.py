"""Unsubscribing from a mail without logging in (RFC 8058). The link carries a token that is
encrypted and signed (Fernet: AES and HMAC, keyed from SECRET_KEY) with the moment it was made:
nobody can read the account in it or forge one, and it stops working after
MELDINGEN_AFMELDEN_GELDIG_DAGEN. A mail about something the reader follows offers two choices:
only this item (stop following it) or this kind of message for everything (the preference).
Mails that cannot be switched off (verplicht) carry no link at all."""

import base64
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.crypto import salted_hmac

from . import kinds, volgen, voorkeuren
from .kinds import Email
from .models import Voorkeur

SALT = "meldingen.afmelden.v2"
# The weekly digest mixes kinds: its link switches every digest kind off at once.
OVERZICHT = "overzicht"
GELDIGE_TEKENS = re.compile(r"[A-Za-z0-9_-]{20,400}")


class OngeldigeLink(Exception):
    """Tampered, incomplete or expired."""


@dataclass(frozen=True)
class Afmelding:
    gebruiker_id: int
    soort: str
    onderwerp: str = ""  # volgen.sleutel() of the followed item the mail was about, if any


def _fernet() -> Fernet:
    return _fernet_met(settings.SECRET_KEY)


@lru_cache(maxsize=4)
def _fernet_met(geheim: str) -> Fernet:
    """Once per key, not for every mail of a fan-out (deriving it was a tenth of a mail's CPU)."""
    sleutel = salted_hmac(SALT, "fernet", secret=geheim, algorithm="sha256").digest()
    return Fernet(base64.urlsafe_b64encode(sleutel))


def token(gebruiker_id: int, soort: str, onderwerp: str = "") -> str:
    inhoud = json.dumps([gebruiker_id, soort, onderwerp], separators=(",", ":"))
    # Without base64 padding: a padded token decoded with a character appended after the "=".
    return _fernet().encrypt(inhoud.encode()).decode().rstrip("=")


def lees(token_: str) -> Afmelding:
    """The unsubscribe a token asks for, or OngeldigeLink."""
    geldig = settings.MELDINGEN_AFMELDEN_GELDIG_DAGEN * 24 * 3600
    if not GELDIGE_TEKENS.fullmatch(token_):
        raise OngeldigeLink
    try:
        ruw = _fernet().decrypt(token_ + "=" * (-len(token_) % 4), ttl=geldig)
        gebruiker_id, soort, onderwerp = json.loads(ruw)
    except (InvalidToken, ValueError, TypeError) as fout:
        raise OngeldigeLink from fout
    return Afmelding(int(gebruiker_id), str(soort), str(onderwerp))


def url(gebruiker_id: int, soort: str, onderwerp: str = "") -> str:
    tok = token(gebruiker_id, soort, onderwerp)
    return f"{settings.SITE_URL}{reverse('meldingen:afmelden', kwargs={'token': tok})}"


def headers(afmeld_url: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<{afmeld_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def item(afmelding: Afmelding):
    """What the reader follows that brought the mail: the item it is about, or else what holds
    it (an initiative's wijk). None when there is none or it is gone."""
    gebruiker = get_user_model().objects.filter(pk=afmelding.gebruiker_id).first()
    onderwerp = volgen.uit_sleutel(afmelding.onderwerp) if afmelding.onderwerp else None
    if gebruiker is None or onderwerp is None:
        return None
    for kandidaat in (onderwerp, getattr(onderwerp, "wijk", None)):
        if kandidaat is not None and volgen.volgt(gebruiker, kandidaat):
            return kandidaat
    return None


def stop_item(afmelding: Afmelding) -> None:
    """Only this item: stop following it; every other followed item keeps this kind."""
    gevolgd = item(afmelding)
    if gevolgd is not None:
        volgen.ontvolg(get_user_model()(pk=afmelding.gebruiker_id), gevolgd)


def meld_af(gebruiker_id: int, soort: str) -> None:
    """This kind for everything."""
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
