"""Authentication hardening: rate limits, lockout, session rotation, password rules."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from tests.factories.accounts import PASSWORD, UserFactory


def _login(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.mark.django_db
def test_allauth_limits_failed_logins_per_account(settings, client):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
    user = UserFactory()
    for _ in range(5):
        assert (
            "_auth_user_id"
            not in _login(client, user.email, "fout-wachtwoord-123").wsgi_request.session
        )
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 200
    assert "Te veel inlogpogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_account_is_locked_after_repeated_failures(settings):
    settings.AXES_ENABLED = True
    user = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, user.email.upper(), "fout-wachtwoord-123")
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username=user.email).exists()


@pytest.mark.django_db
def test_session_key_changes_at_login():
    user = UserFactory()
    client = Client()
    session = client.session
    session["bezocht"] = True
    session.save()
    before = session.session_key
    client.cookies["sessionid"] = before
    _login(client, user.email, PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.session.session_key != before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Kort-1", "minstens 12 tekens"),
        ("password1234", "te algemeen"),
        ("1234567890123", "volledig uit cijfers"),
    ],
)
def test_short_common_and_numeric_passwords_are_refused(client, password, message):
    response = client.post(
        reverse("account_signup"),
        {"email": "nieuw@voorbeeld.nl", "password1": password, "password2": password},
    )
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.django_db
def test_form_submits_are_throttled_per_user(settings, client):
    settings.FORM_POSTS_PER_MINUTE = 3
    user, other = UserFactory(), UserFactory()
    client.force_login(user)
    statuses = [
        client.post(reverse("accounts:profiel"), {"naam": f"N{i}"}).status_code for i in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    assert (
        "Wacht een minuut"
        in client.post(reverse("accounts:profiel"), {"naam": "X"}).content.decode()
    )
    user.refresh_from_db()
    assert user.naam == "N2"
    other_client = Client()
    other_client.force_login(other)
    assert other_client.post(reverse("accounts:profiel"), {"naam": "Y"}).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["account_login", "account_logout", "account_signup"])
def test_next_to_another_host_is_refused(client, name):
    user = UserFactory()
    if name == "account_logout":
        client.force_login(user)
    data = {"login": user.email, "password": PASSWORD, "next": "https://kwaadaardig.example/"}
    data |= {"email": "nieuw@voorbeeld.nl", "password1": "Hunzeberg-wandeling-7"}
    data["password2"] = data["password1"]
    response = client.post(f"{reverse(name)}?next=https://kwaadaardig.example/", data)
    assert response.status_code == 302
    assert "kwaadaardig" not in response["Location"]


@pytest.mark.django_db
def test_next_on_the_same_site_is_followed(client):
    user = UserFactory()
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD, "next": "/over/"}
    )
    assert response.url == "/over/"
