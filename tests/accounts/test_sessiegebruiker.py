"""The user of a logged-in request is read with SQL built once per process: the same user as
the ORM gives, and a changed password or a deactivated account still ends the session."""

from unittest import mock

import pytest
from django.contrib.auth import SESSION_KEY
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse

from participatiepunt.accounts.backends import AccountBackend, PasswordBackend
from participatiepunt.accounts.models import User
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_the_same_user_as_the_orm_gives():
    user = UserFactory(naam="Fien", gemeenten=[])
    user.bediende_gemeenten = [3, 7]
    user.save()
    gelezen = PasswordBackend().get_user(user.pk)
    zoals_orm = User.objects.get(pk=user.pk)
    for veld in User._meta.concrete_fields:
        assert getattr(gelezen, veld.attname) == getattr(zoals_orm, veld.attname), veld.name
    assert gelezen._state.db == "default" and not gelezen._state.adding


@pytest.mark.parametrize("backend", [PasswordBackend, AccountBackend])
def test_the_session_user_is_one_query_and_builds_none(backend, django_assert_num_queries):
    user = UserFactory()
    backend().get_user(user.pk)  # the statement is built on first use in a process
    with (
        mock.patch.object(
            SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql
        ) as gebouwd,
        django_assert_num_queries(1),
    ):
        assert backend().get_user(user.pk) == user
    assert gebouwd.call_count == 0


@pytest.mark.parametrize("backend", [PasswordBackend, AccountBackend])
def test_no_user_for_an_unknown_or_inactive_account(backend):
    assert backend().get_user(987654321) is None
    assert backend().get_user(UserFactory(is_active=False).pk) is None


def _ingelogd(client) -> bool:
    return (
        SESSION_KEY in client.session and client.get(reverse("meldingen:lijst")).status_code == 200
    )


def test_a_changed_password_ends_the_session(client):
    user = UserFactory()
    client.force_login(user)
    assert _ingelogd(client)
    user.set_password("een-heel-ander-wachtwoord")
    user.save()
    assert client.get(reverse("meldingen:lijst")).status_code == 302
    assert SESSION_KEY not in client.session


def test_a_deactivated_account_ends_the_session(client):
    user = UserFactory()
    client.force_login(user)
    assert _ingelogd(client)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert client.get(reverse("meldingen:lijst")).status_code == 302
