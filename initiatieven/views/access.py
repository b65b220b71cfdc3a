"""Looking up an initiatief the user may see: anything else is a 404, so nobody learns that
someone else's draft exists."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Initiatief


def initiatief_of_404(request, pk, perm, queryset=None):
    if queryset is None:
        queryset = Initiatief.objects.select_related("wijk")
    initiatief = get_object_or_404(queryset, pk=pk)
    if not request.user.has_perm(perm, initiatief):
        raise Http404("Geen initiatief gevonden.")
    return initiatief
