"""The notification centre: own notifications only, unread count, mark one or all read, pages
that follow a cursor."""

from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse
from django.utils import timezone

from participatiepunt.meldingen import centrum
from participatiepunt.meldingen.models import Melding
from tests.factories.accounts import UserFactory
from tests.factories.meldingen import MeldingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gebruiker(client):
    gebruiker = UserFactory()
    client.force_login(gebruiker)
    return gebruiker


def test_list_shows_own_notifications_and_unread_count(client, gebruiker):
    MeldingFactory(ontvanger=gebruiker, gebeurtenis__titel="Over Beijum")
    MeldingFactory(ontvanger=gebruiker, gelezen=True)
    MeldingFactory(gebeurtenis__titel="Van iemand anders")
    MeldingFactory(ontvanger=gebruiker, in_portaal=False, gebeurtenis__titel="Alleen e-mail")
    response = client.get(reverse("meldingen:lijst"))
    html = response.content.decode()
    assert "Over Beijum" in html
    assert "Van iemand anders" not in html and "Alleen e-mail" not in html
    assert response.context["meldingen_ongelezen"] == 1
    assert '1<span class="visually-hidden"> ongelezen</span>' in html


def _meldingen(gebruiker, aantal, zelfde_moment=False):
    """`aantal` notifications, one minute apart (or all at the same moment), newest first."""
    nu = timezone.now()
    meldingen = MeldingFactory.create_batch(aantal, ontvanger=gebruiker)
    for i, melding in enumerate(meldingen):
        melding.aangemaakt_op = nu if zelfde_moment else nu - timedelta(minutes=i)
    Melding.objects.bulk_update(meldingen, ["aangemaakt_op"])
    return sorted(meldingen, key=lambda m: (m.aangemaakt_op, m.pk), reverse=True)


@pytest.mark.parametrize("aantal", [1, 20, 120])
def test_query_count_does_not_grow(client, gebruiker, aantal, django_assert_max_num_queries):
    _meldingen(gebruiker, aantal)
    oudste = centrum.pagina(gebruiker, per=1).ouder or ""
    # user, unread count (navigation) and the page itself: no count of them all; a newer page
    # that reaches the top is the first page, one query more
    for url in ("", f"?ouder={oudste}", f"?nieuwer={oudste}"):
        with django_assert_max_num_queries(4):
            assert client.get(reverse("meldingen:lijst") + url).status_code == 200


@pytest.mark.parametrize("zelfde_moment", [False, True])
def test_pages_follow_the_cursor_both_ways(gebruiker, zelfde_moment):
    meldingen = [m.pk for m in _meldingen(gebruiker, 7, zelfde_moment)]
    eerste = centrum.pagina(gebruiker, per=3)
    assert [r["pk"] for r in eerste.meldingen] == meldingen[:3] and eerste.nieuwer is None
    tweede = centrum.pagina(gebruiker, ouder_dan=eerste.ouder, per=3)
    assert [r["pk"] for r in tweede.meldingen] == meldingen[3:6]
    derde = centrum.pagina(gebruiker, ouder_dan=tweede.ouder, per=3)
    assert [r["pk"] for r in derde.meldingen] == meldingen[6:] and derde.ouder is None
    terug = centrum.pagina(gebruiker, nieuwer_dan=derde.nieuwer, per=3)
    assert [r["pk"] for r in terug.meldingen] == meldingen[3:6]
    assert terug.nieuwer and terug.ouder
    bovenaan = centrum.pagina(gebruiker, nieuwer_dan=terug.nieuwer, per=3)
    assert bovenaan == eerste


@pytest.mark.parametrize("cursor", ["", "abc", "1.2.3", "9" * 40, "-5.3", "99999999999999999.1"])
def test_a_cursor_that_does_not_parse_gives_the_first_page(client, gebruiker, cursor):
    _meldingen(gebruiker, 2)
    for parameter in ("ouder", "nieuwer"):
        response = client.get(reverse("meldingen:lijst"), {parameter: cursor})
        assert response.status_code == 200


def test_the_list_links_to_older_and_back_to_newer(client, gebruiker):
    _meldingen(gebruiker, centrum.PER_PAGINA + 2)
    html = client.get(reverse("meldingen:lijst")).content.decode()
    assert "Oudere meldingen" in html and "Nieuwere meldingen" not in html
    ouder = client.get(reverse("meldingen:lijst"), {"ouder": centrum.pagina(gebruiker).ouder})
    html = ouder.content.decode()
    assert "Nieuwere meldingen" in html and "Oudere meldingen" not in html
    assert html.count('name="openen"') == 2


def test_mark_one_and_all_read(client, gebruiker):
    een, twee = MeldingFactory.create_batch(2, ontvanger=gebruiker)
    lijst = reverse("meldingen:lijst")
    response = client.post(f"{lijst}?ouder=1.1", {"gelezen": een.pk})
    assert response["Location"] == f"{lijst}?ouder=1.1"
    assert Melding.objects.filter(gelezen_op__isnull=True).count() == 1
    client.post(reverse("meldingen:alles_gelezen"))
    assert not Melding.objects.filter(gelezen_op__isnull=True).exists()


def test_open_marks_read_and_goes_to_the_object(client, gebruiker):
    melding = MeldingFactory(ontvanger=gebruiker, gebeurtenis__url="/wijken/beijum/")
    response = client.post(reverse("meldingen:lijst"), {"openen": melding.pk})
    assert response["Location"] == "/wijken/beijum/"
    melding.refresh_from_db()
    assert melding.gelezen_op is not None


def test_the_list_is_one_form_without_a_url_per_notification(client, gebruiker):
    melding = MeldingFactory(ontvanger=gebruiker, gebeurtenis__titel="Over Beijum")
    een = client.get(reverse("meldingen:lijst")).content.decode()
    MeldingFactory.create_batch(3, ontvanger=gebruiker)
    html = client.get(reverse("meldingen:lijst")).content.decode()
    assert html.count("csrfmiddlewaretoken") == een.count("csrfmiddlewaretoken")
    assert f'name="openen" value="{melding.pk}"' in html
    assert f'name="gelezen" value="{melding.pk}"' in html
    assert 'Bekijken<span class="visually-hidden">: Over Beijum</span>' in html


@pytest.mark.parametrize("waarde", ["other", "", "x", "-1", "1" * 30])
def test_someone_elses_or_no_notification_is_404(client, gebruiker, waarde):
    ander = MeldingFactory()
    for actie in ("gelezen", "openen"):
        pk = ander.pk if waarde == "other" else waarde
        assert client.post(reverse("meldingen:lijst"), {actie: pk}).status_code == 404
    ander.refresh_from_db()
    assert ander.gelezen_op is None


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("meldingen:lijst"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


@pytest.mark.parametrize(
    "moment", [datetime(2025, 12, 31, 23, 30, tzinfo=UTC), datetime(2026, 7, 4, 8, 5, tzinfo=UTC)]
)
def test_the_date_reads_as_the_date_filter_shows_it(moment):
    from django.template.defaultfilters import date

    assert centrum._datum(moment) == date(timezone.localtime(moment), "j F Y, H:i")


@pytest.mark.parametrize("soort", ["eerste", "ouder", "nieuwer"])
def test_a_page_is_one_query_the_orm_builds_once(gebruiker, soort, django_assert_num_queries):
    """Every visitor asks the same three queries with other values: their SQL is built once
    per process (portal.vastequery), not on every page."""
    _meldingen(gebruiker, 60)
    midden = centrum.pagina(gebruiker).ouder
    verder = centrum.pagina(gebruiker, midden).ouder  # newer than this is not yet the top
    argumenten = {"eerste": (), "ouder": (midden,), "nieuwer": ("", verder)}[soort]
    centrum.pagina(gebruiker, *argumenten)
    with (
        mock.patch.object(
            SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql
        ) as gebouwd,
        django_assert_num_queries(1),
    ):
        pagina = centrum.pagina(gebruiker, *argumenten)
    assert gebouwd.call_count == 0
    assert len(pagina.meldingen) == centrum.PER_PAGINA
