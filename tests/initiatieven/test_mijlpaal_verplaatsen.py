"""Staff move a mijlpaal with a reason: followers are told once, with the old and new date and
the reason; the iCal event keeps its UID and raises its SEQUENCE; its term moves along."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from initiatieven import casemanagement
from initiatieven.models import MijlpaalVerschuiving
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Gebeurtenis, Melding
from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory, MijlpaalFactory
from tests.portal.test_eenmalig import twee_keer

pytestmark = pytest.mark.django_db

JUNI = datetime.date(2030, 6, 3)


@pytest.fixture
def mijlpaal():
    initiatief = InitiatiefFactory(in_uitvoering=True)
    return MijlpaalFactory(
        initiatief=initiatief, soort="zienswijzetermijn", titel="Ontwerp ter inzage",
        verwachte_datum=datetime.date(2030, 5, 20),
    )  # fmt: skip


def _url(mijlpaal):
    return reverse("initiatieven:mijlpaal_verplaatsen", args=[mijlpaal.initiatief_id, mijlpaal.pk])


def _event(client, mijlpaal):
    kalender = Calendar.from_ical(client.get(reverse("initiatieven:jaarkalender_ics")).content)
    [event] = [e for e in kalender.walk("VEVENT") if f"-{mijlpaal.pk}@" in str(e["UID"])]
    return event


def test_moving_keeps_the_uid_raises_the_sequence_and_moves_the_term(client, mijlpaal):
    voor = _event(client, mijlpaal)
    casemanagement.verplaats_mijlpaal(mijlpaal, naar=JUNI, reden="Zaal bezet.", door=None)
    na = _event(client, mijlpaal)
    assert na["UID"] == voor["UID"]
    assert int(na["SEQUENCE"]) > int(voor["SEQUENCE"])
    assert na["DTSTART"].dt == JUNI
    assert na["CATEGORIES"].cats == ["Zienswijzetermijn"]
    assert "tot en met 14 juli 2030" in str(na["DESCRIPTION"])
    mijlpaal.refresh_from_db()
    assert mijlpaal.einddatum == datetime.date(2030, 7, 14)


def test_followers_read_old_and_new_date_and_the_reason_once(client, mijlpaal):
    medewerker = UserFactory(medewerker=True)
    volgers = UserFactory.create_batch(2)
    for volger in volgers:
        volgen.volg(volger, mijlpaal.initiatief)
    client.force_login(medewerker)
    data = {"naar": "2030-06-03", "reden": "De zaal is die avond bezet."}
    eerste, tweede = twee_keer(client, _url(mijlpaal), _url(mijlpaal), data)
    assert eerste.status_code == tweede.status_code == 302
    [gebeurtenis] = Gebeurtenis.objects.filter(soort="initiatief.mijlpaal_verplaatst")
    assert "Was gepland op: 20 mei 2030" in gebeurtenis.tekst
    assert "Nu gepland op: 3 juni 2030" in gebeurtenis.tekst
    assert "De zaal is die avond bezet." in gebeurtenis.tekst
    assert "U kunt een zienswijze indienen tot en met 14 juli 2030." in gebeurtenis.tekst
    ontvangers = list(
        Melding.objects.filter(gebeurtenis=gebeurtenis).values_list("ontvanger", flat=True)
    )
    for volger in volgers:
        assert ontvangers.count(volger.pk) == 1
    assert MijlpaalVerschuiving.objects.filter(mijlpaal=mijlpaal).count() == 1


def test_the_same_date_again_tells_nobody(mijlpaal):
    casemanagement.verplaats_mijlpaal(mijlpaal, naar=JUNI, reden="Zaal bezet.", door=None)
    assert (
        casemanagement.verplaats_mijlpaal(mijlpaal, naar=JUNI, reden="Nog eens.", door=None) is None
    )
    assert Gebeurtenis.objects.filter(soort="initiatief.mijlpaal_verplaatst").count() == 1


def test_a_move_needs_a_reason_and_a_new_date_and_keeps_what_was_typed(client, mijlpaal):
    client.force_login(UserFactory(medewerker=True))
    response = client.post(_url(mijlpaal), {"naar": "2030-06-03", "reden": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Schrijf op waarom de mijlpaal verplaatst wordt." in html
    assert 'value="2030-06-03"' in html
    response = client.post(_url(mijlpaal), {"naar": "2030-05-20", "reden": "Niets"})
    assert "Dit is al de datum van de mijlpaal" in response.content.decode()
    assert not MijlpaalVerschuiving.objects.exists()


def test_only_staff_move_and_only_mijlpalen_of_that_initiatief(client, mijlpaal, inwoner):
    client.force_login(mijlpaal.initiatief.indiener)
    assert client.post(_url(mijlpaal), {"naar": "2030-06-03", "reden": "x"}).status_code == 404
    client.force_login(UserFactory(medewerker=True))
    ander = InitiatiefFactory(in_gesprek=True)
    url = reverse("initiatieven:mijlpaal_verplaatsen", args=[ander.pk, mijlpaal.pk])
    assert client.get(url).status_code == 404
    assert not MijlpaalVerschuiving.objects.exists()


def test_the_management_page_links_to_moving(client, mijlpaal):
    client.force_login(UserFactory(medewerker=True))
    html = client.get(reverse("initiatieven:beheer", args=[mijlpaal.initiatief_id])).content
    assert _url(mijlpaal).encode() in html
