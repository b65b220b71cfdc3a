"""What other apps show on a wijk's public page (wijkafspraken draws it): each declares its
sections in its own `<app>/wijkpagina.py` as `SECTIES = [Sectie(template, inhoud)]`, where
inhoud(wijk) gives the section's context (a bounded list, one query). Found with
participatiepunt.discovery, in INSTALLED_APPS order; so the page names no other app."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from participatiepunt.discovery import modules


@dataclass(frozen=True)
class Sectie:
    template: str
    inhoud: Callable


@cache
def _secties() -> tuple[Sectie, ...]:
    gevonden = (m for m in modules("wijkpagina") if m.__name__ != __name__)
    return tuple(sectie for module in gevonden for sectie in module.SECTIES)


def secties(wijk) -> list[dict]:
    """Per section its template and context, to {% include %} in that order."""
    return [{"template": s.template, "inhoud": s.inhoud(wijk)} for s in _secties()]
