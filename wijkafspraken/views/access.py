"""Looking up a praatplaat the user may work on (accounts.toegang): anyone else gets a 404
(drafts are not public), and an anonymous visitor is sent to the login page first."""

from functools import wraps

from django.contrib.auth.decorators import login_required

from participatiepunt.accounts.toegang import in_gemeente, object_of_404, vast_object_of_404
from participatiepunt.portal.vastequery import VasteQuery

from ..models import Praatplaat


def _met_wijk(pk, gemeente):
    praatplaten = Praatplaat.objects.select_related("wijk__gebied")
    return in_gemeente(praatplaten, gemeente).filter(pk=pk).order_by()


# The praatplaat with its wijk and gebied, its SQL built once per process (portal.vastequery):
# building it cost more CPU than PostgreSQL takes to answer it.
MET_WIJK = VasteQuery(_met_wijk, "pk", "gemeente")


def beveiligd(perm, queryset=None):
    """Decorator: view(request, praatplaat, **kwargs) for a praatplaat the user has `perm` on.
    queryset(): what to load with it instead of the wijk and gebied."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, pk, **kwargs):
            if queryset:
                praatplaat = object_of_404(request, queryset(), perm, pk=pk)
            else:
                praatplaat = vast_object_of_404(request, MET_WIJK, perm, Praatplaat, pk=pk)
            return view(request, praatplaat, **kwargs)

        return wrapper

    return decorator
