"""Looking up what the user may see (accounts.toegang): anything else is a 404, so nobody learns
that a closed session or someone else's proposal exists. Who may see a session but not do this
with it is refused (403)."""

from django.core.exceptions import PermissionDenied

from participatiepunt.accounts.toegang import object_of_404

from ..models import Onderwerp, Sessie

BEKIJKEN = "reflectie.view_sessie"


def sessie_of_404(request, pk, perm=BEKIJKEN):
    sessies = Sessie.objects.select_related("wijk", "voorzitter")
    sessie = object_of_404(request, sessies.prefetch_related("groepuitnodigingen"), BEKIJKEN, pk=pk)
    if perm != BEKIJKEN and not request.user.has_perm(perm, sessie):
        raise PermissionDenied("U mag dit niet doen bij deze sessie.")
    return sessie


def onderwerp_of_404(request, pk, perm="reflectie.view_onderwerp"):
    onderwerpen = Onderwerp.objects.select_related("wijk", "initiatief", "voorgesteld_door")
    return object_of_404(request, onderwerpen, perm, pk=pk)
