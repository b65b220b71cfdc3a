import pytest
from django.urls import reverse

from kennisbank.models import Pagina
from tests.factories.kennisbank import PaginaFactory

pytestmark = pytest.mark.django_db


def _formulier(**anders):
    return {
        "titel": "Stichting oprichten",
        "categorie": "rechtsvorm",
        "samenvatting": "Wat een notaris doet en wat het kost.",
        "tekst": "## Notaris\n\nDe akte kost ongeveer € 500.",
        "toelichting": "",
        **anders,
    }


def test_staff_write_a_page_that_everyone_reads(client, medewerker):
    client.force_login(medewerker)
    response = client.post(reverse("kennisbank:nieuw"), _formulier())
    pagina = Pagina.objects.get()
    assert response.url == pagina.get_absolute_url()
    client.logout()
    html = client.get(pagina.get_absolute_url()).content.decode()
    assert "<h2>Notaris</h2>" in html and "Versie 1" in html


def test_each_save_is_a_new_version_and_the_old_one_stays_readable(client, medewerker):
    pagina = PaginaFactory(tekst="De akte kost € 400.")
    client.force_login(medewerker)
    url = reverse("kennisbank:bewerken", args=[pagina.pk])
    veranderd = _formulier(tekst="De akte kost € 600.", toelichting="Tarieven 2027")
    assert client.post(url, veranderd).status_code == 302
    pagina.refresh_from_db()
    assert pagina.versie == 2
    assert list(pagina.versies.values_list("nummer", flat=True)) == [2, 1]
    oud = client.get(reverse("kennisbank:versie", args=[pagina.pk, 1])).content.decode()
    assert "€ 400" in oud and "€ 600" not in oud
    geschiedenis = client.get(reverse("kennisbank:versies", args=[pagina.pk])).content.decode()
    assert "Tarieven 2027" in geschiedenis


def test_a_bad_form_keeps_what_was_typed_and_says_what_is_missing(client, medewerker):
    client.force_login(medewerker)
    response = client.post(reverse("kennisbank:nieuw"), _formulier(titel=""))
    html = response.content.decode()
    assert response.status_code == 200 and not Pagina.objects.exists()
    assert "Dit veld is verplicht" in html and "De akte kost ongeveer € 500." in html


def test_a_double_click_saves_one_page(client, medewerker):
    client.force_login(medewerker)
    formulier = client.get(reverse("kennisbank:nieuw")).content.decode()
    token = formulier.split('name="formulier_token" value="')[1].split('"')[0]
    for _ in range(2):
        client.post(reverse("kennisbank:nieuw"), _formulier(formulier_token=token))
    assert Pagina.objects.count() == 1


def test_a_line_break_in_the_title_is_cleaned(client, medewerker):
    client.force_login(medewerker)
    client.post(reverse("kennisbank:nieuw"), _formulier(titel="Stichting\r\noprichten"))
    assert Pagina.objects.get().titel == "Stichting oprichten"


def test_residents_cannot_write(client):
    from tests.factories.accounts import UserFactory

    pagina = PaginaFactory()
    client.force_login(UserFactory())
    assert client.post(reverse("kennisbank:nieuw"), _formulier()).status_code == 403
    assert (
        client.post(reverse("kennisbank:bewerken", args=[pagina.pk]), _formulier()).status_code
        == 403
    )
    assert Pagina.objects.count() == 1


def test_a_page_of_another_gemeente_is_not_found(client, andere_gemeente):
    elders = PaginaFactory(gemeente=andere_gemeente, titel="Alleen elders")
    assert client.get(elders.get_absolute_url()).status_code == 404
    assert "Alleen elders" not in client.get(reverse("kennisbank:lijst")).content.decode()
    eigen = client.get(elders.get_absolute_url(), HTTP_HOST=andere_gemeente.hostnaam)
    assert eigen.status_code == 200


def test_a_shared_page_shows_in_the_organisations_other_gemeente_read_only(
    client, medewerker, zustergemeente
):
    gedeeld = PaginaFactory(titel="Gedeelde wijzer", gedeeld_binnen_organisatie=True)
    niet_gedeeld = PaginaFactory(titel="Alleen Groningen")
    host = {"HTTP_HOST": zustergemeente.hostnaam}
    lijst = client.get(reverse("kennisbank:lijst"), **host).content.decode()
    assert "Gedeelde wijzer" in lijst and "Alleen Groningen" not in lijst
    assert client.get(niet_gedeeld.get_absolute_url(), **host).status_code == 404
    client.force_login(medewerker)
    bewerken = reverse("kennisbank:bewerken", args=[gedeeld.pk])
    assert client.get(bewerken, **host).status_code == 404
    assert client.get(bewerken).status_code == 200


def test_categories_list_their_pages(client):
    PaginaFactory(titel="Rechtsvormen naast elkaar")
    PaginaFactory(titel="Fondsen voor buurten", subsidie=True)
    html = client.get(reverse("kennisbank:categorie", args=["subsidie"])).content.decode()
    assert "Fondsen voor buurten" in html and "Rechtsvormen naast elkaar" not in html
    assert client.get(reverse("kennisbank:categorie", args=["onbekend"])).status_code == 404


def test_an_anonymous_visitor_gets_a_kept_page_until_it_is_changed(client):
    """The kennisbank is behind the page cache (bench, issue 21); saving a page renews it."""
    from tests.factories.kennisbank import PaginaFactory as _Pagina

    pagina = _Pagina(titel="Een stichting oprichten")
    url = reverse("kennisbank:pagina", kwargs={"pk": pagina.pk})
    assert "Een stichting oprichten" in client.get(url).content.decode()
    pagina.titel = "Een vereniging oprichten"
    pagina.save()
    inhoud = client.get(url).content.decode()
    assert "Een vereniging oprichten" in inhoud
    assert "Een stichting oprichten" not in inhoud
