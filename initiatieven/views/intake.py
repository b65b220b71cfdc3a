"""The intake queue of the participatiepunt; gebiedsteams see those in their gebieden."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.loader import render_to_string

from .. import workflow
from ..caches import INTAKE
from ..choices import Soort, Steun
from ..forms.filters import IntakeFilterForm
from ..models import Initiatief
from ..rules import is_beheerder

PER_PAGINA = 20
KOLOMMEN = (
    "titel",
    "status",
    "is_succesvoorbeeld",
    "soort_initiatiefnemer",
    "ingediend_op",
    "wijk__naam",
    "casemanager__naam",
    "casemanager__email",
)
# Who submitted it: for the participatiepunt only (never for gebiedsteams, never public).
INITIATIEFNEMER = ("indiener__naam", "indiener__email")


def _zichtbaar_voor(user, gemeente):
    """Only the columns of the table; the next step and the support asked for as columns of the
    same query (no mijlpalen or steun rows loaded per initiative)."""
    qs = Initiatief.objects.voor_gemeente(gemeente).ingediend()
    qs = qs.select_related("wijk", "casemanager")
    qs = qs.met_volgende_mijlpaal().met_steun_codes()
    if is_beheerder(user):
        return qs.select_related("indiener").only(*KOLOMMEN, *INITIATIEFNEMER)
    return qs.only(*KOLOMMEN).filter(wijk__gebied__in=user.gebieden.all())


def _filter(qs, data, user):
    for veld, lookup in (
        ("status", "status"),
        ("wijk", "wijk"),
        ("soort", "soort_initiatiefnemer"),
    ):
        if data.get(veld):
            qs = qs.filter(**{lookup: data[veld]})
    if data.get("steun"):
        qs = qs.filter(gevraagde_steun__soort=data["steun"])
    if data.get("toegewezen") == "mij":
        qs = qs.filter(casemanager=user)
    elif data.get("toegewezen") == "niemand":
        qs = qs.filter(casemanager__isnull=True)
    sorteer = data.get("sorteer") or "-ingediend_op"
    # The tie-breaker runs the same way, so one index serves each order (migration 0003).
    return qs.order_by(sorteer, "-pk" if sorteer.startswith("-") else "pk")


def _rij(initiatief):
    """What a row shows that is not a column: labels and the next step."""
    soort = initiatief.soort_initiatiefnemer
    initiatief.soort_label = Soort(soort).label if soort else ""
    initiatief.steun = [Steun(code).label for code in initiatief.steun_codes_lijst]
    initiatief.stap = workflow.volgende_stap_uit_kolommen(initiatief)
    return initiatief


@login_required
def intake(request):
    """The body depends on who asks (gebieden, "toegewezen aan mij"): kept per user until
    a submitted initiative, a wijk or an account changes (caches.py)."""
    if not request.user.has_perm("initiatieven.view_intake"):
        raise PermissionDenied
    naam = f"intake:{request.gemeente.slug}:{request.user.pk}:{request.GET.urlencode()}"
    inhoud = INTAKE.bewaard(naam, lambda: _inhoud(request))
    return render(request, "initiatieven/intake.html", {"inhoud": inhoud})


def _inhoud(request) -> str:
    form = IntakeFilterForm(request.GET or None, gemeente=request.gemeente)
    data = form.cleaned_data if form.is_valid() else {}
    qs = _filter(_zichtbaar_voor(request.user, request.gemeente), data, request.user)
    pagina = Paginator(qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    pagina.object_list = [_rij(initiatief) for initiatief in pagina]
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "pagina": pagina, "querystring": querystring.urlencode()}
    context["kan_traject_registreren"] = request.user.has_perm("initiatieven.register_traject")
    context["toont_initiatiefnemer"] = is_beheerder(request.user)
    return render_to_string("initiatieven/_intake_inhoud.html", context)
