"""Looking up a praatplaat the user may work on (accounts.toegang): anyone else gets a 404
(drafts are not public), and an anonymous visitor is sent to the login page first."""

from functools import wraps

from django.contrib.auth.decorators import login_required

from participatiepunt.accounts.toegang import object_of_404

from ..models import Praatplaat


def beveiligd(perm, queryset=None):
    """Decorator: view(request, praatplaat, **kwargs) for a praatplaat the user has `perm` on."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, pk, **kwargs):
            praatplaten = (
                queryset() if queryset else Praatplaat.objects.select_related("wijk__gebied")
            )
            return view(request, object_of_404(request, praatplaten, perm, pk=pk), **kwargs)

        return wrapper

    return decorator
