"""Logged-in journeys need sessions: made directly in the database for a few bench users per
role and marked like the tests' login helper does (tests/factories/accounts.py
mark_logged_in_with_totp): allauth's own records of a password, plus TOTP for staff."""

from importlib import import_module

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Exists, OuterRef
from django.test import RequestFactory

from participatiepunt.accounts.middleware import needs_second_factor
from participatiepunt.accounts.models import User

from .variants import TEAM_GEBIED

PER_ROLE = 10
BACKEND = "participatiepunt.accounts.backends.PasswordBackend"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # bench users only


def _users(role):
    users = User.objects.filter(rol=role).order_by("pk")
    if role == "inwoner":
        from initiatieven.models import Initiatief

        users = users.filter(Exists(Initiatief.objects.filter(indiener=OuterRef("pk"))))
    if role == "indiener":  # residents with drafts (bench/data/initiatieven.py INDIENERS)
        from initiatieven.models import Initiatief

        users = User.objects.filter(
            Exists(Initiatief.objects.filter(indiener=OuterRef("pk"), concept_stap=6))
        )
        users = users.order_by("pk")
    if role == "gebiedsteam":
        users = users.filter(gebieden__slug=TEAM_GEBIED)
    return users[:PER_ROLE]


def _totp(user) -> Authenticator:
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, TOTP_SECRET).instance


def session_for(user) -> str:
    """With the configured engine, as a real login: with Redis the session is then read from
    the cache (cached_db), not from the database."""
    request = RequestFactory().get("/")
    store = import_module(settings.SESSION_ENGINE).SessionStore
    request.session, request.user = store(), user
    request.session[SESSION_KEY] = str(user.pk)
    request.session[BACKEND_SESSION_KEY] = BACKEND
    request.session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    record_authentication(request, user, "password", email=user.email)
    if needs_second_factor(user):
        record_authentication(request, user, "mfa", id=_totp(user).pk, type="totp")
    request.session.create()
    return request.session.session_key


def create(roles) -> dict[str, list[str]]:
    return {role: [session_for(user) for user in _users(role)] for role in roles}
