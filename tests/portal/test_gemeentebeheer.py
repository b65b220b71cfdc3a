"""A beheerder keeps the gemeente's settings in the portal; the house colour must stay readable
under white text (issue 16)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.gebieden.kleur import contrast_met_wit
from participatiepunt.gebieden.models import Gemeente
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory

pytestmark = pytest.mark.django_db

URL = reverse("portal:gemeente_instellingen")
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7V\xbd\xfa"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _gegevens(**extra):
    return {
        "naam": "Groningen",
        "hostnaam": "",
        "primaire_kleur": "#00529b",
        "adres": "Stadhuis, Grote Markt 1, 9711 LV Groningen",
        "telefoon": "14 050",
        "email": "participatiepunt@groningen.example",
        "openingstijden": "Maandag tot en met vrijdag 9.00–17.00 uur",
        **extra,
    }


@pytest.mark.parametrize(
    ("kleur", "leesbaar"),
    [("#000000", True), ("#00529b", True), ("#767676", True), ("#777777", False),
     ("#ffcc00", False), ("#ffffff", False)],
)  # fmt: skip
def test_contrast_against_white_follows_wcag(kleur, leesbaar):
    assert (contrast_met_wit(kleur) >= 4.5) is leesbaar


@pytest.fixture
def beheerder(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)
    return user


def test_a_beheerder_changes_the_gemeente_s_settings(client, beheerder):
    response = client.post(URL, _gegevens(telefoon="050 367 00 00", adres="Nieuw adres 1"))
    assert response.status_code == 302
    gemeente = Gemeente.objects.get(pk=standaardgemeente().pk)
    assert gemeente.telefoon == "050 367 00 00" and gemeente.adres == "Nieuw adres 1"


def test_a_colour_too_light_for_white_text_is_refused_at_the_field(client, beheerder):
    response = client.post(URL, _gegevens(primaire_kleur="#ffcc00", telefoon="0599 1"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze kleur is te licht" in html and "minstens 4,5:1" in html
    assert 'value="0599 1"' in html  # nothing typed is lost
    assert Gemeente.objects.get(pk=standaardgemeente().pk).primaire_kleur != "#ffcc00"


def test_a_logo_must_be_an_image_by_its_content(client, beheerder, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    nep = SimpleUploadedFile("logo.png", b"<svg onload=alert(1)>", content_type="image/png")
    response = client.post(URL, {**_gegevens(), "logo": nep})
    assert response.status_code == 200
    assert "geen afbeelding die wij als logo tonen" in response.content.decode()
    echt = SimpleUploadedFile("logo.png", PNG, content_type="image/png")
    assert client.post(URL, {**_gegevens(), "logo": echt}).status_code == 302
    assert Gemeente.objects.get(pk=standaardgemeente().pk).logo.name.startswith("gemeenten/")


def test_only_a_beheerder_of_this_gemeente_may(client):
    client.force_login(UserFactory(medewerker=True, gemeenten=[GemeenteFactory(andere=True)]))
    assert client.get(URL).status_code == 403
    client.force_login(UserFactory(griffie=True))
    assert client.get(URL).status_code == 403
    client.force_login(UserFactory())
    assert client.post(URL, _gegevens(naam="Overgenomen")).status_code == 403
    assert Gemeente.objects.get(pk=standaardgemeente().pk).naam == "Groningen"
