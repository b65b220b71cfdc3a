"""The files every site is asked for, and the statements about privacy, cookies and
accessibility: dated, with the contacts the gemeente keeps in the portal, in Dutch."""

import datetime
import re

import pytest
from django.urls import reverse

from participatiepunt.gebieden.huidige import standaardgemeente
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _tekst(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_security_txt_follows_rfc_9116(client, settings):
    settings.SECURITY_CONTACT = "mailto:cert@gemeente.example"
    settings.SECURITY_TXT_EXPIRES = "2027-10-01T00:00:00Z"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    velden = dict(regel.split(": ", 1) for regel in response.content.decode().splitlines())
    assert velden["Contact"] == "mailto:cert@gemeente.example"
    assert velden["Expires"] == "2027-10-01T00:00:00Z"
    assert velden["Preferred-Languages"] == "nl, en"
    assert velden["Canonical"].endswith("/.well-known/security.txt")


def test_the_default_expiry_of_security_txt_is_a_time_with_its_zone(settings):
    verloopt = datetime.datetime.fromisoformat(settings.SECURITY_TXT_EXPIRES)
    assert verloopt.tzinfo is not None


def test_robots_txt_keeps_crawlers_out_of_personal_pages(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    tekst = response.content.decode()
    assert tekst.startswith("User-agent: *\n")
    for pad in ["/account/", "/beheer/", "/meldingen/"]:
        assert f"Disallow: {pad}\n" in tekst


def test_favicon_ico_is_an_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"


def test_the_cookie_statement_lists_every_cookie_the_portal_sets(client):
    from tests.factories.initiatieven import InitiatiefFactory

    user = UserFactory()
    client.get(reverse("account_login"))
    client.force_login(user)
    concept = InitiatiefFactory(concept=True, indiener=user)
    client.post(
        reverse("initiatieven:stap", args=[concept.pk, 1]), {"titel": "T", "actie": "opslaan"}
    )
    gezet = set(client.cookies)
    assert gezet, "de test moet cookies zien"
    tekst = _tekst(client.get(reverse("portal:cookies")))
    for naam in gezet:
        assert f"<code>{naam}</code>" in tekst
    assert "alleen functionele cookies" in tekst
    assert "toestemming" in tekst


def test_the_footer_links_to_the_cookie_statement(client):
    assert f'href="{reverse("portal:cookies")}"' in client.get("/").content.decode()


def test_the_privacy_statement_is_dated_and_names_processors_and_the_fg(client, settings):
    settings.FUNCTIONARIS_GEGEVENSBESCHERMING_EMAIL = "fg@gemeente.example"
    tekst = _tekst(client.get(reverse("portal:privacy")))
    assert re.search(r"Laatst gewijzigd op \d{1,2} \w+ 20\d\d\.", tekst)
    assert "verwerkers" in tekst.lower() and "verwerkersovereenkomst" in tekst
    assert 'href="mailto:fg@gemeente.example"' in tekst
    assert "functionaris gegevensbescherming" in tekst
    assert "Autoriteit Persoonsgegevens" in tekst


def test_the_accessibility_statement_follows_the_model(client):
    gemeente = standaardgemeente()
    gemeente.email = "participatie@gemeente.example"
    gemeente.save()
    tekst = _tekst(client.get(reverse("portal:toegankelijkheid")))
    koppen = re.findall(r"<h2>(.*?)</h2>", tekst)
    assert koppen == [
        "Op welke website deze verklaring van toepassing is",
        "Nalevingsstatus",
        "Bekende problemen",
        "Opstellen van deze verklaring",
        "Feedback en contact",
        "Handhavingsprocedure",
    ]
    assert "Besluit digitale toegankelijkheid overheid" in tekst
    assert re.search(r"Status [A-E]: ", tekst)
    assert re.search(r"opgesteld op \d{1,2} \w+ 20\d\d", tekst)
    assert 'href="mailto:participatie@gemeente.example"' in tekst
    assert "Nationale ombudsman" in tekst


@pytest.mark.parametrize("naam", ["privacy", "cookies", "toegankelijkheid"])
def test_the_statements_say_u(client, naam):
    tekst = _tekst(client.get(reverse(f"portal:{naam}")))
    assert not any(woord in tekst for woord in (" je ", " jij ", " jouw "))
