"""Logged-in journeys need sessions: made directly in the database for a few bench users per
role, marked as having passed the second factor like the tests' login helper does."""

import time

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db.models import Exists, OuterRef

from participatiepunt.accounts.models import User

from .variants import TEAM_GEBIED

PER_ROLE = 10
BACKEND = "django.contrib.auth.backends.ModelBackend"


def _users(role):
    users = User.objects.filter(rol=role).order_by("pk")
    if role == "inwoner":
        from initiatieven.models import Initiatief

        eigen = Initiatief.objects.filter(indiener=OuterRef("pk"))
        users = users.filter(Exists(eigen))
    if role == "gebiedsteam":
        users = users.filter(gebieden__slug=TEAM_GEBIED)
    return users[:PER_ROLE]


def _session_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    # What allauth records after a password plus a second factor (see tests/conftest.py).
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time(), "email": user.email},
        {"method": "mfa", "at": time.time(), "type": "totp"},
    ]
    session.create()
    return session.session_key


def create(roles) -> dict[str, list[str]]:
    return {role: [_session_for(user) for user in _users(role)] for role in roles}
