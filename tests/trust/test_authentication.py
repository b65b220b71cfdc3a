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


def _fail(client, email, times):
    for _ in range(times):
        _login(client, email.upper(), "fout-wachtwoord-123")


def _logged_in(client, user) -> bool:
    response = _login(client, user.email, PASSWORD)
    return response.status_code == 302 and client.session.get("_auth_user_id") == str(user.pk)


@pytest.mark.django_db
def test_failures_lock_that_account_from_that_address_in_dutch(settings):
    settings.AXES_ENABLED = True
    user = UserFactory(is_staff=True, is_superuser=True)
    client = Client(REMOTE_ADDR="198.51.100.7")
    _fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert '<html lang="nl"' in page
    assert "Inloggen tijdelijk geblokkeerd" in page
    assert "een beheerder kan de blokkade opheffen" in page
    assert AccessAttempt.objects.filter(username=user.email).exists()


@pytest.mark.django_db
def test_failures_from_one_address_do_not_lock_other_accounts_or_addresses(settings):
    settings.AXES_ENABLED = True
    victim, other = UserFactory(), UserFactory()
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    _fail(attacker, victim.email, settings.AXES_FAILURE_LIMIT)
    assert _logged_in(Client(REMOTE_ADDR="198.51.100.7"), other)
    assert _logged_in(Client(REMOTE_ADDR="192.0.2.44"), victim)


@pytest.mark.django_db
def test_behind_a_trusted_proxy_the_lockout_counts_the_visitor(settings):
    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXIES = ["10.0.0.9"]
    user = UserFactory()
    attacker = Client(REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="203.0.113.66")
    _fail(attacker, user.email, settings.AXES_FAILURE_LIMIT)
    assert _login(attacker, user.email, PASSWORD).status_code == 429
    assert _logged_in(Client(REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="203.0.113.1"), user)


@pytest.mark.django_db
def test_a_beheerder_lifts_a_lockout_in_the_admin(settings, admin_client):
    settings.AXES_ENABLED = True
    user = UserFactory()
    client = Client(REMOTE_ADDR="198.51.100.7")
    _fail(client, user.email, settings.AXES_FAILURE_LIMIT)
    response = admin_client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "inlogblokkade_opheffen", "_selected_action": [user.pk]},
        follow=True,
    )
    assert "Blokkade opgeheven voor 1 account(s)." in response.content.decode()
    assert not AccessAttempt.objects.filter(username=user.email).exists()
    assert _logged_in(client, user)


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
