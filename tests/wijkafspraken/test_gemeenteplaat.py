"""The gemeente overview's picture: every wijk with a praatplaat in the column of its (highest)
archetype and the row of its evaluation (te laat, binnenkort, later, in gesprek), those without
one as dots; the words next to it say the same; its queries do not grow with the wijken."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from participatiepunt.gebieden.huidige import standaardgemeente
from tests.factories.gebieden import WijkFactory
from tests.factories.wijkafspraken import ArchetypeKeuzeFactory, PraatplaatFactory, medeondertekend
from wijkafspraken import overzicht, services
from wijkafspraken.gemeenteplaat import gemeenteplaat

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
URL = reverse("wijkafspraken:overzicht")
KLEUR = {
    "evaluatie te laat": "#f8e1e3",
    "evaluatie binnenkort": "#fff3cd",
    "vastgesteld": "#e3f1e8",
    "in gesprek": "#e6eef8",
}


def _vastgesteld(team, naam, archetype, evalueren_over):
    praatplaat = PraatplaatFactory(wijk__naam=naam, compleet=True, archetype=archetype)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team)
    evaluatie_op = timezone.localdate() + datetime.timedelta(days=evalueren_over)
    praatplaat.__class__.objects.filter(pk=praatplaat.pk).update(evaluatie_op=evaluatie_op)
    return praatplaat


@pytest.fixture
def wijken(rollen):
    team = rollen["gebiedsteam"]
    _vastgesteld(team, "Achterstal", 3, -5)
    _vastgesteld(team, "Bijtijds", 1, 10)
    later = _vastgesteld(team, "Cruquius", 2, 200)
    ArchetypeKeuzeFactory(praatplaat=later, thema="groen", archetype=1)  # the highest counts
    PraatplaatFactory(wijk__naam="Dorpsoverleg")  # in gesprek, no archetype yet
    WijkFactory(naam="Eenzaam")


def _svg(html):
    start = html.index('<svg class="plaat-svg"')
    return ET.fromstring(html[start : html.index("</svg>", start) + len("</svg>")])


def _x(element) -> float:
    return float(re.match(r"translate\(([-\d.]+)", element.get("transform")).group(1))


def _chips(svg) -> dict[str, tuple[str, str, float]]:
    """Per wijk: its row, the chip's fill and its left edge."""
    chips = {}
    for groep in svg.iter(f"{SVG}g"):
        titel = groep.find(f"{SVG}title")
        if titel is not None:
            naam, rij = titel.text.split(": ")
            chips[naam] = (rij, groep.find(f"{SVG}rect").get("fill"), _x(groep))
    return chips


def _kolommen(svg) -> dict[str, float]:
    """Per column heading: the x of its middle."""
    koppen = {}
    for groep in svg.iter(f"{SVG}g"):
        teksten = groep.findall(f"{SVG}text")
        if groep.find(f"{SVG}circle") is not None and len(teksten) == 2:
            koppen[teksten[1].text] = _x(groep)
    return koppen


def _in_kolom(x, midden, koppen):
    helft = (sorted(koppen.values())[1] - sorted(koppen.values())[0]) / 2
    return midden - helft <= x < midden + helft


def test_every_wijk_sits_by_archetype_and_evaluation(client, wijken):
    html = client.get(URL).content.decode()
    svg = _svg(html)
    chips, koppen = _chips(svg), _kolommen(svg)
    verwacht = {
        "Achterstal": ("evaluatie te laat", "Verdelen en besluiten"),
        "Bijtijds": ("evaluatie binnenkort", "Adviseren en inspreken"),
        "Cruquius": ("vastgesteld", "Aanjagen en initiëren"),
        "Dorpsoverleg": ("in gesprek", "Nog geen archetype"),
    }
    for naam, (rij, kolom) in verwacht.items():
        assert chips[naam][:2] == (rij, KLEUR[rij])
        assert _in_kolom(chips[naam][2], koppen[kolom], koppen), naam
    stippen = [t.text for c in svg.iter(f"{SVG}circle") for t in c.findall(f"{SVG}title")]
    assert "Eenzaam: nog geen praatplaat" in stippen
    assert "Achterstal" not in " ".join(stippen)


def test_the_words_say_what_the_picture_shows(client, wijken):
    html = client.get(URL).content.decode()
    woorden = html[html.index('<figcaption class="plaat-tekst">') : html.index("</figcaption>")]
    woorden = re.sub(r"<[^>]+>", "", woorden)
    assert "Evaluatie te laat, de datum is voorbij (1): archetype 3: Achterstal." in woorden
    assert "Evaluatie binnenkort, binnen 30 dagen (1): archetype 1: Bijtijds." in woorden
    assert "Vastgesteld, evaluatie later (1): archetype 2: Cruquius." in woorden
    assert "In gesprek, nog niet vastgesteld (1): nog geen archetype: Dorpsoverleg." in woorden
    desc = _svg(html).find(f"{SVG}desc").text
    assert "Evaluatie te laat: 1; Evaluatie binnenkort: 1; Vastgesteld: 1; In gesprek: 1" in desc
    assert desc in woorden
    assert "evaluatie binnenkort, op" in html  # the table below says it too


def test_the_overview_picture_asks_no_more_queries_with_more_wijken(
    client, rollen, wijken, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as eerst:
        client.get(URL)
    for i in range(12):
        _vastgesteld(rollen["gebiedsteam"], f"Extra {i}", 1 + i % 3, (-1) ** i * 10 * i)
        PraatplaatFactory(wijk__naam=f"Gesprek {i}", compleet=True, archetype=1 + i % 3)
    cache.clear()  # the anonymous page cache renews after commit; the test never commits
    with django_assert_max_num_queries(len(eerst)):
        html = client.get(URL).content.decode()
    assert len(_chips(_svg(html))) >= 28


def test_chips_stay_within_their_cell_however_many_and_long(wijken):
    for i in range(9):
        PraatplaatFactory(wijk__naam=f"Hortusbuurt-Ebbingekwartier {i}", compleet=True)
    plaat = gemeenteplaat(overzicht.gemeente_overzicht(standaardgemeente()))
    namen = [chip.tekst for rij in plaat.rijen for cel in rij.cellen for chip in cel.chips]
    assert "Hortusbuurt-Ebbingekwartier 8" not in namen and "Cruquius" in namen
    for rij in plaat.rijen:
        for kolom, cel in zip(plaat.kolommen, rij.cellen, strict=True):
            for chip in cel.chips:
                assert kolom.x < chip.x and chip.x + chip.breedte <= kolom.x + plaat.kolom_breedte
                assert rij.y < chip.y and chip.y + 30 <= rij.y + rij.hoogte
    assert plaat.zonder_y > plaat.rijen[-1].y + plaat.rijen[-1].hoogte
