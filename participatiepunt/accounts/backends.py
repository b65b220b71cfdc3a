"""Authentication backends whose model permissions (user permissions and groups, stored in the
database) count only for is_staff accounts: those are what the admin uses, and only is_staff may
open it. The portal's own permissions are rules (rules.py per app). Without this, every has_perm
that rules answers False (the main navigation asks several on every page) cost residents two
queries for permissions they can never have.

The user of a logged-in request is read with SQL built once per process (portal.vastequery),
not by a query the ORM builds on every page (0.58 → 0.10 ms CPU); the session's auth hash is
still checked against it (Django's get_user), so a changed password or a deactivated account
ends the session as before."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from participatiepunt.portal.vastequery import VasteQuery

_GEBRUIKER = VasteQuery(lambda pk: get_user_model()._default_manager.filter(pk=pk), "pk")


class _AdminPermissionsOnly:
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_staff:
            return set()
        return super().get_all_permissions(user_obj, obj)

    def get_user(self, user_id):
        """ModelBackend.get_user: the user if it exists and may log in (is_active)."""
        gevonden = _GEBRUIKER.rijen(pk=user_id)
        return gevonden[0] if gevonden and self.user_can_authenticate(gevonden[0]) else None


class PasswordBackend(_AdminPermissionsOnly, ModelBackend):
    """Django's ModelBackend (password login in the admin, force_login in tests)."""


class AccountBackend(_AdminPermissionsOnly, AuthenticationBackend):
    """allauth's backend (login by e-mail address on the portal)."""
