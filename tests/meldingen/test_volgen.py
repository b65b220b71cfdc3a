import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Volg
from tests.factories.accounts import UserFactory
from tests.factories.gebieden import WijkFactory

pytestmark = pytest.mark.django_db

KNOP = Template('{% include "meldingen/_volgknop.html" with onderwerp=wijk %}')


def _render_knop(user, wijk):
    request = RequestFactory().get("/wijken/x/")
    request.user = user
    return KNOP.render(Context({"request": request, "wijk": wijk}))


def test_one_click_follow_and_unfollow(client):
    user, wijk = UserFactory(), WijkFactory()
    client.force_login(user)
    data = {"onderwerp": volgen.sleutel(wijk), "next": "/over/"}
    response = client.post(reverse("meldingen:volgen"), {**data, "actie": "volgen"})
    assert response.status_code == 302 and response["Location"] == "/over/"
    assert volgen.volgt(user, wijk)
    client.post(reverse("meldingen:volgen"), {**data, "actie": "volgen"})
    assert Volg.objects.count() == 1
    client.post(reverse("meldingen:volgen"), {**data, "actie": "ontvolgen"})
    assert not volgen.volgt(user, wijk)


def test_follow_refuses_foreign_redirect_and_unknown_objects(client):
    user, wijk = UserFactory(), WijkFactory()
    client.force_login(user)
    url = reverse("meldingen:volgen")
    response = client.post(
        url, {"onderwerp": volgen.sleutel(wijk), "next": "https://evil.example/"}
    )
    assert response["Location"] == wijk.get_absolute_url()
    assert client.post(url, {"onderwerp": "accounts.user:1"}).status_code == 404
    assert client.post(url, {"onderwerp": "gebieden.wijk:999999"}).status_code == 404


def test_follow_needs_login(client):
    response = client.post(reverse("meldingen:volgen"), {"onderwerp": "gebieden.wijk:1"})
    assert response.status_code == 302
    assert not Volg.objects.exists()


def test_button_shows_state():
    from django.contrib.auth.models import AnonymousUser

    user, wijk = UserFactory(), WijkFactory()
    assert "Volgen" in _render_knop(user, wijk)
    volgen.volg(user, wijk)
    assert "Niet meer volgen" in _render_knop(user, wijk)
    assert "Log in om" in _render_knop(AnonymousUser(), wijk)
