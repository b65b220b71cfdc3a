import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from participatiepunt.portal import cacheversie
from participatiepunt.portal.vastequery import achter
from participatiepunt.portal.werkgeheugen import werkgeheugen
from reflectie import feedcache, services
from reflectie.caches import SESSIES
from reflectie.models import FeedToken, GroepUitnodiging, Sessie
from tests.echte_cache import ander_proces  # noqa: F401 - a fixture
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import GemeenteFactory
from tests.factories.reflectie import SessieFactory, over

pytestmark = pytest.mark.django_db


def _feed_url(user):
    token, _ = FeedToken.objects.get_or_create(user=user)
    return reverse("reflectie:feed_persoonlijk", kwargs={"token": token.token})


def _events(response):
    return {str(e["summary"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_public_feed_is_valid_rfc5545_with_timezone(client):
    sessie = SessieFactory(openbare=True, titel="Open bijeenkomst")
    SessieFactory(titel="Besloten")
    response = client.get(reverse("reflectie:feed_openbaar"))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = _events(response)
    assert list(events) == ["Open bijeenkomst"]
    event = events["Open bijeenkomst"]
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert event["dtstart"].dt == sessie.start
    assert event["dtend"].dt == sessie.eind
    assert str(event["uid"]) == f"sessie-{sessie.uid}@testserver"
    assert str(event["url"]) == "http://testserver" + sessie.get_absolute_url()
    assert str(event["status"]) == "CONFIRMED"
    assert b"DTSTART;TZID=Europe/Amsterdam:" in response.content


def test_move_keeps_uid_and_raises_sequence(client, gepubliceerd):
    medewerker = UserFactory(medewerker=True)
    sessie = SessieFactory(openbare=True)
    voor = _events(client.get(reverse("reflectie:feed_openbaar")))[sessie.titel]
    services.verplaats(
        sessie, start=over(50), eind=over(50, uur=21), door=medewerker, reden="Reces"
    )
    na = _events(client.get(reverse("reflectie:feed_openbaar")))[sessie.titel]
    assert na["uid"] == voor["uid"]
    assert int(na["sequence"]) > int(voor["sequence"])
    assert na["dtstart"].dt == over(50)


def test_cancelled_session_stays_with_status_cancelled(client, gepubliceerd):
    sessie = SessieFactory(openbare=True)
    services.annuleer(sessie, reden="Ziekte")
    event = _events(client.get(reverse("reflectie:feed_openbaar")))[sessie.titel]
    assert str(event["status"]) == "CANCELLED"


def test_personal_feed_has_what_the_user_may_see(client):
    raadslid = UserFactory(raadslid=True)
    SessieFactory(titel="Raad", groepen=["raadsleden"])
    SessieFactory(titel="Open", openbare=True)
    SessieFactory(titel="College", groepen=["collegeleden"])
    events = _events(client.get(_feed_url(raadslid)))
    assert set(events) == {"Raad", "Open"}


def test_reset_token_makes_old_url_useless(client):
    user = UserFactory(raadslid=True)
    oud = _feed_url(user)
    client.force_login(user)
    client.post(reverse("reflectie:kalender_vernieuwen"))
    client.logout()
    assert client.get(oud).status_code == 404
    assert client.get(_feed_url(user)).status_code == 200


def test_unknown_token_or_inactive_user_is_404(client):
    user = UserFactory(raadslid=True)
    url = _feed_url(user)
    assert client.get(url.replace(".ics", "x.ics")).status_code == 404
    # longer than any token the column holds: no row, not an error of the prepared statement
    assert client.get(url.replace(".ics", "x" * 200 + ".ics")).status_code == 404
    user.is_active = False
    user.save()
    assert client.get(url).status_code == 404


def test_the_token_is_looked_up_by_a_statement_prepared_once(client):
    # Every calendar client asks each hour; building and planning the lookup cost more than
    # running it (bench: persoonlijke feed).
    raadslid, griffie = UserFactory(raadslid=True), UserFactory(griffie=True)
    for url in [_feed_url(user) for user in (raadslid, griffie, raadslid)]:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        [opzoeken] = [
            q["sql"] for q in captured.captured_queries if "feedtoken" in achter(q["sql"])
        ]
        assert opzoeken.startswith("EXECUTE ")


@pytest.mark.parametrize("aantal", [1, 10])
def test_feed_query_count_does_not_grow(client, aantal, django_assert_max_num_queries):
    griffie = UserFactory(griffie=True)
    url = _feed_url(griffie)
    SessieFactory.create_batch(aantal, openbare=True)
    SessieFactory.create_batch(aantal, groepen=["raadsleden"])
    with django_assert_max_num_queries(2):
        response = client.get(url)
    assert len(_events(response)) == 2 * aantal
    with django_assert_max_num_queries(1):
        client.get(reverse("reflectie:feed_openbaar"))


def test_calendar_page_explains_the_feed_url(client):
    user = UserFactory(collegelid=True)
    client.force_login(user)
    html = client.get(reverse("reflectie:kalender")).content.decode()
    assert FeedToken.objects.get(user=user).token in html
    assert "Abonneren" in html


def test_personal_feed_is_not_cached(client):
    response = client.get(_feed_url(UserFactory(raadslid=True)))
    assert "no-store" in response["Cache-Control"]


def test_feed_suggests_hourly_refresh(client):
    calendar = Calendar.from_ical(client.get(reverse("reflectie:feed_openbaar")).content)
    assert str(calendar["x-published-ttl"]) == "PT1H"


def test_feed_text_escapes_and_folds_long_lines(client):
    omschrijving = "Wij praten over; de buurt, het plein\\de straat\r\nTweede regel " + "é" * 80
    SessieFactory(openbare=True, titel="Plein, straat; buurt", omschrijving=omschrijving)
    response = client.get(reverse("reflectie:feed_openbaar"))
    assert all(len(lijn) <= 75 for lijn in response.content.split(b"\r\n"))
    event = _events(response)["Plein, straat; buurt"]
    assert omschrijving.replace("\r\n", "\n") in str(event["description"])


def test_personal_feed_follows_every_change(client):
    raadslid = UserFactory(raadslid=True)
    url = _feed_url(raadslid)
    sessie = SessieFactory(titel="Eerst besloten")
    assert _events(client.get(url)) == {}
    sessie.genodigden.add(raadslid)
    assert set(_events(client.get(url))) == {"Eerst besloten"}
    sessie.titel = "Nieuwe titel"
    sessie.save()
    assert set(_events(client.get(url))) == {"Nieuwe titel"}
    GroepUitnodiging.objects.create(sessie=SessieFactory(titel="Voor de raad"), groep="raadsleden")
    assert set(_events(client.get(url))) == {"Nieuwe titel", "Voor de raad"}
    sessie.delete()
    assert set(_events(client.get(url))) == {"Voor de raad"}


def test_who_sees_all_shares_one_feed_others_their_own(client, django_assert_num_queries):
    SessieFactory(titel="Besloten")
    SessieFactory(titel="Open", openbare=True)
    griffie, medewerker = UserFactory(griffie=True), UserFactory(medewerker=True)
    inwoner = UserFactory()
    assert set(_events(client.get(_feed_url(griffie)))) == {"Besloten", "Open"}
    url = _feed_url(medewerker)
    with django_assert_num_queries(1):  # the token; the feed comes from the cache
        assert set(_events(client.get(url))) == {"Besloten", "Open"}
    assert set(_events(client.get(_feed_url(inwoner)))) == {"Open"}


def test_role_change_changes_the_feed(client):
    SessieFactory(titel="Besloten")
    user = UserFactory()
    url = _feed_url(user)
    assert _events(client.get(url)) == {}
    user.rol = "griffie"
    user.save()
    user.gemeenten.add(GemeenteFactory())
    assert set(_events(client.get(url))) == {"Besloten"}


def test_the_personal_feed_goes_packed_to_a_client_that_accepts_gzip(client):
    """Kept gzip-packed: sent as is to a calendar app that accepts gzip, unpacked to one that
    does not; the same calendar either way, and a change shows at once in both."""
    import gzip

    griffie = UserFactory(griffie=True)
    sessie = SessieFactory(titel="Eerst")
    url = _feed_url(griffie)
    gewoon = client.get(url)
    ingepakt = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in gewoon
    assert ingepakt["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in ingepakt["Vary"] and "Accept-Encoding" in gewoon["Vary"]
    assert gzip.decompress(ingepakt.content) == gewoon.content
    assert set(_events(gewoon)) == {"Eerst"}
    sessie.titel = "Daarna"
    sessie.save()
    opnieuw = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert "Daarna" in gzip.decompress(opnieuw.content).decode()
    assert set(_events(client.get(url))) == {"Daarna"}


def test_the_griffie_feed_is_read_from_redis_once_per_process(client, monkeypatch):
    """Hundreds of KB at the scale of a city, kept in the process's memory too: a request reads
    only the versions from Redis."""
    SessieFactory(titel="Besloten")
    griffie = UserFactory(griffie=True)
    url = _feed_url(griffie)
    client.get(url)
    werkgeheugen.leeg()  # as another process that did not make it
    entry = SESSIES._bewaarsleutel(f"feed:gz:{feedcache._kring(griffie)}", cacheversie.ALLE)
    gelezen = []
    get, get_many = cacheversie.cache.get, cacheversie.cache.get_many
    monkeypatch.setattr(
        cacheversie.cache, "get", lambda k, *a, **kw: gelezen.append(k) or get(k, *a, **kw)
    )
    monkeypatch.setattr(
        cacheversie.cache, "get_many", lambda ks, **kw: gelezen.extend(ks) or get_many(ks, **kw)
    )
    feeds = [client.get(url).content for _ in range(3)]
    assert gelezen.count(entry) == 1
    assert feeds == [feeds[0]] * 3 and set(_events(client.get(url))) == {"Besloten"}


def test_a_change_in_another_process_renews_the_feed_in_memory(
    client,
    ander_proces,  # noqa: F811 - the fixture imported above
):
    """What a process keeps in memory holds the versions read from Redis on every request: a
    save in another worker renews one, and the next request here makes the feed anew."""
    SessieFactory(titel="Eerst")
    url = _feed_url(UserFactory(griffie=True))
    assert set(_events(client.get(url))) == {"Eerst"}
    Sessie.objects.update(titel="Daarna")  # no signal: as if written where no one saw it
    assert set(_events(client.get(url))) == {"Eerst"}
    ander_proces.vernieuw(SESSIES)
    assert set(_events(client.get(url))) == {"Daarna"}
