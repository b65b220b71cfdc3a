"""Authentication backends whose model permissions (user permissions and groups, stored in the
database) count only for is_staff accounts: those are what the admin uses, and only is_staff may
open it. The portal's own permissions are rules (rules.py per app). Without this, every has_perm
that rules answers False (the main navigation asks several on every page) cost residents two
queries for permissions they can never have."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend


class _AdminPermissionsOnly:
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_staff:
            return set()
        return super().get_all_permissions(user_obj, obj)


class PasswordBackend(_AdminPermissionsOnly, ModelBackend):
    """Django's ModelBackend (password login in the admin, force_login in tests)."""


class AccountBackend(_AdminPermissionsOnly, AuthenticationBackend):
    """allauth's backend (login by e-mail address on the portal)."""
