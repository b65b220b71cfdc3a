"""The notification centre: own notifications only, unread count, mark one or all read."""

import pytest
from django.urls import reverse

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


@pytest.mark.parametrize("aantal", [1, 20])
def test_query_count_does_not_grow(client, gebruiker, aantal, django_assert_max_num_queries):
    MeldingFactory.create_batch(aantal, ontvanger=gebruiker)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("meldingen:lijst")).status_code == 200


def test_mark_one_and_all_read(client, gebruiker):
    een, twee = MeldingFactory.create_batch(2, ontvanger=gebruiker)
    client.post(reverse("meldingen:gelezen", args=[een.pk]))
    assert Melding.objects.filter(gelezen_op__isnull=True).count() == 1
    client.post(reverse("meldingen:alles_gelezen"))
    assert not Melding.objects.filter(gelezen_op__isnull=True).exists()


def test_open_marks_read_and_goes_to_the_object(client, gebruiker):
    melding = MeldingFactory(ontvanger=gebruiker, gebeurtenis__url="/wijken/beijum/")
    response = client.post(reverse("meldingen:openen", args=[melding.pk]))
    assert response["Location"] == "/wijken/beijum/"
    melding.refresh_from_db()
    assert melding.gelezen_op is not None


def test_someone_elses_notification_is_404(client, gebruiker):
    ander = MeldingFactory()
    assert client.post(reverse("meldingen:gelezen", args=[ander.pk])).status_code == 404
    assert client.post(reverse("meldingen:openen", args=[ander.pk])).status_code == 404
    ander.refresh_from_db()
    assert ander.gelezen_op is None


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("meldingen:lijst"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]
