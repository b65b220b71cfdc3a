"""The praatplaat page's body is rendered once and kept until something changes; its
witte-vlek buttons submit the one form of the page, which holds the CSRF token."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape

from tests.factories.gebieden import WijkFactory
from tests.factories.wijkafspraken import PraatplaatFactory
from tests.gebouwd import gebouwde_queries, tabellen
from wijkafspraken import services
from wijkafspraken.praatplaat import HUIDIGE_EDITIE, editie
from wijkafspraken.templatetags import toetsrijen

pytestmark = pytest.mark.django_db


@pytest.fixture
def praatplaat(wijk):
    cache.clear()
    return PraatplaatFactory(wijk=wijk, archetype=1)


def test_saved_answers_and_new_afspraken_show_at_once(client, rollen, praatplaat):
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])
    voor = client.get(url).content.decode()
    assert client.get(url).content.decode().count("vraag-compleet") == voor.count("vraag-compleet")
    vraag = editie(HUIDIGE_EDITIE).vragen[0].key
    services.sla_antwoorden_op(
        praatplaat, invoer={vraag: {"tekst": "Ja, zo.", "witte_vlek": False}}
    )
    na = client.get(url).content.decode()
    assert na.count("vraag-compleet") == voor.count("vraag-compleet") + 1
    knop = na.split('formaction="')[1].split('"')[0]
    assert client.post(knop, {"csrfmiddlewaretoken": "x"}).status_code in (302, 403)
    services.witte_vlek_naar_afspraak(praatplaat, vraag_key=knop.rstrip("/").rsplit("/", 1)[1])
    assert "Wijzigen<span" in client.get(url).content.decode()


def test_who_may_change_sees_buttons_and_one_form_who_may_not_does_not(client, rollen, praatplaat):
    url = reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])
    client.force_login(rollen["gebiedsteam"])
    html = client.get(url).content.decode()
    assert html.count('id="witte-vlek-form"') == 1 and 'form="witte-vlek-form"' in html
    praatplaat.gearchiveerd_op = praatplaat.geopend_op
    praatplaat.save()
    html = client.get(url).content.decode()
    assert "witte-vlek-form" not in html and "Afspraak toevoegen" not in html


def test_the_checks_rows_are_drawn_once_and_follow_a_published_answer(
    client, rollen, wijk, praatplaat
):
    """A row of the check's table depends on its question, stand, demand and publicity only: a
    second praatplaat in the same state reuses the first one's rows; publishing an answer draws
    its row anew at once."""
    client.force_login(rollen["gebiedsteam"])
    toetsrijen._rij.cache_clear()
    client.get(reverse("wijkafspraken:praatplaat", args=[praatplaat.pk]))
    tweede = PraatplaatFactory(wijk=WijkFactory(gebied=wijk.gebied), archetype=1)
    url = reverse("wijkafspraken:praatplaat", args=[tweede.pk])
    client.get(url)
    assert toetsrijen._rij.cache_info().hits == len(editie(HUIDIGE_EDITIE).vragen)
    vraag = editie(HUIDIGE_EDITIE).vragen[0]
    invoer = {vraag.key: {"tekst": "Ja.", "witte_vlek": False, "openbaar": True}}
    services.sla_antwoorden_op(tweede, invoer=invoer)
    rij = (
        client.get(url)
        .content.decode()
        .split(f"<td>{escape(vraag.tekst)}</td>")[1]
        .split("</tr>")[0]
    )
    assert "stand-compleet" in rij and "<td>ja</td>" in rij


def test_a_visit_builds_the_praatplaats_sql_once(client, rollen, praatplaat):
    """The praatplaat with its wijk and gebied: its SQL took longer to build than to run, so
    it is built on the first visit only (portal.vastequery)."""
    client.force_login(rollen["gebiedsteam"])
    url = reverse("wijkafspraken:praatplaat", args=[praatplaat.pk])
    assert client.get(url).status_code == 200
    with gebouwde_queries() as gebouwd:
        assert client.get(url).status_code == 200
    assert "wijkafspraken_praatplaat" not in tabellen(gebouwd)
