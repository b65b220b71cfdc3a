from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Subquery
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from ..caches import AGENDAS
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


def _sessies_html(form, gemeente, pagina_nummer, querystring: str) -> str:
    sessies = (
        form.filter(Sessie.objects.voor_gemeente(gemeente))
        .select_related("wijk")
        .annotate(gepubliceerde_versie=Subquery(_laatste_versie()))
        .prefetch_related(Prefetch("agendapunten", queryset=_punten()))
        .order_by("start", "pk")
    )
    pagina = Paginator(sessies, PER_PAGINA).get_page(pagina_nummer)
    context = {"sessies": pagina.object_list, "pagina": pagina, "querystring": querystring}
    return render_to_string("reflectie/_griffie_sessies.html", context)


def _met_standaard(data):
    """From today unless the reader chose a start (an empty one: every session)."""
    if "van" in data:
        return data
    data = data.copy()
    data["van"] = timezone.localdate().isoformat()
    return data


@login_required
@permission_required("reflectie.view_griffie", raise_exception=True)
def overzicht(request):
    """Every session, public or not, with its agenda (working copy) and published version.
    The same for every reader: the filter and the list are kept until any session or agenda
    (or wijk, whose names the filter offers) changes."""
    data = _met_standaard(request.GET)
    querystring = request.GET.copy()
    pagina_nummer = querystring.pop("pagina", [None])[-1]
    inhoud = AGENDAS.bewaard(
        f"griffie:{request.gemeente.slug}:{data.urlencode()}",
        lambda: _inhoud(data, request.gemeente, pagina_nummer, querystring.urlencode()),
    )
    context = {"inhoud": mark_safe(inhoud)}  # rendered by Django
    return render(request, "reflectie/griffie.html", context)


def _inhoud(data, gemeente, pagina_nummer, querystring: str) -> str:
    form = GriffieFilter(data, gemeente=gemeente)
    filter_html = render_to_string("reflectie/_griffie_filter.html", {"form": form})
    return filter_html + _sessies_html(form, gemeente, pagina_nummer, querystring)
