"""The catalogue and a bijeenkomst's page, as residents, guests and staff use them."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bijeenkomsten import tokens
from bijeenkomsten.models import Aanmelding, Bijeenkomst, Status
from participatiepunt.portal.vastequery import achter
from tests.factories.accounts import UserFactory
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory
from tests.factories.gebieden import GemeenteFactory, WijkFactory
from tests.gebouwd import gebouwde_queries, vergrendeld

pytestmark = pytest.mark.django_db
LIJST = reverse("bijeenkomsten:lijst")


def test_catalogue_shows_this_gemeentes_coming_bijeenkomsten_for_residents(client):
    eigen = BijeenkomstFactory(titel="Training subsidie aanvragen", training=True)
    BijeenkomstFactory(titel="Van een andere gemeente", gemeente=GemeenteFactory(andere=True))
    BijeenkomstFactory(titel="Werken met de praatplaat", voor_ambtenaren=True)
    BijeenkomstFactory(titel="Al geweest", voorbij=True)
    inhoud = client.get(LIJST).content.decode()
    assert eigen.titel in inhoud
    for verborgen in ("andere gemeente", "praatplaat", "Al geweest"):
        assert verborgen not in inhoud


def test_staff_also_see_the_ones_for_ambtenaren(client):
    BijeenkomstFactory(titel="Werken met de praatplaat", voor_ambtenaren=True)
    client.force_login(UserFactory(medewerker=True))
    assert "Werken met de praatplaat" in client.get(LIJST).content.decode()
    assert (
        "Werken met de praatplaat"
        not in client.get(LIJST, {"doelgroep": "inwoners"}).content.decode()
    )


def test_another_gemeentes_or_an_ambtenaren_bijeenkomst_is_not_found(client):
    anders = BijeenkomstFactory(gemeente=GemeenteFactory(andere=True))
    intern = BijeenkomstFactory(voor_ambtenaren=True)
    assert client.get(anders.get_absolute_url()).status_code == 404
    assert client.get(intern.get_absolute_url()).status_code == 404
    url = reverse("bijeenkomsten:aanmelden", args=[intern.pk])
    assert client.post(url, {"naam": "A", "email": "a@example.nl"}).status_code == 404
    assert not Aanmelding.objects.exists()


def test_a_guest_signs_up_confirms_through_the_link_and_cancels(
    client, django_capture_on_commit_callbacks
):
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"naam": "Sanne de Wit", "email": "Sanne@Example.nl"}, follow=True
        )
    assert "Bijna klaar" in response.content.decode()
    assert [m.to for m in mail.outbox] == [["sanne@example.nl"]]
    aanmelding = Aanmelding.objects.get()
    # The link from the mail: a token made here again differs when a second has passed.
    bevestig = re.search(r"/bijeenkomsten/bevestigen/[^/\s]+/", mail.outbox[0].body).group()
    assert tokens.lees(bevestig.split("/")[-2], tokens.BEVESTIGEN) == aanmelding
    assert client.get(bevestig).status_code == 200  # a mail scanner's GET changes nothing
    aanmelding.refresh_from_db()
    assert not aanmelding.is_bevestigd
    with django_capture_on_commit_callbacks(execute=True):
        client.post(bevestig)
    aanmelding.refresh_from_db()
    assert aanmelding.is_bevestigd
    assert "U bent aangemeld" in mail.outbox[1].subject and mail.outbox[1].attachments
    afmelden = re.search(r"/bijeenkomsten/afmelden/[^/\s]+/", mail.outbox[1].body).group()
    assert tokens.lees(afmelden.split("/")[-2], tokens.AFMELDEN) == aanmelding
    client.post(afmelden)
    aanmelding.refresh_from_db()
    assert aanmelding.status == Status.AFGEMELD


def test_a_token_for_one_purpose_does_not_work_for_another(client):
    aanmelding = AanmeldingFactory()
    token = tokens.maak(aanmelding, tokens.BEVESTIGEN)
    assert client.post(reverse("bijeenkomsten:afmelden", args=[token])).status_code == 400
    assert Aanmelding.objects.get().status == Status.GEPLAATST


def test_bad_input_keeps_what_was_typed(client):
    bijeenkomst = BijeenkomstFactory()
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    response = client.post(url, {"naam": "Sanne\r\nde Wit", "email": "geen-adres"})
    inhoud = response.content.decode()
    assert response.status_code == 200
    assert "Voer een geldig e-mailadres in" in inhoud
    assert 'value="geen-adres"' in inhoud
    assert not Aanmelding.objects.exists()


def test_staff_plan_a_bijeenkomst_and_print_the_attendance_list(client):
    medewerker = UserFactory(medewerker=True)
    client.force_login(medewerker)
    wijk = WijkFactory()
    response = client.post(
        reverse("bijeenkomsten:nieuw"),
        {
            "soort": "college", "doelgroep": "inwoners", "titel": "College op locatie",
            "datum": "2030-03-04", "begintijd": "19:30", "eindtijd": "21:00",
            "locatie": "Wijkcentrum", "wijk": wijk.pk, "capaciteit": 2,
        },
    )  # fmt: skip
    bijeenkomst = Bijeenkomst.objects.get()
    assert response.status_code == 302 and bijeenkomst.gemeente.is_standaard
    AanmeldingFactory(bijeenkomst=bijeenkomst, naam="Pieter Smit")
    AanmeldingFactory(bijeenkomst=bijeenkomst, naam="Greet Mulder", wachtend=True)
    lijst = client.get(reverse("bijeenkomsten:presentielijst", args=[bijeenkomst.pk]))
    inhoud = lijst.content.decode()
    assert "Pieter Smit" in inhoud and "Wachtlijst" in inhoud and "Greet Mulder" in inhoud
    assert "College op locatie" in client.get(wijk.get_absolute_url()).content.decode()


def test_end_before_start_is_refused_at_the_field(client):
    client.force_login(UserFactory(medewerker=True))
    response = client.post(
        reverse("bijeenkomsten:nieuw"),
        {"soort": "training", "doelgroep": "inwoners", "titel": "Training", "datum": "2030-03-04",
         "begintijd": "19:30", "eindtijd": "18:00", "locatie": "Stadhuis", "capaciteit": 10},
    )  # fmt: skip
    assert "De eindtijd moet na de begintijd liggen." in response.content.decode()
    assert not Bijeenkomst.objects.exists()


def _aantal_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.parametrize("als", ["anoniem", "medewerker"])
def test_catalogue_and_page_run_a_bounded_number_of_queries(client, als):
    if als == "medewerker":
        client.force_login(UserFactory(medewerker=True))
    bijeenkomst = BijeenkomstFactory(wijk=WijkFactory())
    AanmeldingFactory.create_batch(2, bijeenkomst=bijeenkomst)
    BijeenkomstFactory.create_batch(2, wijk=WijkFactory())
    urls = [LIJST, bijeenkomst.get_absolute_url()]
    weinig = [_aantal_queries(client, url) for url in urls]
    AanmeldingFactory.create_batch(15, bijeenkomst=bijeenkomst)
    BijeenkomstFactory.create_batch(15, wijk=WijkFactory())
    assert [_aantal_queries(client, url) for url in urls] == weinig


def test_staff_cancel_and_everyone_signed_up_hears_it_once(
    client, django_capture_on_commit_callbacks
):
    bijeenkomst = BijeenkomstFactory(capaciteit=1)
    geplaatst = AanmeldingFactory(bijeenkomst=bijeenkomst)
    wachtend = AanmeldingFactory(bijeenkomst=bijeenkomst, wachtend=True)
    AanmeldingFactory(bijeenkomst=bijeenkomst, onbevestigd=True, wachtend=True)
    client.force_login(UserFactory(medewerker=True))
    url = reverse("bijeenkomsten:annuleren", args=[bijeenkomst.pk])
    assert "De 1 aangemelde en 2 wachtende deelnemers" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
        client.post(url)
    bijeenkomst.refresh_from_db()
    assert bijeenkomst.geannuleerd
    assert sorted(m.to[0] for m in mail.outbox) == sorted([geplaatst.email, wachtend.email])
    assert "METHOD:CANCEL" in mail.outbox[0].attachments[0].get_payload(decode=True).decode()
    assert bijeenkomst.titel not in client.get(LIJST).content.decode()
    assert client.post(reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])).status_code == 403


def test_a_sign_up_runs_a_bounded_number_of_queries(client):
    """The page is not rendered for it: no bezetting or wijk for the lookup, and the places are
    counted once, under the lock."""
    bijeenkomst = BijeenkomstFactory(capaciteit=40, wijk=WijkFactory())
    AanmeldingFactory.create_batch(15, bijeenkomst=bijeenkomst)
    client.force_login(UserFactory())
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    with CaptureQueriesContext(connection) as nieuw:
        assert client.post(url).status_code == 302
    with CaptureQueriesContext(connection) as nogmaals:
        assert client.post(url).status_code == 302
    sql = [achter(query["sql"]) for query in nieuw.captured_queries + nogmaals.captured_queries]
    assert not any("COUNT" in q and "gebieden_wijk" in q for q in sql)
    assert sum("COUNT" in q for q in sql) == 2  # once per sign-up, under the lock
    assert len(nieuw) <= 11 and len(nogmaals) <= 9


def test_a_sign_up_reads_its_bijeenkomst_and_counts_its_places_by_sql_built_once(client):
    """The locked lookup and the count of every sign-up: the ORM built both on each post."""
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    client.force_login(UserFactory())
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    client.post(url)  # the first builds them
    client.force_login(UserFactory())
    with gebouwde_queries() as gebouwd:
        assert client.post(url).status_code == 302
    assert vergrendeld(gebouwd, Bijeenkomst) == []
    assert Aanmelding not in {query.model for query in gebouwd}
    assert bijeenkomst.aanmeldingen.filter(status=Status.GEPLAATST).count() == 2


def test_the_empty_sign_up_form_is_rendered_once(client, monkeypatch):
    from participatiepunt.portal.templatetags import formulieren

    formulieren.BEWAARD.clear()
    gerenderd = []
    echt = formulieren.as_crispy_form
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda f: gerenderd.append(f) or echt(f))
    url = BijeenkomstFactory().get_absolute_url()
    client.get(url)
    assert 'name="email"' in client.get(url).text
    assert len(gerenderd) == 1


def test_signing_up_on_the_page_reads_the_bijeenkomst_once_locked(client):
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    client.force_login(UserFactory())
    url = reverse("bijeenkomsten:aanmelden", args=[bijeenkomst.pk])
    client.post(url)  # the first: a place
    with CaptureQueriesContext(connection) as context:
        assert client.post(url).status_code == 302  # again: the first sign-up
    queries = [achter(q["sql"]) for q in context.captured_queries]
    gelezen = [sql for sql in queries if 'FROM "bijeenkomsten_bijeenkomst"' in sql]
    assert len(gelezen) == 1 and gelezen[0].endswith("FOR UPDATE")
    # the user, SAVEPOINT, the lock, the places and turns, the earlier sign-up, RELEASE
    assert len(queries) <= 6, queries
    assert not any(sql.startswith(("UPDATE", "INSERT")) for sql in queries)
    assert bijeenkomst.aanmeldingen.get().status == Status.GEPLAATST


def test_a_kept_page_reads_no_row_and_a_sign_up_shows_at_once(client, django_assert_num_queries):
    """The bijeenkomst's row with its places taken is kept (caches.PER_BIJEENKOMST): a second
    visit reads nothing from the database, a sign-up or a change shows at the next."""
    bijeenkomst = BijeenkomstFactory(capaciteit=3, wijk=WijkFactory(naam="Proefwijk"))
    url = bijeenkomst.get_absolute_url()
    assert "Nog 3 van 3 plaatsen vrij" in client.get(url).text
    with django_assert_num_queries(0):
        assert "Nog 3 van 3 plaatsen vrij" in client.get(url).text
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    assert "Nog 2 van 3 plaatsen vrij" in client.get(url).text
    bijeenkomst.titel = "Andere titel"
    bijeenkomst.save()
    assert "<h1>Andere titel</h1>" in client.get(url).text
    bijeenkomst.wijk.naam = "Herdoopte wijk"
    bijeenkomst.wijk.save()
    assert ">Herdoopte wijk</a>" in client.get(url).text


def test_a_kept_page_shows_an_expired_place_at_once(client):
    """Expiring unconfirmed sign-ups is an UPDATE (no signal): it renews the kept row too."""
    from datetime import timedelta

    from django.utils import timezone

    from bijeenkomsten import services
    from bijeenkomsten.models import bevestig_binnen

    bijeenkomst = BijeenkomstFactory(capaciteit=2)
    sanne = AanmeldingFactory(bijeenkomst=bijeenkomst, email="sanne@example.nl")
    verlopen = AanmeldingFactory(bijeenkomst=bijeenkomst, onbevestigd=True)
    te_laat = timezone.now() - bevestig_binnen() - timedelta(minutes=1)
    Aanmelding.objects.filter(pk=verlopen.pk).update(aangemeld_op=te_laat)
    url = bijeenkomst.get_absolute_url()
    assert "Vol" in client.get(url).text
    # Sanne signs up again: her first sign-up, nothing saved; the expired one goes (an UPDATE)
    assert services.aanmelden(bijeenkomst.pk, naam="Sanne", email=sanne.email) == sanne
    assert Aanmelding.objects.get(pk=verlopen.pk).status == Status.VERLOPEN
    assert "Nog 1 van 2 plaatsen vrij" in client.get(url).text


def test_a_kept_page_asks_who_may_see_it_on_every_visit(client):
    intern = BijeenkomstFactory(voor_ambtenaren=True)
    url = intern.get_absolute_url()
    medewerker = UserFactory(medewerker=True)
    client.force_login(medewerker)
    assert client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 404


def test_what_the_page_says_of_the_bijeenkomst_is_rendered_once_per_change(client):
    """When, where and the places are kept rendered with the row (the same for everyone who may
    see it); the sign-up form is made per visit (CSRF token, the visitor's own sign-up)."""
    bijeenkomst = BijeenkomstFactory(capaciteit=3)
    url = bijeenkomst.get_absolute_url()
    eerste = client.get(url)
    assert "bijeenkomsten/_wanneer.html" in [t.name for t in eerste.templates]
    tweede = client.get(url)
    assert "bijeenkomsten/_wanneer.html" not in [t.name for t in tweede.templates]
    assert tweede.text.count("csrfmiddlewaretoken") == 1
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    derde = client.get(url)
    assert "bijeenkomsten/_wanneer.html" in [t.name for t in derde.templates]
    assert "Nog 2 van 3 plaatsen vrij" in derde.text
