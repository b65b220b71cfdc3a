"""Model permissions (groups, user permissions) count only for is_staff accounts; the portal's
own permissions are rules, and asking them costs a resident no queries."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _grant(user, codename="change_user"):
    permission = Permission.objects.get(codename=codename)
    group = Group.objects.create(name=f"beheer-{user.pk}")
    group.permissions.add(permission)
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="view_user"))


@pytest.mark.parametrize("is_staff", [False, True])
def test_model_permissions_count_only_for_staff(is_staff):
    user = UserFactory(is_staff=is_staff)
    _grant(user)
    assert user.has_perm("accounts.change_user") is is_staff
    assert user.has_perm("accounts.view_user") is is_staff


def test_superuser_keeps_every_permission():
    assert UserFactory(is_staff=True, is_superuser=True).has_perm("accounts.delete_user")


def test_a_rule_that_says_no_costs_a_resident_no_queries(django_assert_num_queries):
    user = UserFactory()
    with django_assert_num_queries(0):
        assert not user.has_perm("initiatieven.view_intake")
        assert not user.has_perm("wijkafspraken.view_dashboard")


def test_the_navigation_of_a_resident_costs_no_queries(django_assert_num_queries):
    from participatiepunt.portal.navigation import items_for

    user = UserFactory()
    with django_assert_num_queries(0):
        labels = {item["label"] for item in items_for(user, "/")}
    assert "Intake" not in labels and "Mijn initiatieven" in labels


def test_a_permission_check_makes_no_backends():
    """The navigation asks seven permissions on every page; Django made every configured
    backend anew for each (auth.get_backends)."""
    from django.contrib import auth

    user = UserFactory()
    user.has_perm("initiatieven.view_intake")
    with mock.patch.object(auth, "load_backend", wraps=auth.load_backend) as gemaakt:
        assert not user.has_perm("initiatieven.view_intake")
        assert not user.has_perm("wijkafspraken.view_dashboard")
    assert gemaakt.call_count == 0


def test_other_backends_answer_once_the_setting_changes(settings):
    user = UserFactory(is_staff=True)
    _grant(user)
    assert user.has_perm("accounts.change_user")
    settings.AUTHENTICATION_BACKENDS = ["rules.permissions.ObjectPermissionBackend"]
    del user._perm_cache
    assert not user.has_perm("accounts.change_user")
