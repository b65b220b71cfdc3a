from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Max, Prefetch
from django.shortcuts import render

from ..forms.filters import GriffieFilter
from ..models import Agendapunt, Sessie


@login_required
@permission_required("reflectie.view_griffie", raise_exception=True)
def overzicht(request):
    """Every session, public or not, with its agenda (working copy) and published version."""
    form = GriffieFilter(request.GET or None)
    punten = Agendapunt.objects.select_related("onderwerp", "initiatief", "praatplaat__wijk")
    sessies = (
        form.filter(Sessie.objects.all())
        .select_related("wijk", "voorzitter")
        .annotate(gepubliceerde_versie=Max("agendaversies__nummer"))
        .prefetch_related(Prefetch("agendapunten", queryset=punten))
        .order_by("start")
    )
    return render(request, "reflectie/griffie.html", {"form": form, "sessies": sessies})
