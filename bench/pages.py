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
    form: dict | None = None  # POST data (the CSRF token is added)
    ok: tuple = (200,)
    max_p95_ms: int | None = None  # a stricter target than the report's for this page
    paired: bool = False  # variants give (url, session key): each used once, by its owner
    unused: object = None  # paired: callable keeping the (url, session) pairs not yet used
    urls: list = field(default_factory=list)

    @property
    def public(self) -> bool:
        return self.role == "anoniem"


CONCEPT = {
    "titel": "Pluktuin bij de school",
    "samenvatting": "Fruit voor iedereen.",
    "thema": "groen",
    "beschrijving": "Een pluktuin met de buurt.",
    "actie": "opslaan",
}
INDIENEN = {"actie": "indienen", "privacy_akkoord": "on"}
AANMELDEN = {}  # logged in: the account's name and address; each pair once, a first sign-up

PAGES = [
    Page("vloer", "vloer", "bench-floor", variants.floor),
    Page("home", "anoniem", "portal:home", weight=5),
    Page("initiatieven", "anoniem", "initiatieven:lijst", variants.lijst, weight=5),
    Page("initiatief", "anoniem", "initiatieven:detail", variants.openbaar_initiatief, weight=5),
    Page("wijkpagina", "anoniem", "wijkafspraken:wijk", variants.wijk, weight=3),
    Page("gemeente-overzicht", "anoniem", "wijkafspraken:overzicht", weight=2),
    Page("jaarkalender", "anoniem", "initiatieven:jaarkalender", variants.jaarkalender, weight=2),
    Page("jaarkalender.ics", "anoniem", "initiatieven:jaarkalender_ics", variants.ics_wijk),
    Page("openbare agenda.ics", "anoniem", "reflectie:feed_openbaar"),
    # Issue 19: search at city scale, p95 below 100 ms.
    Page("zoeken", "anoniem", "portal:zoeken", variants.zoeken, weight=2, max_p95_ms=100),
    Page("mijn initiatieven", "inwoner", "initiatieven:mijn", weight=3),
    Page("meldingen", "inwoner", "meldingen:lijst", weight=3),
    Page("nieuw concept", "indiener", "initiatieven:nieuw"),
    Page(
        "concept bewaren", "indiener", "initiatieven:nieuw", method="POST", form=CONCEPT, ok=(302,)
    ),
    Page(
        "indienen",
        "indiener",
        "initiatieven:stap",
        variants.indienen,
        method="POST",
        form=INDIENEN,
        ok=(302,),
        paired=True,
        unused=variants.nog_concept,
    ),  # fmt: skip
    Page("intake", "medewerker", "initiatieven:intake", variants.intake, weight=3),
    Page("beheer initiatief", "medewerker", "initiatieven:beheer", variants.lopend_initiatief),
    Page(
        "praatplaat", "gebiedsteam", "wijkafspraken:praatplaat", variants.team_praatplaat, weight=2
    ),
    Page("dashboard", "gebiedsteam", "wijkafspraken:dashboard", weight=2),
    Page("agenda-overzicht", "griffie", "reflectie:griffie", weight=2),
    Page("sessies", "griffie", "reflectie:lijst"),
    Page("persoonlijke feed", "griffie", "reflectie:feed_persoonlijk", variants.griffie_feed),
    # Issue 21, item 4: the pages issues 16–19 added.
    Page("kennisbank", "anoniem", "kennisbank:lijst", weight=2),
    Page("kennisbank categorie", "anoniem", "kennisbank:categorie", variants.kennisbank_categorie),
    Page("kennisbankpagina", "anoniem", "kennisbank:pagina", variants.kennisbank_pagina, weight=2),
    Page("succesvoorbeelden", "anoniem", "succesvoorbeelden:lijst", variants.succesvoorbeelden),
    Page("succesvoorbeeld", "anoniem", "succesvoorbeelden:voorbeeld", variants.succesvoorbeeld),
    Page("bijeenkomsten", "anoniem", "bijeenkomsten:lijst", variants.bijeenkomsten, weight=2),
    Page("bijeenkomst", "anoniem", "bijeenkomsten:detail", variants.komende_bijeenkomst),
    Page(
        "aanmelden",
        "inwoner",
        "bijeenkomsten:aanmelden",
        variants.eerste_aanmeldingen,
        method="POST",
        form=AANMELDEN,
        ok=(302,),
        paired=True,
        unused=variants.nog_niet_aangemeld,
    ),
    Page("vakantiecheck", "anoniem", "vakantiecheck:vakantiecheck", variants.vakantiecheck),
    Page("contact", "anoniem", "portal:contact"),
    Page("adres volgen", "inwoner", "initiatieven:adres"),
    Page(
        "participatieparagraaf",
        "anoniem",
        "initiatieven:participatieparagraaf",
        variants.openbaar_initiatief,
    ),
    Page("werkvoorraad", "medewerker", "portal:werkvoorraad", weight=2),
    Page("gesprek", "medewerker", "initiatieven:gesprek", variants.gesprek, weight=2),
]


def resolve(sessions: dict[str, list[str]], say=print) -> tuple[list[Page], list[str]]:
    """Fill in each page's URLs; returns (pages that exist, names of those that do not)."""
    found, missing = [], []
    for page in PAGES:
        try:
            page.urls = [_entry(page, variant) for variant in _variants(page)]
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


def _entry(page, variant):
    if page.paired:
        kwargs, query, session = variant
        return [_url(page, kwargs, query), session]
    return _url(page, *variant)


def _url(page, kwargs, query) -> str:
    url = reverse(page.url_name, kwargs=kwargs)
    return f"{url}?{urlencode(query, doseq=True)}" if query else url
