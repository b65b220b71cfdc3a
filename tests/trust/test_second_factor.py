"""Staff roles need TOTP before any page (except setting it up, using it and logging out).
These tests use django.test.Client: the `client` fixture fakes a completed TOTP login."""

import time

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.factories.accounts import PASSWORD, TOTP_SECRET, UserFactory, totp_code

STAFF = [{"medewerker": True}, {"gebiedsteam": True}, {"griffie": True}]
STAFF_IDS = ["medewerker", "gebiedsteam", "griffie"]


def _password_login(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


@pytest.mark.django_db
@pytest.mark.parametrize("traits", STAFF, ids=STAFF_IDS)
def test_staff_without_totp_is_sent_to_set_it_up(traits):
    client = Client()
    client.force_login(UserFactory(totp=False, **traits))
    response = client.get(reverse("portal:home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))
    assert "next=/" in response.url


@pytest.mark.django_db
def test_admin_is_sent_to_totp_before_the_beheer_pages():
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True, totp=False))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_activate_totp"))


@pytest.mark.django_db
@pytest.mark.parametrize("traits", STAFF, ids=STAFF_IDS)
def test_staff_with_totp_but_no_code_this_session_must_enter_one(traits):
    client = Client()
    client.force_login(UserFactory(**traits))
    response = client.get(reverse("accounts:profiel"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_reauthenticate"))


@pytest.mark.django_db
@pytest.mark.parametrize("traits", [{}, {"raadslid": True}], ids=["inwoner", "bestuur"])
def test_residents_and_bestuur_need_no_second_factor(traits):
    client = Client()
    client.force_login(UserFactory(**traits))
    assert client.get(reverse("accounts:profiel")).status_code == 200


@pytest.mark.django_db
def test_setup_logout_and_static_stay_reachable():
    client = Client()
    client.force_login(UserFactory(medewerker=True, totp=False))
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_real_password_and_totp_login_reaches_staff_pages():
    user = UserFactory(medewerker=True)
    client = Client()
    response = _password_login(client, user)
    assert response.url == reverse("mfa_authenticate")
    assert client.get(reverse("accounts:profiel")).status_code == 302  # not logged in yet
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302
    assert client.get(reverse("accounts:profiel")).status_code == 200


@pytest.mark.django_db
def test_wrong_totp_code_is_refused_in_dutch():
    user = UserFactory(medewerker=True)
    client = Client()
    _password_login(client, user)
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert "Ongeldige code" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_staff_without_totp_sets_it_up_and_then_enters_a_code():
    user = UserFactory(medewerker=True, totp=False)
    client = Client()
    _password_login(client, user)
    assert client.get(reverse("portal:home")).url.startswith(reverse("mfa_activate_totp"))
    response = client.get(reverse("mfa_activate_totp"))
    assert response.url.startswith(reverse("account_reauthenticate"))  # allauth: password again
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    session = client.session
    session["mfa.totp.secret"] = TOTP_SECRET  # the secret shown as QR code on that page
    session.save()
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code()})
    assert response.status_code == 302
    assert client.get(reverse("portal:home")).url.startswith(reverse("mfa_reauthenticate"))
    with time_machine.travel(time.time() + 30):  # a fresh code: a used one is refused
        client.post(reverse("mfa_reauthenticate"), {"code": totp_code()})
        assert client.get(reverse("portal:home")).status_code == 200


@pytest.mark.django_db
def test_the_client_fixture_logs_staff_in_as_after_a_totp_login(client):
    client.force_login(UserFactory(gebiedsteam=True))
    assert client.get(reverse("accounts:profiel")).status_code == 200
