"""The kinds of message (soorten), declared as data by each app in its own `<app>/meldingen.py`
as `SOORTEN = [Soort(…), …]`; callers of publish() pass a key.

Each kind has a Dutch label for the preferences page and its defaults: how e-mail goes
(direct, in the weekly digest, or not at all) and whether it shows in the portal."""

from dataclasses import dataclass
from functools import cache

from django.db import models

from participatiepunt.discovery import modules


class Email(models.TextChoices):
    DIRECT = "direct", "Direct per e-mail"
    WEKELIJKS = "wekelijks", "In het wekelijkse overzicht"
    UIT = "uit", "Niet per e-mail"


@dataclass(frozen=True)
class Soort:
    key: str
    label: str
    email: str = Email.DIRECT
    portaal: bool = True


# The kinds of the notifications app itself; the other apps' come first, in INSTALLED_APPS order.
EIGEN = [
    Soort("volgen.geen_nieuws", "Nog geen nieuws over wat u volgt (met de volgende stap)"),
]


@cache
def soorten() -> tuple[Soort, ...]:
    return (*(soort for module in modules("meldingen") for soort in module.SOORTEN), *EIGEN)


@cache
def _per_key() -> dict[str, Soort]:
    return {soort.key: soort for soort in soorten()}


def get(key: str) -> Soort:
    try:
        return _per_key()[key]
    except KeyError:
        raise ValueError(f"Onbekende soort melding: {key!r} (zie <app>/meldingen.py)") from None
