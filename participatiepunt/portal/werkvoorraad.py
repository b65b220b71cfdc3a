"""The werkvoorraad: what is waiting for the user, the home of staff and bestuur. Each app
declares its tasks in its own `<app>/werkvoorraad.py` as `TAKEN = [Taak(…)]` (found with
participatiepunt.discovery, like wijkpagina.py): for whom (a rules predicate of the user), the
things waiting (a queryset, most urgent first, read as one bounded query) and what one line
says about one of them. An app may also declare `THUIS = {rol: url name}`: where that role
lands after logging in, when it is not the werkvoorraad (a gebiedsteam on its gebieden).

A task that names the CacheVersies of what it shows (`versies`) keeps its rendered lines in the
cache per gemeente, per scope (the role, and a gebiedsteam's gebieden; the user, for a task that
depends on who asks: `per_gebruiker`) and per day (what is 'over tijd' changes at midnight):
a change to those models shows at once. Tasks about the coming days stay for the cache's
timeout (5 minutes) after one has begun."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from hashlib import sha256

from django.core.cache import cache as gedeelde_cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from participatiepunt.accounts.models import Rol
from participatiepunt.accounts.predicates import gebied_ids, is_beheerder
from participatiepunt.discovery import modules

from . import cacheversie

# Lines per task on the page; the task's list (lijst) has the rest.
MAX_REGELS = 8
TIMEOUT = cacheversie.TIMEOUT
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
    versies: tuple = ()  # the CacheVersies of all its lines show; without them not cached
    per_gebruiker: bool = False  # the lines depend on the user, not only on role and gebieden


def _eigen(module) -> bool:
    return module.__name__ == __name__


@cache
def _taken() -> tuple[Taak, ...]:
    gevonden = (m for m in modules("werkvoorraad") if not _eigen(m))
    taken = (taak for module in gevonden for taak in getattr(module, "TAKEN", []))
    return tuple(sorted(taken, key=lambda taak: taak.volgorde))


def _sectie(taak, nummer, user, gemeente) -> str:
    """The task's section of the page with its first lines: one query."""
    zaken = list(taak.zaken(user, gemeente)[: MAX_REGELS + 1])
    inhoud = {
        "taak": taak,
        "nummer": nummer,
        "regels": [taak.regel(zaak) for zaak in zaken[:MAX_REGELS]],
        "meer": len(zaken) > MAX_REGELS,
        "lijst_url": reverse(taak.lijst) if taak.lijst else "",
    }
    return render_to_string("portal/werkvoorraad_taak.html", inhoud)


def _bereik(user) -> dict[bool, str]:
    """For whom the lines are the same, by per_gebruiker: everyone of the role (the
    participatiepunt sees the whole gemeente) with the same gebieden (a gebiedsteam), or only
    this user."""
    gebieden = () if is_beheerder(user) else sorted(gebied_ids(user))
    return {False: f"{user.rol} {user.is_superuser} {gebieden}", True: f"gebruiker {user.pk}"}


def _sleutel(taak, nummer, gemeente, bereik) -> str:
    delen = [taak.titel, taak.volgorde, nummer, gemeente.pk, bereik[taak.per_gebruiker]]
    return f"werkvoorraad:{sha256(repr([*delen, timezone.localdate()]).encode()).hexdigest()}"


def _bewaarde_secties(taken, user, gemeente) -> dict[int, str]:
    """The sections (by number) of the tasks that name their versions, read with those
    versions in one round trip: each section is kept with the versions it was made under and
    counts only while they are current. The missing ones are made and stored in one more.
    Rendered: the lines of all tasks are most of what the page renders."""
    bewaard = {nummer: taak for nummer, taak in enumerate(taken, 1) if taak.versies}
    bereik = _bereik(user)
    sleutels = {n: _sleutel(taak, n, gemeente, bereik) for n, taak in bewaard.items()}
    alle_versies = {versie for taak in bewaard.values() for versie in taak.versies}
    versies, gevonden = cacheversie.huidige(alle_versies, samen_met=sleutels.values())
    stand = {n: tuple(versies[versie] for versie in taak.versies) for n, taak in bewaard.items()}
    secties = {
        n: gevonden[s][1] for n, s in sleutels.items() if gevonden.get(s, (None,))[0] == stand[n]
    }
    nieuw = {n: _sectie(taak, n, user, gemeente) for n, taak in bewaard.items() if n not in secties}
    if nieuw:
        bewaren = {sleutels[n]: (stand[n], sectie) for n, sectie in nieuw.items()}
        gedeelde_cache.set_many(bewaren, TIMEOUT)
    return secties | nieuw


def voor(user, gemeente) -> list[str]:
    """The sections of every task of this user, each with its first lines: from the cache, or
    one query per task."""
    taken = [taak for taak in _taken() if taak.voor(user)]
    bewaard = _bewaarde_secties(taken, user, gemeente)
    return [
        mark_safe(bewaard.get(nummer) or _sectie(taak, nummer, user, gemeente))
        for nummer, taak in enumerate(taken, 1)
    ]


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
