"""Looking up a praatplaat the user may work on: anyone else gets a 404 (drafts are not public),
and an anonymous visitor is sent to the login page first."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Praatplaat


class MoetInloggen(Exception):
    pass


def praatplaat_of_404(request, pk, perm, queryset=None):
    if not request.user.is_authenticated:
        raise MoetInloggen
    queryset = Praatplaat.objects.select_related("wijk__gebied") if queryset is None else queryset
    praatplaat = get_object_or_404(queryset, pk=pk)
    if not request.user.has_perm(perm, praatplaat):
        raise Http404("Geen praatplaat gevonden.")
    return praatplaat


def beveiligd(perm, queryset=None):
    """Decorator: view(request, praatplaat, **kwargs) for a praatplaat the user has `perm` on."""

    def decorator(view):
        def wrapper(request, pk, **kwargs):
            try:
                praatplaat = praatplaat_of_404(request, pk, perm, queryset() if queryset else None)
            except MoetInloggen:
                return redirect_to_login(request.get_full_path())
            return view(request, praatplaat, **kwargs)

        wrapper.__name__ = view.__name__
        wrapper.__doc__ = view.__doc__
        return wrapper

    return decorator
