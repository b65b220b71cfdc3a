from types import SimpleNamespace

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from participatiepunt.portal.vastequery import achter
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GebiedFactory, WijkFactory
from tests.factories.initiatieven import GevraagdeSteunFactory, InitiatiefFactory, MijlpaalFactory

pytestmark = pytest.mark.django_db
URL = reverse("initiatieven:intake")


def _titels(client, **params):
    return {i.titel for i in client.get(URL, params).context["pagina"]}


def test_residents_have_no_queue(client, inwoner):
    client.force_login(inwoner)
    assert client.get(URL).status_code == 403


def test_drafts_are_not_in_the_queue(client, medewerker):
    InitiatiefFactory(concept=True, titel="Concept")
    InitiatiefFactory(titel="Ingediend")
    client.force_login(medewerker)
    assert _titels(client) == {"Ingediend"}


def test_filters(client, medewerker):
    wijk = WijkFactory(slug="hoogkerk-test")
    a = InitiatiefFactory(titel="A", wijk=wijk, casemanager=medewerker)
    b = InitiatiefFactory(titel="B", in_gesprek=True, soort_initiatiefnemer="ondernemer")
    GevraagdeSteunFactory(initiatief=b, soort="rechtsvorm")
    c = InitiatiefFactory(titel="C", casemanager=UserFactory(medewerker=True))
    client.force_login(medewerker)
    assert _titels(client, status="in_gesprek") == {b.titel}
    assert _titels(client, wijk="hoogkerk-test") == {a.titel}
    assert _titels(client, soort="ondernemer") == {b.titel}
    assert _titels(client, steun="rechtsvorm") == {b.titel}
    assert _titels(client, toegewezen="mij") == {a.titel}
    assert _titels(client, toegewezen="niemand") == {b.titel}
    assert c.titel in _titels(client)


def test_sortable_and_paginated(client, medewerker):
    for titel in ["Cello", "Appel", "Bever"]:
        InitiatiefFactory(titel=titel)
    client.force_login(medewerker)
    pagina = client.get(URL, {"sorteer": "titel"}).context["pagina"]
    assert [i.titel for i in pagina] == ["Appel", "Bever", "Cello"]
    InitiatiefFactory.create_batch(20)
    assert len(client.get(URL, {"pagina": 2}).context["pagina"]) == 3


def test_gebiedsteam_reads_only_its_own_gebieden(client):
    oost = GebiedFactory()
    eigen = InitiatiefFactory(titel="In Oost", wijk=WijkFactory(gebied=oost))
    InitiatiefFactory(titel="Elders")
    lid = UserFactory(gebiedsteam=True, gebieden=[oost])
    client.force_login(lid)
    assert _titels(client) == {"In Oost"}
    assert client.get(eigen.get_absolute_url()).status_code == 200
    assert client.get(reverse("initiatieven:beheer", args=[eigen.pk])).status_code == 404


def test_a_wrong_filter_is_told_at_its_field(client, medewerker):
    client.force_login(medewerker)
    html = client.get(URL, {"status": "bestaat-niet"}).content.decode()
    assert 'aria-describedby="id_status_fout" class="form-select is-invalid"' in html
    assert '<div class="invalid-feedback" id="id_status_fout">' in html
    assert '<label class="form-label" for="id_wijk">Wijk of dorp</label>' in html


def test_row_shows_support_and_next_open_mijlpaal(client, medewerker):
    initiatief = InitiatiefFactory(titel="Moestuin", in_gesprek=True)
    GevraagdeSteunFactory(initiatief=initiatief, soort="subsidie")
    MijlpaalFactory(initiatief=initiatief, titel="Klaar", gereed=True, verwachte_datum="2030-01-01")
    MijlpaalFactory(initiatief=initiatief, titel="Later", verwachte_datum="2030-06-01")
    MijlpaalFactory(initiatief=initiatief, titel="Eerst", verwachte_datum="2030-03-01")
    client.force_login(medewerker)
    html = client.get(URL).content.decode()
    assert "<td>Subsidie</td>" in html
    assert "<td>Eerst (1 maart 2030)</td>" in html


def _gerenderd(response, template):
    return [t.name for t in response.templates].count(template)


def test_a_submission_renders_only_its_own_row(client, medewerker):
    """The rows and the filter form are kept under what they show (portal.inhoudcache): a
    submission renews the page, which then renders one row and not the form."""
    wijk = WijkFactory()
    InitiatiefFactory.create_batch(3, wijk=wijk)
    client.force_login(medewerker)
    eerst = client.get(URL)
    assert _gerenderd(eerst, "initiatieven/_intake_rij.html") == 3
    assert _gerenderd(eerst, "initiatieven/_intake_filters.html") == 1
    InitiatiefFactory(titel="Net ingediend", wijk=wijk)
    daarna = client.get(URL)
    assert "Net ingediend" in daarna.content.decode()
    assert _gerenderd(daarna, "initiatieven/_intake_rij.html") == 1
    assert _gerenderd(daarna, "initiatieven/_intake_filters.html") == 0


def test_a_row_kept_for_the_participatiepunt_shows_no_initiator_to_a_gebiedsteam(
    client, medewerker
):
    oost = GebiedFactory()
    initiatief = InitiatiefFactory(wijk=WijkFactory(gebied=oost), indiener__naam="Ina Indiener")
    client.force_login(medewerker)
    assert initiatief.indiener.email in client.get(URL).content.decode()
    client.force_login(UserFactory(gebiedsteam=True, gebieden=[oost]))
    html = client.get(URL).content.decode()
    assert initiatief.titel in html
    assert "Ina Indiener" not in html and initiatief.indiener.email not in html


def test_the_filter_form_shows_a_new_wijk_at_once(client, medewerker):
    client.force_login(medewerker)
    assert "Nieuwste Wijk" not in client.get(URL).content.decode()
    WijkFactory(naam="Nieuwste Wijk", slug="nieuwste-wijk")
    assert (
        '<option value="nieuwste-wijk">Nieuwste Wijk</option>' in client.get(URL).content.decode()
    )


def _status(response) -> str:
    html = response.content.decode()
    return html.split('<p role="status">', 1)[1].split("</p>", 1)[0]


def test_the_count_is_exact_up_to_the_pages_shown(client, medewerker, monkeypatch):
    monkeypatch.setattr("initiatieven.views.intake.PER_PAGINA", 2)
    monkeypatch.setattr("initiatieven.views.intake.MAX_PAGINAS", 2)
    InitiatiefFactory.create_batch(4)
    client.force_login(medewerker)
    assert _status(client.get(URL)) == "4 initiatieven."


def test_above_the_pages_shown_the_queue_says_so_and_asks_to_filter(
    client, medewerker, monkeypatch
):
    """Every submission counts the queue again for every reader: it counts no further than
    the pages it shows (portal.paginering)."""
    monkeypatch.setattr("initiatieven.views.intake.PER_PAGINA", 2)
    monkeypatch.setattr("initiatieven.views.intake.MAX_PAGINAS", 2)
    InitiatiefFactory.create_batch(5)
    client.force_login(medewerker)
    response = client.get(URL)
    assert _status(response) == (
        "Meer dan 4 initiatieven. U bladert door de eerste 4; verfijn de lijst met de filters."
    )
    assert response.context["pagina"].paginator.num_pages == 2
    assert 'href="?pagina=3"' not in response.content.decode()


def test_a_large_count_is_written_the_dutch_way():
    paginator = SimpleNamespace(count=18518, begrensd=False, num_pages=1)
    context = {"pagina": SimpleNamespace(paginator=paginator), "rijen": []}
    html = render_to_string("initiatieven/_intake_inhoud.html", context)
    assert '<p role="status">18.518 initiatieven.</p>' in html


def test_after_a_submission_the_queue_is_read_with_its_prepared_queries(client, medewerker):
    """Every submission renews the queue for every reader: its page and its count run as
    statements prepared once per shape (portal.vastequery), not built by the ORM again."""
    InitiatiefFactory.create_batch(2)
    client.force_login(medewerker)
    client.get(URL, {"status": "ingediend"})
    InitiatiefFactory(titel="Net ingediend")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"status": "ingediend"})
    assert "Net ingediend" in response.content.decode()
    assert _status(response) == "3 initiatieven."
    van_de_wachtrij = [q["sql"] for q in queries if "initiatieven_initiatief" in achter(q["sql"])]
    assert len(van_de_wachtrij) == 2
    assert all(sql.startswith("EXECUTE ") for sql in van_de_wachtrij)
