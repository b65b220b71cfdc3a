"""Looking up what the user may see: anything else is a 404, so nobody learns that a closed
session or someone else's proposal exists."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Onderwerp, Sessie


def sessie_of_404(request, pk, perm="reflectie.view_sessie"):
    sessies = Sessie.objects.select_related("wijk", "voorzitter").prefetch_related(
        "groepuitnodigingen"
    )
    sessie = get_object_or_404(sessies, pk=pk)
    if not request.user.has_perm("reflectie.view_sessie", sessie):
        raise Http404("Geen sessie gevonden.")
    if perm != "reflectie.view_sessie" and not request.user.has_perm(perm, sessie):
        raise PermissionDenied("U mag dit niet doen bij deze sessie.")
    return sessie


def onderwerp_of_404(request, pk, perm="reflectie.view_onderwerp"):
    onderwerp = get_object_or_404(
        Onderwerp.objects.select_related("wijk", "initiatief", "voorgesteld_door"), pk=pk
    )
    if not request.user.has_perm(perm, onderwerp):
        raise Http404("Geen onderwerp gevonden.")
    return onderwerp
