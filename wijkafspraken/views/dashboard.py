"""The gebiedsteam dashboard: overdue afspraken and evaluations in the member's gebieden."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .. import overzicht


@login_required
def dashboard(request):
    if not request.user.has_perm("wijkafspraken.view_dashboard"):
        raise PermissionDenied
    gebieden = list(overzicht.gebieden_van(request.user))
    praatplaten = overzicht.in_gesprek(gebieden)
    context = {
        "gebieden": gebieden,
        "afspraken": list(overzicht.te_late_afspraken(gebieden)),
        "evaluaties": [p for p in praatplaten if p.status == overzicht.TE_LAAT],
        "praatplaten": praatplaten,
    }
    return render(request, "wijkafspraken/dashboard.html", context)
