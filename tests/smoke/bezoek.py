"""Every page for anonymous visitors and each demo role, over HTTP against gunicorn: the routes of
the access table (tests/trust/test_access_matrix.py) that need no object, and one URL of every
route reached by following links from the start pages (tests/trust/crawl.py), as the axe test
does with the demo data."""

import re
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from tests.smoke.http import Browser
from tests.smoke.rollen import demo_accounts, log_in

STATIC = re.compile(r'(?:href|src)="(/static/[^"?#]+)')
LANG_NL = re.compile(r"<html[^>]*\blang=\"nl\"")
MAX_PAGINAS = 150
# 503 until worker and beat have shown a heartbeat (beat's first comes a minute after it
# starts); judged once at the end (Stack.wacht_op_hartslag), not during the crawl.
GEZONDHEID = "/gezondheid/"


@dataclass
class Rapport:
    verzoeken: int = 0
    paginas: int = 0
    routes: set = field(default_factory=set)
    statisch: dict = field(default_factory=dict)
    fouten: list = field(default_factory=list)
    gezondheid: dict = field(default_factory=dict)
    rollen: list = field(default_factory=list)
    browsers: dict = field(default_factory=dict)

    def geslaagd(self) -> bool:
        return not self.fouten and self.gezondheid.get("status") == "ok"

    def niet_bereikt(self) -> list[str]:
        from tests.trust.test_access_matrix import TABLE

        return sorted(set(TABLE) - self.routes)

    def samenvatting(self, seconden: float) -> str:
        regels = [
            f"smoke: {self.verzoeken} verzoeken in {seconden:.0f} s als {', '.join(self.rollen)}",
            f"  {self.paginas} HTML-pagina's, {len(self.routes)} routes van de toegangstabel, "
            f"{len(self.statisch)} statische bestanden",
            f"  gezondheid: {self.gezondheid}",
            f"  niet bereikt met de demodata (POST, sleutel of token): {self.niet_bereikt()}",
        ]
        regels += [f"  FOUT {fout}" for fout in self.fouten]
        regels.append("smoke: " + ("geslaagd" if self.geslaagd() else "MISLUKT"))
        return "\n".join(regels)


def bezoek_alle_rollen(stack) -> Rapport:
    rapport = Rapport()
    for key in [None, *demo_accounts()]:
        browser = Browser(stack.url)
        if key:
            log_in(browser, key)
        rapport.rollen.append(key or "anoniem")
        rapport.browsers[key or "anoniem"] = browser
        bezoek_rol(browser, key or "anoniem", rapport)
    return rapport


def bezoek_rol(browser: Browser, rol: str, rapport: Rapport) -> None:
    from tests.trust.crawl import HREF, START, START_ANONIEM, follow_links

    def visit(pad):
        antwoord = _vraag(browser, pad, rol, rapport)
        if antwoord.status != 200:
            return None
        return HREF.findall(antwoord.body) if antwoord.is_html else []

    start = [*(START if rol != "anoniem" else START_ANONIEM), *_zonder_object()]
    rapport.routes |= set(follow_links(start, visit, MAX_PAGINAS))


def _zonder_object() -> list[str]:
    from tests.trust.test_access_matrix import TABLE

    paden = []
    for naam in TABLE:
        try:
            paden.append(reverse(naam))
        except NoReverseMatch:
            continue
    return paden


def _vraag(browser: Browser, pad: str, rol: str, rapport: Rapport):
    antwoord = browser.get(pad)
    rapport.verzoeken += 1
    if antwoord.status >= 500 and pad != GEZONDHEID:
        rapport.fouten.append(f"{rol} GET {pad}: {antwoord.status}")
    if antwoord.status == 200 and antwoord.is_html:
        rapport.paginas += 1
        if not LANG_NL.search(antwoord.body):
            rapport.fouten.append(f'{rol} GET {pad}: geen lang="nl"')
        for bestand in STATIC.findall(antwoord.body):
            _controleer_statisch(browser, bestand, pad, rapport)
    return antwoord


def _controleer_statisch(browser: Browser, bestand: str, pad: str, rapport: Rapport) -> None:
    if bestand not in rapport.statisch:
        rapport.statisch[bestand] = browser.get(bestand).status
        rapport.verzoeken += 1
        if rapport.statisch[bestand] != 200:
            rapport.fouten.append(f"statisch {bestand} (op {pad}): {rapport.statisch[bestand]}")
