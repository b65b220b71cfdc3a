"""What the praatplaat pages say, read as text."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.factories.wijkafspraken import PraatplaatFactory, medeondertekend

pytestmark = pytest.mark.django_db


def test_the_working_page_prints_no_template_comment(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk)
    client.force_login(rollen["gebiedsteam"])
    html = client.get(reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])).content.decode()
    assert "{#" not in html and "#}" not in html
    assert "CSRF token" not in html


def _vastgesteld_met_afspraak(wijk, team, wanneer):
    from tests.factories.wijkafspraken import AfspraakFactory
    from wijkafspraken import services

    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True)
    AfspraakFactory(praatplaat=praatplaat, wat="Dorpspanel samenstellen", wanneer=wanneer)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team)
    return praatplaat


@pytest.mark.parametrize("pagina", ["wijk", "versie", "afdrukken"])
def test_afspraken_are_dated_in_dutch(client, rollen, wijk, pagina):
    import datetime

    praatplaat = _vastgesteld_met_afspraak(wijk, rollen["gebiedsteam"], datetime.date(2027, 1, 14))
    url = {
        "wijk": reverse("wijkafspraken:wijk", args=[wijk.slug]),
        "versie": reverse("wijkafspraken:versie", args=[praatplaat.pk, 1]),
        "afdrukken": reverse("wijkafspraken:afdrukken", args=[wijk.slug]),
    }[pagina]
    html = client.get(url).content.decode()
    assert "14 januari 2027" in html
    assert "2027-01-14" not in html


def test_a_changed_afspraak_is_dated_in_dutch_in_the_list_of_changes(client, rollen, wijk):
    import datetime

    from wijkafspraken import services

    team = rollen["gebiedsteam"]
    praatplaat = _vastgesteld_met_afspraak(wijk, team, datetime.date(2027, 1, 14))
    praatplaat.afspraken.update(wanneer=datetime.date(2027, 3, 1))
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=team, reden="Later klaar")
    html = client.get(reverse("wijkafspraken:versie", args=[praatplaat.pk, 2])).content.decode()
    assert "1 maart 2027" in html and "14 januari 2027" in html
    assert "2027-03-01" not in html and "2027-01-14" not in html


def _vaststelknop(html: str) -> str:
    return html[html.rindex("<button", 0, html.index("vaststellen</button>")) :].split(">")[0]


def test_the_blocked_vaststellen_button_says_why(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=1)
    praatplaat.archetypen.update(archetype=3)
    client.force_login(rollen["gebiedsteam"])
    html = client.get(reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])).content.decode()
    knop = _vaststelknop(html)
    assert " disabled" in knop
    uitleg_id = knop.split('aria-describedby="')[1].split('"')[0]
    uitleg = html.split(f'id="{uitleg_id}"')[1].split("</p>")[0]
    assert "Vaststellen kan pas als de congruentietoets voldaan is" in uitleg


def test_a_second_version_without_changes_is_blocked_with_the_reason(client, rollen, wijk):
    from wijkafspraken import services

    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    medeondertekend(praatplaat)
    services.vaststellen(praatplaat, door=rollen["gebiedsteam"])
    client.force_login(rollen["gebiedsteam"])
    html = client.get(reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])).content.decode()
    assert " disabled" in _vaststelknop(html)
    assert "Er is niets veranderd sinds versie 1" in html


def test_a_ready_praatplaat_has_a_usable_button(client, rollen, wijk):
    praatplaat = PraatplaatFactory(wijk=wijk, compleet=True, archetype=2)
    medeondertekend(praatplaat)
    client.force_login(rollen["gebiedsteam"])
    html = client.get(reverse("wijkafspraken:vaststellen", args=[praatplaat.pk])).content.decode()
    knop = _vaststelknop(html)
    assert "disabled" not in knop and "aria-describedby" not in knop


def _wijkpagina(client, wijk) -> str:
    html = client.get(reverse("wijkafspraken:wijk", args=[wijk.slug])).content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_wijk_page_explains_the_model_in_the_words_of_the_seed(client, wijk):
    from wijkafspraken.praatplaat import EDITIES, HUIDIGE_EDITIE

    main = _wijkpagina(client, wijk)
    for stap in ["Bespreken van de bouwstenen", "Maken van afspraken", "Uitvoeren en evalueren"]:
        assert stap in main
    for archetype in EDITIES[HUIDIGE_EDITIE].archetypen:
        assert archetype.naam in main and escape(archetype.beschrijving) in main
    assert "De rol van de raad" in main
    assert "Gebiedsgericht werken vraagt om loslaten en vertrouwen geven aan bewoners." in main
    assert "sturen op inhoud of sturen op proces" in main
    assert "nog niet vastgesteld" in main
    assert "aria-current" not in main.split('id="kop-model"')[1]


def test_the_texts_are_the_seeds_word_for_word():
    from django.conf import settings

    from wijkafspraken import uitleg

    seed = next((settings.BASE_DIR.parent / "shared" / "seeds").glob("001_*.txt"), None)
    if seed is None:
        pytest.skip("de seeds staan niet naast deze checkout")
    tekst = " ".join(seed.read_text(encoding="utf-8").replace("*", "").split())
    stukken = [uitleg.ARCHETYPEN_INLEIDING, uitleg.HOGERE_EISEN, uitleg.ROL_VAN_DE_RAAD]
    for stuk in stukken + [stap.tekst for stap in uitleg.STAPPEN]:
        assert stuk in tekst


def test_a_vastgestelde_wijk_shows_its_step_archetype_and_rol_van_de_raad(client, rollen, wijk):
    import datetime

    praatplaat = _vastgesteld_met_afspraak(wijk, rollen["gebiedsteam"], datetime.date(2027, 1, 14))
    praatplaat.archetypen.update(archetype=3)
    main = _wijkpagina(client, wijk)
    uitleg = main.split('id="kop-model"')[1]
    huidig = uitleg.split('aria-current="step"')[1].split("</li>")[0]
    assert "Stap 3: Uitvoeren en evalueren" in huidig
    assert f"In {wijk.naam}: sturen op proces." in uitleg
    assert f"gekozen door {wijk.naam}" in uitleg.split("Archetype 3")[1].split("</dt>")[0]
