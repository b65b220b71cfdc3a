"""Staff roles need TOTP before any page (except setting it up, using it and logging out).
These tests use django.test.Client: the `client` fixture fakes a completed TOTP login. The
attacks start from sessions made by the real login views, with the password alone."""

import time

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.test import Client
from django.urls import reverse

from tests.factories.accounts import PASSWORD, TOTP_SECRET, UserFactory, add_totp, totp_code

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


def _attacks(user):
    """The paths of issue 14 from a session that has only seen the password: reauthenticate
    with it, make recovery codes, or swap the owner's TOTP for the attacker's."""
    return [
        (reverse("account_reauthenticate"), {"password": PASSWORD}),
        (reverse("mfa_generate_recovery_codes"), {}),
        (reverse("mfa_view_recovery_codes"), None),
        (reverse("mfa_download_recovery_codes"), None),
        (reverse("mfa_deactivate_totp"), {}),
        (reverse("mfa_activate_totp"), {"code": "123456"}),
        (reverse("mfa_index"), None),
        (reverse("account_change_password"), None),
        (reverse("admin:accounts_user_changelist"), None),
        (reverse("admin:accounts_user_change", args=[user.pk]), None),
    ]


def _assert_factors_untouched(user, totp):
    assert list(Authenticator.objects.filter(user=user)) == [totp]
    assert Authenticator.objects.get(pk=totp.pk).data == totp.data


def _assert_every_attack_refused(client, user, totp):
    for url, data in _attacks(user):
        response = client.post(url, data) if data is not None else client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("mfa_reauthenticate")), url
    _assert_factors_untouched(user, totp)


@pytest.mark.django_db
def test_password_only_session_from_allauths_login_cannot_manage_the_second_factor():
    """A staff member logged in with the password before an authenticator existed (allowed:
    there is nothing to enter); once one exists, that session may enter it and nothing more."""
    user = UserFactory(medewerker=True, is_staff=True, is_superuser=True, totp=False)
    client = Client()
    assert _password_login(client, user).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)  # password only: nothing to enter
    totp = add_totp(user)
    _assert_every_attack_refused(client, user, totp)
    assert client.get(reverse("mfa_reauthenticate")).status_code == 200


@pytest.mark.django_db
def test_pending_totp_login_reaches_no_account_page():
    user = UserFactory(medewerker=True, is_staff=True, is_superuser=True)
    totp = Authenticator.objects.get(user=user)
    client = Client()
    assert _password_login(client, user).url == reverse("mfa_authenticate")
    for url, data in _attacks(user):
        response = client.post(url, data) if data is not None else client.get(url)
        assert response.status_code == 302, url
        assert "_auth_user_id" not in client.session
    _assert_factors_untouched(user, totp)


@pytest.mark.django_db
def test_admin_login_post_makes_no_session():
    user = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    response = client.post(
        reverse("admin:login"), {"username": user.email, "password": PASSWORD, "next": "/beheer/"}
    )
    assert response.status_code == 405
    assert "_auth_user_id" not in client.session
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.url.startswith(reverse("admin:login"))
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.django_db
def test_admin_login_page_sends_to_allauths_login_with_next():
    response = Client().get(reverse("admin:login"), {"next": "/beheer/accounts/user/"})
    assert response.status_code == 302
    assert response.url == reverse("account_login") + "?next=%2Fbeheer%2Faccounts%2Fuser%2F"
    response = Client().get(reverse("admin:login"), {"next": "https://elders.example/"})
    assert response.url == reverse("account_login") + "?next=%2Fbeheer%2F"


@pytest.mark.django_db
def test_admin_logs_in_through_allauth_with_password_and_totp():
    user = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    login = client.get(reverse("admin:login"), {"next": "/beheer/accounts/user/"}).url
    response = client.post(login, {"login": user.email, "password": PASSWORD})
    assert response.url == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.url == "/beheer/accounts/user/"
    assert client.get(response.url).status_code == 200


@pytest.mark.django_db
def test_logged_in_non_admin_gets_403_from_the_admin_login():
    client = Client()
    client.force_login(UserFactory())
    assert client.get(reverse("admin:login")).status_code == 403


@pytest.mark.django_db
def test_after_the_second_factor_recovery_codes_can_be_made(client):
    user = UserFactory(medewerker=True)
    client.force_login(user)  # password and TOTP, as after a real login
    client.post(reverse("mfa_reauthenticate"), {"code": totp_code()})
    response = client.post(reverse("mfa_generate_recovery_codes"))
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()


@pytest.mark.django_db
def test_resident_with_totp_manages_it_only_after_entering_a_code():
    user = UserFactory()
    totp = add_totp(user)
    client = Client()
    client.force_login(user)  # a session without the second factor
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.url.startswith(reverse("mfa_reauthenticate"))
    _assert_factors_untouched(user, totp)
    assert client.get(reverse("accounts:profiel")).status_code == 200
