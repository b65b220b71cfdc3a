from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import Max, Prefetch
from django.shortcuts import render

from ..forms.filters import GriffieFilter
from ..models import Agendapunt, Sessie

PER_PAGINA = 25  # 2,000 sessions with their agendas on one page took seconds (bench/)


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
    pagina = Paginator(sessies, PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "sessies": pagina.object_list, "pagina": pagina}
    context["querystring"] = querystring.urlencode()
    return render(request, "reflectie/griffie.html", context)
