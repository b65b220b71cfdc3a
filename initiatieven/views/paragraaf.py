"""The participatieparagraaf of a traject, printable on A4 (participatieparagraaf.py)."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from participatiepunt.portal.paginacache import publiek_gecachet
from participatiepunt.portal.toegang import anoniem_naar_inloggen

from .. import participatieparagraaf as paragraaf
from .access import initiatief_of_404


@require_safe
@anoniem_naar_inloggen
@publiek_gecachet
def participatieparagraaf(request, pk):
    perm = "initiatieven.view_participatieparagraaf"
    initiatief = initiatief_of_404(request, pk, perm, paragraaf.queryset())
    context = paragraaf.inhoud(initiatief)
    return render(request, "initiatieven/participatieparagraaf.html", context)
