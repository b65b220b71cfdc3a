"""The werkvoorraad: what is waiting for the user, the home of staff and bestuur. Each app
declares its tasks in its own `<app>/werkvoorraad.py` as `TAKEN = [Taak(…)]` (found with
participatiepunt.discovery, like wijkpagina.py): for whom (a rules predicate of the user), the
things waiting (a queryset, most urgent first, read as one bounded query) and what one line
says about one of them. An app may also declare `THUIS = {rol: url name}`: where that role
lands after logging in, when it is not the werkvoorraad (a gebiedsteam on its gebieden)."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.urls import reverse

from participatiepunt.accounts.models import Rol
from participatiepunt.discovery import modules

# Lines per task on the page; the task's list (lijst) has the rest.
MAX_REGELS = 8
# Where a role lands after logging in, unless an app says otherwise (THUIS).
STANDAARD_THUIS = {
    Rol.MEDEWERKER: "portal:werkvoorraad",
    Rol.GEBIEDSTEAM: "portal:werkvoorraad",
    Rol.BESTUUR: "portal:werkvoorraad",
}


@dataclass(frozen=True)
class Regel:
    tekst: str
    url: str
    toelichting: str = ""


@dataclass(frozen=True)
class Taak:
    titel: str
    voor: Callable  # (user) -> bool, a rules predicate
    zaken: Callable  # (user, gemeente) -> queryset, most urgent first
    regel: Callable  # (object) -> Regel
    uitleg: str = ""
    lijst: str = ""  # url name of the full list
    volgorde: int = 50


def _eigen(module) -> bool:
    return module.__name__ == __name__


@cache
def _taken() -> tuple[Taak, ...]:
    gevonden = (m for m in modules("werkvoorraad") if not _eigen(m))
    taken = (taak for module in gevonden for taak in getattr(module, "TAKEN", []))
    return tuple(sorted(taken, key=lambda taak: taak.volgorde))


def _inhoud(taak, user, gemeente) -> dict:
    zaken = list(taak.zaken(user, gemeente)[: MAX_REGELS + 1])
    return {
        "taak": taak,
        "regels": [taak.regel(zaak) for zaak in zaken[:MAX_REGELS]],
        "meer": len(zaken) > MAX_REGELS,
        "lijst_url": reverse(taak.lijst) if taak.lijst else "",
    }


def voor(user, gemeente) -> list[dict]:
    """Every task of this user with its first lines: one query per task."""
    return [_inhoud(taak, user, gemeente) for taak in _taken() if taak.voor(user)]


@cache
def _thuis_per_rol() -> dict[str, str]:
    gevonden = (m for m in modules("werkvoorraad") if not _eigen(m))
    return {
        **STANDAARD_THUIS,
        **{k: v for m in gevonden for k, v in getattr(m, "THUIS", {}).items()},
    }


def thuis(user) -> str | None:
    """The URL a user lands on after logging in, or None for the default (residents, griffie)."""
    naam = _thuis_per_rol().get(user.rol)
    return reverse(naam) if naam else None
