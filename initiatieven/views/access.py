"""Looking up an initiatief the user may see (accounts.toegang): anything else is a 404, so
nobody learns that someone else's draft exists."""

from participatiepunt.accounts.toegang import object_of_404

from ..models import Initiatief


def initiatief_of_404(request, pk, perm, queryset=None):
    queryset = Initiatief.objects.select_related("wijk") if queryset is None else queryset
    return object_of_404(request, queryset, perm, pk=pk)
