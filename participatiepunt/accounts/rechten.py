"""A user's permission check over the authentication backends made once per process.

Django's has_perm asks auth.get_backends(), which imports and instantiates every configured
backend on every check: the main navigation's seven checks made 28 backends on every page. The
backends keep no state of their own (ModelBackend caches on the user), so the same instances
answer, in the same order and with the same rules: the first that says yes wins, a
PermissionDenied says no. Changing AUTHENTICATION_BACKENDS (tests) makes them again."""

from django.contrib import auth
from django.core.exceptions import PermissionDenied
from django.core.signals import setting_changed

_backends: list[tuple] = []


def _met_has_perm() -> tuple:
    if not _backends:
        _backends.append(tuple(b for b in auth.get_backends() if hasattr(b, "has_perm")))
    return _backends[0]


def heeft_recht(user, perm, obj=None) -> bool:
    """What django.contrib.auth.models._user_has_perm answers."""
    for backend in _met_has_perm():
        try:
            if backend.has_perm(user, perm, obj):
                return True
        except PermissionDenied:
            return False
    return False


def _vergeet(setting, **kwargs) -> None:
    if setting == "AUTHENTICATION_BACKENDS":
        _backends.clear()


setting_changed.connect(_vergeet, dispatch_uid="rechten_vergeet_backends")
