"""The praatplaat as a picture: every question's tile follows its stand in the congruence check
(colour, pattern and sign), the archetype is marked on the scale of three, and the words next to
the picture say the same. On the working page (live), the wijk page and the A4 print (the
vastgestelde version)."""

import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from tests.factories.wijkafspraken import (
    AfspraakFactory,
    ArchetypeKeuzeFactory,
    PraatplaatFactory,
    medeondertekend,
)
from wijkafspraken import plaat, services
from wijkafspraken.choices import AfspraakStatus
from wijkafspraken.praatplaat import HUIDIGE_EDITIE, editie
from wijkafspraken.templatetags import plaattegels
from wijkafspraken.toets import ONTBREEKT, toets

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
VRAGEN = editie(HUIDIGE_EDITIE)
COMPLEET_VRAAG = VRAGEN.vraag("b4.organisatorisch")  # required for archetype 2, answered
AFSPRAAK_VRAAG = VRAGEN.vraag("k.stem.2")  # required, a witte vlek with an afspraak
VERVALLEN_VRAAG = VRAGEN.vraag("k.gesprek.2")  # not required, its only afspraak lapsed
ONTBREEKT_VRAAG = VRAGEN.vraag("b5.samen_leren")  # not required, not answered


def _svg(html: str) -> ET.Element:
    start, eind = html.index("<svg"), html.index("</svg>") + len("</svg>")
    return ET.fromstring(html[start:eind])


def _tekens(svg: ET.Element) -> dict[str, dict]:
    """Per tile drawn in the defs (by its id): its fill, whether dashed, and its sign."""
    tekens = {}
    for tegel in svg.find(f"{SVG}defs").findall(f"{SVG}g"):
        rect, tekst = tegel.find(f"{SVG}rect"), tegel.find(f"{SVG}text")
        tekens["#" + tegel.get("id")] = {
            "fill": rect.get("fill"),
            "gestreept": rect.get("stroke-dasharray") is not None,
            "teken": "✓" if tegel.find(f"{SVG}path") is not None else tekst.text,
        }
    return tekens


def _vakken(svg: ET.Element) -> dict[int, dict]:
    """Per question number: the fill and dash of its tile, its sign, whether it is ringed."""
    tekens, vakken = _tekens(svg), {}
    for groep in svg.iter(f"{SVG}g"):
        titel = groep.find(f"{SVG}title")
        if titel is None or not titel.text.startswith("Vraag "):
            continue
        *rand, tegel = [use.get("href") for use in groep.findall(f"{SVG}use")]
        nummer = int(titel.text.split(":")[0].removeprefix("Vraag "))
        assert groep.find(f"{SVG}text").text == str(nummer)
        vakken[nummer] = {**tekens[tegel], "vereist": rand == ["#plaat-rand"], "titel": titel.text}
    return vakken


def _woorden(html: str) -> str:
    return html[html.index('<figcaption class="plaat-tekst">') : html.index("</figcaption>")]


@pytest.fixture
def praatplaat(wijk):
    """Archetype 2 in general and 1 for one theme; every required question answered except one
    witte vlek that has an afspraak: ready to be vastgesteld."""
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    ArchetypeKeuzeFactory(praatplaat=praatplaat, thema="stedelijke vraagstukken", archetype=1)
    praatplaat.antwoorden.filter(vraag_key=AFSPRAAK_VRAAG.key).update(tekst="", witte_vlek=True)
    AfspraakFactory(praatplaat=praatplaat, vraag_key=AFSPRAAK_VRAAG.key)
    AfspraakFactory(
        praatplaat=praatplaat, vraag_key=VERVALLEN_VRAAG.key, status=AfspraakStatus.VERVALLEN
    )
    return praatplaat


def _assert_standen(html):
    vakken = _vakken(_svg(html))
    assert len(vakken) == len(VRAGEN.vragen)
    compleet = vakken[COMPLEET_VRAAG.nummer]
    assert (compleet["fill"], compleet["teken"], compleet["gestreept"]) == ("#0b6e3a", "✓", False)
    afspraak = vakken[AFSPRAAK_VRAAG.nummer]
    assert (afspraak["fill"], afspraak["teken"]) == ("url(#plaat-arcering)", "A")
    assert afspraak["vereist"] and "witte vlek met afspraak, vereist" in afspraak["titel"]
    for vraag in (VERVALLEN_VRAAG, ONTBREEKT_VRAAG):
        vak = vakken[vraag.nummer]
        assert (vak["fill"], vak["teken"], vak["gestreept"], vak["vereist"]) == (
            "#fff",
            "?",
            True,
            False,
        )
    woorden = _woorden(html)
    assert f"vraag {COMPLEET_VRAAG.nummer} compleet (vereist)" in woorden
    assert f"vraag {AFSPRAAK_VRAAG.nummer} witte vlek met afspraak (vereist)" in woorden
    assert f"vraag {VERVALLEN_VRAAG.nummer} ontbreekt;" in woorden
    assert f"vraag {ONTBREEKT_VRAAG.nummer} ontbreekt." in woorden
    for vraag in VRAGEN.vragen:
        assert woorden.count(f"vraag {vraag.nummer} ") == 1


def _assert_archetype(html):
    svg = _svg(html)
    assert svg.get("role") == "img"
    labels = svg.get("aria-labelledby").split()
    assert {e.get("id") for e in svg.iter() if e.get("id") in labels} == set(labels)
    teksten = [t.text for t in svg.iter(f"{SVG}text")]
    assert "✔ gekozen: stedelijke vraagstukken" in teksten
    assert "✔ gekozen: in het algemeen" in teksten
    beschrijving = svg.find(f"{SVG}desc").text
    assert (
        "1 Adviseren en inspreken (stedelijke vraagstukken); "
        "2 Aanjagen en initiëren (in het algemeen)"
    ) in beschrijving
    assert "Verdelen en besluiten (" not in beschrijving
    assert "Rol van de raad: sturen op proces." in beschrijving and "sturen op proces" in teksten
    assert beschrijving in _woorden(html)


def test_working_page_picture_follows_the_congruence_check(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])
    html = client.get(url).content.decode()
    _assert_standen(html)
    _assert_archetype(html)
    vereist = VRAGEN.vraag("k.stem.3")
    praatplaat.antwoorden.filter(vraag_key=vereist.key).delete()
    html = client.get(url).content.decode()
    vak = _vakken(_svg(html))[vereist.nummer]
    assert (vak["teken"], vak["vereist"]) == ("?", True)
    assert f"vraag {vereist.nummer} ontbreekt (vereist)" in _woorden(html)


def test_working_page_picture_changes_when_a_witte_vlek_gets_an_afspraak(
    client, rollen, praatplaat
):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])
    assert _vakken(_svg(client.get(url).content.decode()))[ONTBREEKT_VRAAG.nummer]["teken"] == "?"
    services.witte_vlek_naar_afspraak(praatplaat, vraag_key=ONTBREEKT_VRAAG.key)
    assert _vakken(_svg(client.get(url).content.decode()))[ONTBREEKT_VRAAG.nummer]["teken"] == "A"


def test_wijk_page_and_print_picture_the_vastgestelde_version(client, rollen, wijk, praatplaat):
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    for url in (wijk.get_absolute_url(), reverse("wijkafspraken:afdrukken", args=[wijk.slug])):
        html = client.get(url).content.decode()
        _assert_standen(html)
        _assert_archetype(html)


def test_wijk_page_picture_shows_an_afspraak_that_lapsed_since_as_missing(
    client, rollen, wijk, praatplaat
):
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    client.force_login(rollen["inwoner"])
    html = client.get(wijk.get_absolute_url()).content.decode()
    assert _vakken(_svg(html))[AFSPRAAK_VRAAG.nummer]["teken"] == "A"  # drawn and kept
    afspraak = praatplaat.afspraken.get(vraag_key=AFSPRAAK_VRAAG.key)
    afspraak.status = AfspraakStatus.VERVALLEN
    afspraak.save()
    html = client.get(wijk.get_absolute_url()).content.decode()
    assert _vakken(_svg(html))[AFSPRAAK_VRAAG.nummer]["teken"] == "?"
    assert f"vraag {AFSPRAAK_VRAAG.nummer} ontbreekt (vereist)" in _woorden(html)


def test_no_picture_of_a_draft_on_the_wijk_page(client, wijk, praatplaat):
    assert "<svg" not in client.get(wijk.get_absolute_url()).content.decode()


def test_picture_needs_no_inline_style(client, rollen, wijk, praatplaat):
    """The CSP allows no style attribute without a nonce; a title with markup stays text."""
    wijk.naam = 'Wierhuizen <script>"&'
    wijk.save()
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    html = client.get(wijk.get_absolute_url()).content.decode()
    svg = _svg(html)
    assert not [e.tag for e in svg.iter() if e.get("style") is not None or e.tag == f"{SVG}style"]
    assert svg.find(f"{SVG}title").text == 'Praatplaat Wierhuizen <script>"&'


def test_what_is_not_chosen_yet_says_so(wijk):
    praatplaat = PraatplaatFactory(wijk=wijk)
    getekend = plaat.uit_toets(praatplaat, toets(praatplaat))
    assert "Archetype: nog niet gekozen." in getekend.samenvatting
    assert "Rol van de raad: nog niet vastgelegd." in getekend.samenvatting
    assert not any(trede.gekozen for trede in getekend.treden)
    noot = [(regel.tekst, regel.klein) for regel in getekend.bouwstenen[1].noot]
    assert noot == [("Rol van de raad:", True), ("nog niet vastgelegd", True)]
    assert getekend.aantal(ONTBREEKT) == len(VRAGEN.vragen)


def test_tiles_and_kompas_are_drawn_once_for_every_picture_that_shows_them(wijk, praatplaat):
    """The second picture with the same stands reuses the first one's tiles and kompas (most of
    the working page's rendering), and draws exactly what a fresh rendering draws."""
    plaattegels._tegel.cache_clear()
    plaattegels._kompas.cache_clear()
    getekend = plaat.uit_toets(praatplaat, toets(services.met_inhoud().get(pk=praatplaat.pk)))
    eerste = render_to_string("wijkafspraken/_plaat.html", {"plaat": getekend, "id": "plaat"})
    tweede = render_to_string("wijkafspraken/_plaat.html", {"plaat": getekend, "id": "plaat"})
    assert plaattegels._tegel.cache_info().hits == len(VRAGEN.vragen)
    assert plaattegels._kompas.cache_info().hits == 1
    assert tweede == eerste
    _assert_standen(eerste)
