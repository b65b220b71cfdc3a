import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reflectie import services
from reflectie.choices import Soort, Status
from reflectie.models import Sessie, Verplaatsing
from reflectie.views.sessies import PER_PAGINA
from tests.factories.accounts import UserFactory
from tests.factories.reflectie import SessieFactory, over

pytestmark = pytest.mark.django_db


def _sessie_data(**extra):
    start = over(20)
    data = {
        "soort": Soort.REFLECTIEGROEP,
        "titel": "Reflectiegroep januari",
        "datum": start.date().isoformat(),
        "begintijd": "15:00",
        "eindtijd": "17:00",
        "locatie": "Stadhuis, Grote Markt 1",
        "groepen": ["raadsleden"],
    }
    return data | extra


@pytest.fixture
def medewerker_client(client):
    client.force_login(UserFactory(medewerker=True))
    return client


def test_medewerker_plans_session_and_invitees_hear_of_it(medewerker_client, gepubliceerd):
    raadslid = UserFactory(raadslid=True)
    response = medewerker_client.post(reverse("reflectie:nieuw"), _sessie_data())
    sessie = Sessie.objects.get()
    assert response.status_code == 302
    assert timezone.localtime(sessie.start).time() == datetime.time(15, 0)
    assert sessie.groepen == ["raadsleden"]
    assert [(soort, kw["ontvangers"]) for soort, _, kw in gepubliceerd] == [
        ("sessie.gepland", [raadslid])
    ]


def test_end_before_start_is_an_error_at_the_field_and_input_kept(medewerker_client):
    response = medewerker_client.post(
        reverse("reflectie:nieuw"), _sessie_data(begintijd="17:00", eindtijd="16:00")
    )
    assert response.status_code == 200
    assert "De eindtijd moet na de begintijd liggen." in response.content.decode()
    assert 'value="Reflectiegroep januari"' in response.content.decode()
    assert not Sessie.objects.exists()


def test_conflict_warns_then_staff_confirms(medewerker_client, gepubliceerd):
    raadslid = UserFactory(raadslid=True, naam="Koen Visser")
    start = over(20, uur=15)
    SessieFactory(start=start, titel="Al gepland", genodigden=[raadslid])
    response = medewerker_client.post(reverse("reflectie:nieuw"), _sessie_data())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Koen Visser" in html and "Al gepland" in html
    assert Sessie.objects.count() == 1
    response = medewerker_client.post(reverse("reflectie:nieuw"), _sessie_data(toch_inplannen="on"))
    assert response.status_code == 302
    assert Sessie.objects.count() == 2


def test_move_keeps_history_raises_sequence_and_notifies(medewerker_client, gepubliceerd):
    raadslid = UserFactory(raadslid=True)
    sessie = SessieFactory(groepen=["raadsleden"])
    oude_start, sequence = sessie.start, sessie.sequence
    nieuw = over(40)
    response = medewerker_client.post(
        reverse("reflectie:verplaats", args=[sessie.pk]),
        {
            "datum": nieuw.date().isoformat(),
            "begintijd": "10:00",
            "eindtijd": "12:00",
            "reden": "Begroting",
        },
    )
    assert response.status_code == 302
    sessie.refresh_from_db()
    assert sessie.status == Status.VERPLAATST
    assert sessie.sequence > sequence
    assert Verplaatsing.objects.get(sessie=sessie).oude_start == oude_start
    assert gepubliceerd[-1][0] == "sessie.verplaatst"
    assert gepubliceerd[-1][2]["ontvangers"] == [raadslid]


def test_cancel_needs_a_reason(medewerker_client, gepubliceerd):
    sessie = SessieFactory()
    url = reverse("reflectie:annuleer", args=[sessie.pk])
    assert medewerker_client.post(url, {"reden": ""}).status_code == 200
    assert medewerker_client.post(url, {"reden": "Te weinig aanmeldingen"}).status_code == 302
    sessie.refresh_from_db()
    assert sessie.status == Status.GEANNULEERD
    assert gepubliceerd[-1][0] == "sessie.geannuleerd"


def test_closed_session_is_404_for_resident(client):
    sessie = SessieFactory()
    client.force_login(UserFactory())
    assert client.get(sessie.get_absolute_url()).status_code == 404


def test_griffie_reads_but_cannot_move(client):
    sessie = SessieFactory()
    client.force_login(UserFactory(griffie=True))
    assert client.get(sessie.get_absolute_url()).status_code == 200
    assert client.get(reverse("reflectie:verplaats", args=[sessie.pk])).status_code == 403
    assert client.get(reverse("reflectie:nieuw")).status_code == 403


@pytest.mark.parametrize("aantal", [1, 20])
def test_session_list_query_count_does_not_grow(client, aantal, django_assert_max_num_queries):
    raadslid = UserFactory(raadslid=True)
    SessieFactory.create_batch(aantal, groepen=["raadsleden"])
    SessieFactory.create_batch(aantal, openbare=True)
    client.force_login(raadslid)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("reflectie:lijst"))
    assert len(response.context["sessies"]) == min(2 * aantal, PER_PAGINA)
    with django_assert_max_num_queries(4):  # the list from the cache: none of it asked
        client.get(reverse("reflectie:lijst"))


def test_griffie_list_does_not_ask_who_is_invited():
    """The griffie sees every session of its gemeente: the invitations, which PostgreSQL hashed
    in full before it could tell, are not in the query."""
    griffie = UserFactory(griffie=True)
    sessie = SessieFactory()
    sessies = Sessie.objects.zichtbaar_in(sessie.gemeente, griffie)
    assert list(sessies) == [sessie]
    assert "genodigden" not in str(sessies.query)
    assert "groepuitnodiging" not in str(sessies.query)


def test_a_session_that_ends_moves_to_the_past_ones_at_once(client, time_machine):
    """The list is kept until its first session ends, not for the cache's whole timeout."""
    sessie = SessieFactory(titel="Vanmiddag", start=over(1, uur=14), openbare=True)
    SessieFactory(titel="Volgende week", start=over(8), openbare=True)
    time_machine.move_to(sessie.eind - datetime.timedelta(minutes=2), tick=False)
    client.force_login(UserFactory(griffie=True))
    komend, eerder = reverse("reflectie:lijst"), reverse("reflectie:lijst") + "?periode=eerder"
    assert "Vanmiddag" in client.get(komend).content.decode()
    assert "Vanmiddag" not in client.get(eerder).content.decode()
    time_machine.move_to(sessie.eind + datetime.timedelta(minutes=1), tick=False)
    assert "Vanmiddag" not in client.get(komend).content.decode()
    assert "Vanmiddag" in client.get(eerder).content.decode()
    assert "Volgende week" in client.get(komend).content.decode()


def test_an_invitation_shows_in_the_list_at_once(client):
    raadslid = UserFactory(raadslid=True)
    sessie = SessieFactory(titel="Besloten sessie")
    client.force_login(raadslid)
    assert "Besloten sessie" not in client.get(reverse("reflectie:lijst")).content.decode()
    sessie.genodigden.add(raadslid)
    assert "Besloten sessie" in client.get(reverse("reflectie:lijst")).content.decode()


def test_cached_list_never_shows_another_users_sessions(client):
    """The griffie's list is kept for all who see every session, not for a raadslid."""
    SessieFactory(titel="Besloten sessie", start=over(3))
    SessieFactory(titel="Open sessie", openbare=True, start=over(4))
    client.force_login(UserFactory(griffie=True))
    html = client.get(reverse("reflectie:lijst")).content.decode()
    assert "Besloten sessie" in html and "Open sessie" in html
    client.force_login(UserFactory(raadslid=True))
    html = client.get(reverse("reflectie:lijst")).content.decode()
    assert "Open sessie" in html and "Besloten sessie" not in html


def test_list_follows_changes(client, gepubliceerd):
    sessie = SessieFactory(titel="Oude titel", openbare=True)
    url = reverse("reflectie:lijst")
    assert "Oude titel" in client.get(url).content.decode()
    sessie.titel = "Nieuwe titel"
    sessie.save()
    assert "Nieuwe titel" in client.get(url).content.decode()
    services.annuleer(sessie, reden="Ziek")
    assert "Geannuleerd" in client.get(url).content.decode()


def test_anonymous_sees_only_public_sessions(client):
    openbaar = SessieFactory(openbare=True)
    SessieFactory(titel="Besloten sessie")
    html = client.get(reverse("reflectie:lijst")).content.decode()
    assert openbaar.titel in html and "Besloten sessie" not in html


def test_move_into_a_conflict_warns(medewerker_client, gepubliceerd):
    raadslid = UserFactory(raadslid=True)
    SessieFactory(start=over(40, uur=10), titel="Bezet", genodigden=[raadslid])
    sessie = SessieFactory(groepen=["raadsleden"])
    url = reverse("reflectie:verplaats", args=[sessie.pk])
    data = {"datum": over(40).date().isoformat(), "begintijd": "10:00", "eindtijd": "11:00"}
    response = medewerker_client.post(url, data | {"reden": "Reces"})
    assert response.status_code == 200
    assert "Bezet" in response.content.decode()
    response = medewerker_client.post(url, data | {"reden": "Reces", "toch_inplannen": "on"})
    assert response.status_code == 302


def test_edit_changes_invitees_and_invites_only_the_new_ones(medewerker_client, gepubliceerd):
    oud, nieuw = UserFactory(raadslid=True), UserFactory(collegelid=True)
    sessie = SessieFactory(groepen=["raadsleden"])
    response = medewerker_client.post(
        reverse("reflectie:wijzig", args=[sessie.pk]),
        {
            "soort": sessie.soort,
            "titel": "Andere titel",
            "locatie": sessie.locatie,
            "groepen": ["raadsleden", "collegeleden"],
        },
    )
    assert response.status_code == 302
    sessie.refresh_from_db()
    assert sessie.titel == "Andere titel" and sessie.sequence == 1
    assert set(sessie.genodigde_gebruikers()) == {oud, nieuw}
    assert gepubliceerd[-1][2]["ontvangers"] == [nieuw]


def test_edit_read_before_a_cancellation_does_not_plan_the_session_again(gepubliceerd):
    sessie = SessieFactory()
    gelezen = Sessie.objects.get(pk=sessie.pk)  # the edit form, opened before the cancellation
    services.annuleer(sessie, reden="Ziek")
    services.wijzig(gelezen, genodigden=[], groepen=[], titel="Andere titel")
    sessie.refresh_from_db()
    assert sessie.titel == "Andere titel"
    assert sessie.status == Status.GEANNULEERD and sessie.reden_wijziging == "Ziek"


def test_mark_as_held_only_after_start(medewerker_client):
    komend = SessieFactory()
    medewerker_client.post(reverse("reflectie:gehouden", args=[komend.pk]))
    komend.refresh_from_db()
    assert komend.status == Status.GEPLAND
    voorbij = SessieFactory(start=over(-3), status=Status.GEPLAND)
    medewerker_client.post(reverse("reflectie:gehouden", args=[voorbij.pk]))
    voorbij.refresh_from_db()
    assert voorbij.status == Status.GEHOUDEN


def test_public_agenda_printable_for_anyone(client):
    sessie = SessieFactory(openbare=True)
    assert client.get(reverse("reflectie:afdrukken", args=[sessie.pk])).status_code == 200
    besloten = SessieFactory()
    assert client.get(reverse("reflectie:afdrukken", args=[besloten.pk])).status_code == 404


def test_history_of_moves_on_detail(client, gepubliceerd):
    from reflectie import services

    sessie = SessieFactory()
    services.verplaats(sessie, start=over(60), eind=over(60, uur=21), door=None, reden="Reces")
    client.force_login(UserFactory(griffie=True))
    html = client.get(sessie.get_absolute_url()).content.decode()
    assert "Eerder gepland" in html and "Reces" in html


def test_invite_a_resident_by_email(medewerker_client, gepubliceerd):
    ervaringsdeskundige = UserFactory(email="Anna@Voorbeeld.nl")
    data = _sessie_data(soort=Soort.ADVIESRAAD, groepen=[])
    response = medewerker_client.post(
        reverse("reflectie:nieuw"), data | {"andere_genodigden": "onbekend@voorbeeld.nl"}
    )
    assert "Geen account gevonden voor: onbekend@voorbeeld.nl." in response.content.decode()
    medewerker_client.post(
        reverse("reflectie:nieuw"), data | {"andere_genodigden": "anna@voorbeeld.nl"}
    )
    sessie = Sessie.objects.get()
    assert list(sessie.genodigde_gebruikers()) == [ervaringsdeskundige]
    form = medewerker_client.get(reverse("reflectie:wijzig", args=[sessie.pk])).context["form"]
    assert form.initial["andere_genodigden"] == "Anna@Voorbeeld.nl"


@pytest.mark.parametrize("aantal", [1, 8])
def test_detail_query_count_does_not_grow(client, aantal, django_assert_max_num_queries):
    from tests.factories.reflectie import AgendapuntFactory, LesFactory

    sessie = SessieFactory(groepen=["raadsleden"], genodigden=UserFactory.create_batch(aantal))
    AgendapuntFactory.create_batch(aantal, sessie=sessie)
    LesFactory.create_batch(aantal, sessie=sessie)
    client.force_login(UserFactory(griffie=True))
    with django_assert_max_num_queries(15):
        response = client.get(sessie.get_absolute_url())
    assert len(response.context["punten"]) == aantal
