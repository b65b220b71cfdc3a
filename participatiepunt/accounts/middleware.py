"""Security middleware: a second factor for staff, and no caching of personal pages."""

from urllib.parse import quote

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers

from .models import Rol

STAFF_ROLLEN = frozenset({Rol.MEDEWERKER, Rol.GEBIEDSTEAM, Rol.GRIFFIE})

# What a session without a second factor may open, by exact URL name (a prefix would let
# every page below it through). Entering the second factor, or leaving:
ENTER_OR_LEAVE = frozenset({"mfa_reauthenticate", "account_logout", "portal:gezondheid"})
# Setting one up, only while the account has none (allauth asks the password again first):
SET_UP = frozenset({"mfa_index", "mfa_activate_totp", "account_reauthenticate"})
# Managing factors: only after the second factor, for everyone who has one.
MANAGE = frozenset(
    {
        "mfa_index",
        "mfa_deactivate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
    }
)


def needs_second_factor(user) -> bool:
    """Medewerkers, gebiedsteams, griffie and admins (is_staff) use TOTP on top of a password."""
    # By role, not per gemeente: a medewerker logs in once, whichever gemeente they look at.
    return user.is_authenticated and (user.is_staff or user.rol in STAFF_ROLLEN)


def used_second_factor(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def has_authenticator(user) -> bool:
    return Authenticator.objects.filter(user=user).exists()


def _view_name(path: str) -> str | None:
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def refused_without_second_factor(request) -> bool:
    """Whether this request needs a session that passed the second factor and lacks it."""
    user = request.user
    if not user.is_authenticated or used_second_factor(request):
        return False
    name = _view_name(request.path_info)
    if name in ENTER_OR_LEAVE:
        return False
    if not needs_second_factor(user):
        return name in MANAGE and has_authenticator(user)
    return name not in SET_UP or has_authenticator(user)


def second_factor_url(request) -> str:
    name = "mfa_reauthenticate" if has_authenticator(request.user) else "mfa_activate_totp"
    return f"{reverse(name)}?next={quote(request.get_full_path())}"


class StaffSecondFactorMiddleware:
    """Staff without a second factor in this session are sent to TOTP set-up (no authenticator
    yet) or to entering a code; so is anyone managing their authenticators without one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if refused_without_second_factor(request):
            return redirect(second_factor_url(request))
        return self.get_response(request)


class PrivateNoStoreMiddleware:
    """Pages for a logged-in user may show personal data: no browser or proxy keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response
