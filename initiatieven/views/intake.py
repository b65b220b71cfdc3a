"""The intake queue of the participatiepunt; gebiedsteams see those in their gebieden."""

from functools import cache
from hashlib import sha256
from types import SimpleNamespace

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.utils.safestring import mark_safe

from participatiepunt.accounts.models import User
from participatiepunt.portal.inhoudcache import bewaard_per_invoer
from participatiepunt.portal.paginering import BegrensdePaginator
from participatiepunt.portal.vastequery import VasteVormen

from .. import workflow
from ..caches import INTAKE
from ..choices import Soort, Steun
from ..forms.filters import IntakeFilterForm
from ..models import Initiatief
from ..rules import is_beheerder

PER_PAGINA = 20
MAX_PAGINAS = 50  # above 1,000 rows the page asks to filter (portal.paginering)
RIJ = "initiatieven/_intake_rij.html"
FILTERS = "initiatieven/_intake_filters.html"
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


# The filters whose values are parameters of the query, and the lookup of each.
FILTERS_OP = {
    "status": "status",
    "wijk": "wijk_id",
    "soort": "soort_initiatiefnemer",
    "steun": "gevraagde_steun__soort",
}


def wachtrij(vorm, *, gemeente, gebruiker=None, **filters):
    """The queue: only the columns of the table; the next step and the support asked for as
    columns of the same query (no mijlpalen or steun rows loaded per initiative). vorm: (for
    the participatiepunt, "toegewezen", the order); `gebruiker` for a gebiedsteam (its
    gebieden) and "toegewezen aan mij"; filters as FILTERS_OP, by value or id."""
    beheerder, toegewezen, sorteer = vorm
    qs = Initiatief.objects.voor_gemeente(gemeente).ingediend()
    qs = qs.select_related("wijk", "casemanager")
    qs = qs.met_volgende_mijlpaal().met_steun_codes()
    if beheerder:
        qs = qs.select_related("indiener").only(*KOLOMMEN, *INITIATIEFNEMER)
    else:
        gebieden = User.gebieden.through.objects.filter(user_id=gebruiker).values("gebied_id")
        qs = qs.only(*KOLOMMEN).filter(wijk__gebied__in=gebieden)
    for veld, lookup in FILTERS_OP.items():
        if filters.get(veld) is not None:
            qs = qs.filter(**{lookup: filters[veld]})
    if toegewezen == "mij":
        qs = qs.filter(casemanager_id=gebruiker)
    elif toegewezen == "niemand":
        qs = qs.filter(casemanager__isnull=True)
    # The tie-breaker runs the same way, so one index serves each order (migration 0003).
    volgorde = [sorteer, "-pk" if sorteer.startswith("-") else "pk"]
    if toegewezen and sorteer.lstrip("-") == "ingediend_op":
        # Read along the index on casemanager and date: the planner took the date index for
        # "nog niet toegewezen" and read all of it where every initiative has a casemanager
        # (140 ms at bench scale 3). With one casemanager, or none, it orders nothing else.
        volgorde.insert(0, sorteer.replace("ingediend_op", "casemanager"))
    return qs.order_by(*volgorde)


def vorm_en_waarden(data, user, gemeente) -> tuple[tuple, dict]:
    """What the form asks (its cleaned data) as the queue's shape and its parameters."""
    beheerder, toegewezen = is_beheerder(user), data.get("toegewezen") or None
    vorm = (beheerder, toegewezen, data.get("sorteer") or "-ingediend_op")
    waarden = {veld: data.get(veld) or None for veld in FILTERS_OP}
    waarden["wijk"] = waarden["wijk"] and waarden["wijk"].pk
    waarden["gemeente"] = gemeente.pk
    if not beheerder or toegewezen == "mij":
        waarden["gebruiker"] = user.pk
    return vorm, waarden


def _plak(vorm, **waarden):
    """One page of the queue; or, for ("tel", n), the ids of up to n of its rows: PostgreSQL
    stops reading at n along whichever index serves the filters (portal.paginering)."""
    *vorm, (van, tot) = vorm
    qs = wachtrij(tuple(vorm), **waarden)
    return qs.order_by().values_list("pk", flat=True)[:tot] if van == "tel" else qs[van:tot]


# Every submission renews the queue for every reader: its SQL is built once per shape
# (portal.vastequery), which cost more than PostgreSQL took to answer it.
RIJEN = VasteVormen(
    _plak,
    ids=("gemeente", "gebruiker", "wijk"),
    standins={veld: f"vastequery:{veld}" for veld in ("status", "soort", "steun")},
)


class _Wachtrij:
    """The queue of one shape and its values, as BegrensdePaginator reads it."""

    def __init__(self, vorm, waarden):
        self.vorm, self.waarden = vorm, waarden

    def __getitem__(self, plak: slice) -> list:
        """A whole page asked even where the paginator asks for fewer rows (the last page,
        up to the count): the count is no part of the shape."""
        rijen = RIJEN.rijen((*self.vorm, (plak.start, plak.start + PER_PAGINA)), **self.waarden)
        return rijen[: plak.stop - plak.start]

    def tel(self, tot: int) -> int:
        return len(RIJEN.rijen((*self.vorm, ("tel", tot)), **self.waarden))


def _rij(initiatief, toont_initiatiefnemer: bool) -> dict:
    """All that a row shows, as plain values: its HTML is kept under them (_rijen)."""
    soort = initiatief.soort_initiatiefnemer
    rij = {
        "pk": initiatief.pk,
        "titel": initiatief.titel,
        "status": initiatief.status,
        "is_succesvoorbeeld": initiatief.is_succesvoorbeeld,
        "wijk": initiatief.wijk.naam if initiatief.wijk_id else None,
        "soort_label": str(Soort(soort).label) if soort else "",
        "steun": [str(Steun(code).label) for code in initiatief.steun_codes_lijst],
        "casemanager": str(initiatief.casemanager) if initiatief.casemanager_id else None,
        "ingediend_op": initiatief.ingediend_op,
        "stap": workflow.volgende_stap_uit_kolommen(initiatief),
    }
    if toont_initiatiefnemer:
        rij["initiatiefnemer"] = (initiatief.indiener.naam, initiatief.indiener.email)
    return rij


def _filterwaarden(form) -> tuple:
    """All that the filter form shows: the wijken to choose from (read here once, for these
    values and for the list), what was asked and what was wrong with it."""
    wijk = form.fields["wijk"]
    wijk.widget.choices = [*iter(wijk.choices)]  # list() would count them first (a query)
    gevraagd = [(naam, form.data.getlist(naam)) for naam in form.fields] if form.is_bound else None
    fouten = {naam: [str(fout) for fout in lijst] for naam, lijst in form.errors.items()}
    return wijk.widget.choices, gevraagd, fouten


def _filters_en_rijen(form, initiatieven, toont_initiatiefnemer: bool):
    """The filter form's and the rows' HTML, each kept under what it shows (portal.inhoudcache):
    a submission renews the page, and of its rows renders only the new one (and those whose
    initiative, wijk or names changed); the form only when the wijken change."""
    rijen = [_rij(initiatief, toont_initiatiefnemer) for initiatief in initiatieven]
    [filters], rijen = bewaard_per_invoer(
        (_naam(FILTERS), [_filterwaarden(form)], lambda _: _render(FILTERS, {"form": form})),
        (_naam(RIJ), rijen, lambda rij: _render(RIJ, {"rij": SimpleNamespace(**rij)})),
    )
    return mark_safe(filters), [mark_safe(rij) for rij in rijen]  # noqa: S308 (our templates)


def _render(template: str, context: dict) -> str:
    return render_to_string(template, context).strip()


@cache
def _naam(template: str) -> str:
    """The template's source in the name: a deploy that changes it does not find old HTML."""
    bron = get_template(template).template.source
    return f"initiatieven:intake:{template}:{sha256(bron.encode()).hexdigest()[:16]}"


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
    lijst = _Wachtrij(*vorm_en_waarden(data, request.user, request.gemeente))
    paginator = BegrensdePaginator(lijst, PER_PAGINA, MAX_PAGINAS, tel=lijst.tel)
    pagina = paginator.get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"pagina": pagina, "querystring": querystring.urlencode()}
    context["kan_traject_registreren"] = request.user.has_perm("initiatieven.register_traject")
    toont_initiatiefnemer = is_beheerder(request.user)
    context["filters"], context["rijen"] = _filters_en_rijen(form, pagina, toont_initiatiefnemer)
    return render_to_string("initiatieven/_intake_inhoud.html", context)
