"""Looking up an initiatief the user may see (accounts.toegang): anything else is a 404, so
nobody learns that someone else's draft exists."""

from participatiepunt.accounts.toegang import in_gemeente, object_of_404, vast_object_of_404
from participatiepunt.portal.vastequery import VasteQuery

from .. import workflow
from ..models import Initiatief


def initiatief_of_404(request, pk, perm, queryset=None):
    queryset = Initiatief.objects.select_related("wijk") if queryset is None else queryset
    return object_of_404(request, queryset, perm, pk=pk)


def _vergrendeld(pk, gemeente):
    qs = in_gemeente(workflow.vergrendeld(), gemeente).filter(pk=pk).order_by()
    return qs.met_belanghebbenden_bekend().met_regels_bekend()


# Every post of the guided form reads its draft this way; the SQL (three tables joined, FOR
# UPDATE) took longer to build than to run. With it whether it has belanghebbenden and lines
# of the werkvoorraad: what a submission checks (services.ontbrekend) and what its save asks
# for the cache versions (caches._rijen_van), without asking again.
VERGRENDELD = VasteQuery(_vergrendeld, "pk", "gemeente")


def vergrendeld_of_404(request, pk, perm):
    """initiatief_of_404 with workflow.vergrendeld(), in the caller's transaction."""
    return vast_object_of_404(request, VERGRENDELD, perm, Initiatief, pk=pk)
