from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Subquery
from django.shortcuts import render

from ..forms.filters import GriffieFilter
from ..models import Agendapunt, AgendaVersie, Sessie

# 2,000 sessions with their agendas on one page took seconds; 25 of them still 35 ms (bench/).
PER_PAGINA = 10


def _laatste_versie():
    # A subquery, not Max() over a join: no GROUP BY of every session before the page's 25,
    # and the paginator's count leaves it out.
    versies = AgendaVersie.objects.filter(sessie=OuterRef("pk")).order_by("-nummer")
    return versies.values("nummer")[:1]


def _punten():
    """The agenda items as the overview shows them: titles, not whole initiatives."""
    return Agendapunt.objects.select_related(
        "onderwerp", "initiatief", "praatplaat__wijk"
    ).only(
        "sessie_id", "volgorde", "titel", "duur", "onderwerp__titel", "initiatief__titel",
        "praatplaat__geopend_op", "praatplaat__wijk__naam",
    )  # fmt: skip


@login_required
@permission_required("reflectie.view_griffie", raise_exception=True)
def overzicht(request):
    """Every session, public or not, with its agenda (working copy) and published version."""
    form = GriffieFilter(request.GET or None)
    sessies = (
        form.filter(Sessie.objects.all())
        .select_related("wijk")
        .annotate(gepubliceerde_versie=Subquery(_laatste_versie()))
        .prefetch_related(Prefetch("agendapunten", queryset=_punten()))
        .order_by("start", "pk")
    )
    pagina = Paginator(sessies, PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "sessies": pagina.object_list, "pagina": pagina}
    context["querystring"] = querystring.urlencode()
    return render(request, "reflectie/griffie.html", context)
