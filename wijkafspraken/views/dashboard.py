"""The gebiedsteam dashboard: overdue afspraken and evaluations in the member's gebieden."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from .. import overzicht
from ..caches import WIJKAFSPRAKEN


# The body is the same for every member of the same gebieden on the same day: rendered once
# and kept until wijkafspraken's data changes (caches.py).
@login_required
def dashboard(request):
    if not request.user.has_perm("wijkafspraken.view_dashboard"):
        raise PermissionDenied
    gebieden = list(overzicht.gebieden_van(request.user, request.gemeente))
    ids = ",".join(str(gebied.pk) for gebied in gebieden)
    naam = f"dashboard:{request.gemeente.slug}:{timezone.localdate()}:{ids}"
    inhoud = WIJKAFSPRAKEN.bewaard(naam, lambda: _inhoud(gebieden))
    return render(request, "wijkafspraken/dashboard.html", {"inhoud": inhoud})


def _inhoud(gebieden) -> str:
    praatplaten = overzicht.in_gesprek(gebieden)
    context = {
        "gebieden": gebieden,
        "afspraken": list(overzicht.te_late_afspraken(gebieden)),
        "evaluaties": [p for p in praatplaten if p.status == overzicht.TE_LAAT],
        "praatplaten": praatplaten,
    }
    return render_to_string("wijkafspraken/_dashboard_inhoud.html", context)
