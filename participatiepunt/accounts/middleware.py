"""Security middleware: a second factor for staff, and no caching of personal pages."""

from functools import cache
from urllib.parse import quote

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from .predicates import is_staff_role

# Pages a staff member may open before the second factor: setting it up or using it,
# password re-authentication (allauth asks for it before TOTP can be activated), logging out.
EXEMPT_URL_NAMES = ("mfa_index", "account_reauthenticate", "account_logout", "portal:gezondheid")


def needs_second_factor(user) -> bool:
    """Medewerkers, gebiedsteams, griffie and admins (is_staff) use TOTP on top of a password."""
    return user.is_authenticated and (user.is_staff or is_staff_role(user))


def used_second_factor(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


@cache
def _exempt_prefixes() -> tuple[str, ...]:
    return (*(reverse(name) for name in EXEMPT_URL_NAMES), settings.STATIC_URL)


def _is_exempt(path: str) -> bool:
    return path.startswith(_exempt_prefixes())


def second_factor_url(request) -> str:
    has_totp = Authenticator.objects.filter(
        user=request.user, type=Authenticator.Type.TOTP
    ).exists()
    name = "mfa_reauthenticate" if has_totp else "mfa_activate_totp"
    return f"{reverse(name)}?next={quote(request.get_full_path())}"


class StaffSecondFactorMiddleware:
    """Every page except EXEMPT_URL_NAMES sends staff without a second factor in this
    session to TOTP set-up (no authenticator yet) or to entering a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            needs_second_factor(request.user)
            and not _is_exempt(request.path)
            and not used_second_factor(request)
        ):
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
