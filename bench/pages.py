"""The pages under load, per role, each with a few URL variants taken from the bench data.
A page whose URL name does not exist yet (its app has not landed) is skipped and reported."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse

from . import variants


@dataclass
class Page:
    name: str
    role: str  # anoniem, inwoner, medewerker, gebiedsteam, griffie, vloer
    url_name: str
    variants: object = None  # callable returning [(kwargs, query), ...]
    weight: int = 1
    method: str = "GET"
    form: object = None  # callable(url) -> dict of POST data
    ok: tuple = (200,)
    urls: list[str] = field(default_factory=list)

    @property
    def public(self) -> bool:
        return self.role == "anoniem"


PAGES = [
    Page("vloer", "vloer", "bench-floor", variants.floor),
    Page("home", "anoniem", "portal:home", weight=5),
    Page("initiatieven", "anoniem", "initiatieven:lijst", variants.lijst, weight=5),
    Page("initiatief", "anoniem", "initiatieven:detail", variants.openbaar_initiatief, weight=5),
    Page("wijkpagina", "anoniem", "wijkafspraken:wijk", variants.wijk, weight=3),
    Page("gemeente-overzicht", "anoniem", "wijkafspraken:overzicht", weight=2),
    Page("jaarkalender", "anoniem", "initiatieven:jaarkalender", variants.jaarkalender, weight=2),
    Page("jaarkalender.ics", "anoniem", "initiatieven:jaarkalender_ics", variants.ics_wijk),
    Page("mijn initiatieven", "inwoner", "initiatieven:mijn", weight=3),
    Page("meldingen", "inwoner", "meldingen:lijst", weight=3),
    Page("nieuw concept", "inwoner", "initiatieven:nieuw"),
    Page("intake", "medewerker", "initiatieven:intake", variants.intake, weight=3),
    Page("beheer initiatief", "medewerker", "initiatieven:beheer", variants.lopend_initiatief),
    Page("praatplaat", "gebiedsteam", "wijkafspraken:praatplaat", variants.team_wijk, weight=2),
    Page("dashboard", "gebiedsteam", "wijkafspraken:dashboard", weight=2),
    Page("agenda-overzicht", "griffie", "reflectie:agenda", weight=2),
    Page("persoonlijke feed", "griffie", "reflectie:feed", variants.griffie_feed),
]


def resolve(sessions: dict[str, list[str]], say=print) -> tuple[list[Page], list[str]]:
    """Fill in each page's URLs; returns (pages that exist, names of those that do not)."""
    found, missing = [], []
    for page in PAGES:
        try:
            page.urls = [_url(page, kwargs, query) for kwargs, query in _variants(page)]
        except NoReverseMatch:
            missing.append(f"{page.name} ({page.url_name})")
            continue
        if page.urls and (page.role in ("anoniem", "vloer") or sessions.get(page.role)):
            found.append(page)
        else:
            missing.append(f"{page.name} (geen gegevens of sessies)")
    return found, missing


def _variants(page):
    return page.variants() if page.variants else [({}, {})]


def _url(page, kwargs, query) -> str:
    url = reverse(page.url_name, kwargs=kwargs)
    return f"{url}?{urlencode(query)}" if query else url
