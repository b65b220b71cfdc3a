"""The catalogue is kept for anonymous visitors (portal.paginacache), and every change to what it
shows is there at once: a sign-up, an expired one, a new bijeenkomst (on the wijk page too). Its
free places are filled in per request (plaatsen.py): a sign-up does not make the page anew."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bijeenkomsten import services
from participatiepunt.portal.vastequery import achter
from tests.factories.bijeenkomsten import AanmeldingFactory, BijeenkomstFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.django_db
LIJST = reverse("bijeenkomsten:lijst")


@pytest.fixture
def bijeenkomst():
    return BijeenkomstFactory(titel="Training subsidie", capaciteit=3)


def test_the_catalogue_is_kept_for_anonymous_visitors(
    client, bijeenkomst, django_assert_num_queries
):
    client.get(LIJST)
    with django_assert_num_queries(1):  # the free places
        assert "Training subsidie" in client.get(LIJST).text


def test_a_sign_up_keeps_the_page_and_changes_its_free_places(
    client, bijeenkomst, django_capture_on_commit_callbacks, django_assert_num_queries
):
    client.get(LIJST)
    with django_capture_on_commit_callbacks(execute=True):
        services.aanmelden(bijeenkomst.pk, naam="Sanne", email="sanne@example.nl")
    with django_assert_num_queries(1):
        pagina = client.get(LIJST).text
    assert "Nog 2 van 3 plaatsen vrij" in pagina
    assert "\ue002" not in pagina


def test_a_full_bijeenkomst_shows_its_waiting_list(client, bijeenkomst):
    for i in range(5):
        services.aanmelden(bijeenkomst.pk, naam=f"Inwoner {i}", email=f"i{i}@example.nl")
    client.get(LIJST)
    assert "Vol, 2 op de wachtlijst" in client.get(LIJST).text


def test_a_sign_up_shows_at_once(client, bijeenkomst, django_capture_on_commit_callbacks):
    assert "Nog 3 van 3 plaatsen vrij" in client.get(LIJST).text
    with django_capture_on_commit_callbacks(execute=True):
        services.aanmelden(bijeenkomst.pk, naam="Sanne", email="sanne@example.nl")
    assert "Nog 2 van 3 plaatsen vrij" in client.get(LIJST).text


def test_an_expired_sign_up_frees_its_place_at_once(
    client, bijeenkomst, django_capture_on_commit_callbacks
):
    lang_geleden = timezone.now() - datetime.timedelta(days=30)
    AanmeldingFactory(bijeenkomst=bijeenkomst, onbevestigd=True, aangemeld_op=lang_geleden)
    assert "Nog 2 van 3 plaatsen vrij" in client.get(LIJST).text
    with django_capture_on_commit_callbacks(execute=True):
        services.ruim_verlopen_op()  # an update, no signal
    assert "Nog 3 van 3 plaatsen vrij" in client.get(LIJST).text


def test_a_new_bijeenkomst_is_on_the_catalogue_and_the_wijk_page_at_once(
    client, bijeenkomst, django_capture_on_commit_callbacks
):
    wijk = WijkFactory()
    client.get(LIJST), client.get(wijk.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        BijeenkomstFactory(titel="College op locatie", wijk=wijk, gemeente=bijeenkomst.gemeente)
    assert "College op locatie" in client.get(LIJST).text
    assert "College op locatie" in client.get(wijk.get_absolute_url()).text


def test_a_mail_sent_keeps_the_pages(
    client, bijeenkomst, django_capture_on_commit_callbacks, django_assert_num_queries
):
    mail = AanmeldingFactory(bijeenkomst=bijeenkomst).mails.create(soort="aangemeld")
    client.get(LIJST)
    with django_capture_on_commit_callbacks(execute=True):
        mail.verstuurd_op = timezone.now()
        mail.save()
    with django_assert_num_queries(1):  # the free places
        client.get(LIJST)


def test_the_free_places_filled_in_are_those_the_detail_page_counts(client):
    """plaatsen.BEZETTING (a prepared query, the ids as one array) counts as met_bezetting."""
    from bijeenkomsten import plaatsen
    from bijeenkomsten.models import Bijeenkomst

    vol = BijeenkomstFactory(titel="Vol", capaciteit=1)
    leeg = BijeenkomstFactory(titel="Leeg", capaciteit=4)
    for i in range(3):
        services.aanmelden(vol.pk, naam=f"Inwoner {i}", email=f"i{i}@example.nl")
    verwacht = Bijeenkomst.objects.filter(pk__in=[vol.pk, leeg.pk]).met_bezetting()
    verwacht = {(b.pk, b.capaciteit, b.bezet, b.wachtend) for b in verwacht}
    for _ in range(7):  # past PostgreSQL's switch to a generic plan
        rijen = plaatsen.BEZETTING.rijen(ids=f"{{{vol.pk},{leeg.pk}}}")
        assert set(rijen) == verwacht == {(vol.pk, 1, 1, 2), (leeg.pk, 4, 0, 0)}
    pagina = client.get(LIJST).text
    assert "Vol, 2 op de wachtlijst" in pagina and "Nog 4 van 4 plaatsen vrij" in pagina


def test_after_a_sign_up_its_page_reads_the_bijeenkomst_with_a_prepared_query(client, bijeenkomst):
    """Every sign-up renews the page of its bijeenkomst: the bijeenkomst with its two counts is
    read with SQL built once per process (portal.vastequery)."""
    url = bijeenkomst.get_absolute_url()
    client.get(url)
    AanmeldingFactory(bijeenkomst=bijeenkomst)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert "Nog 2 van 3 plaatsen vrij" in html
    gelezen = [q["sql"] for q in queries if 'FROM "bijeenkomsten_bijeenkomst"' in achter(q["sql"])]
    assert gelezen and all(sql.startswith("EXECUTE ") for sql in gelezen)
