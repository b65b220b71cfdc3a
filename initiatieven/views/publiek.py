import datetime

from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone

from participatiepunt.gebieden import kaart
from participatiepunt.portal.paginacache import publiek_gecachet
from participatiepunt.portal.paginering import BegrensdePaginator
from participatiepunt.portal.toegang import anoniem_naar_inloggen
from participatiepunt.portal.zoeken import zoekvraag

from .. import gesprek, kadersoverleg, succesvoorbeelden, zoeken
from .. import kaart as initiatieven_kaart
from ..forms.filters import PubliekFilterForm
from ..models import Initiatief, Mijlpaal, Update
from .access import initiatief_of_404

PER_PAGINA = 12
# Above 1,200 the list says "more than" and asks to filter: counting every public initiative
# of a city on each rebuild grew with the city (bench/: 14 ms for 42,000 at scale 3).
MAX_PAGINAS = 100


def _filter_openbaar(request, form):
    qs = Initiatief.objects.voor_gemeente(request.gemeente).openbaar().voor_lijst()
    qs = qs.order_by("-ingediend_op", "-pk")
    if not form.is_valid():
        return qs
    data = form.cleaned_data
    vraag = zoekvraag(data["q"])
    if vraag is not None:  # Dutch full-text search; the best match first
        qs = zoeken.gevonden(qs, vraag, request.gemeente).order_by("-rang", "-ingediend_op", "-pk")
    if data["wijk"]:
        qs = qs.filter(wijk=data["wijk"])
    for veld in ("status", "thema"):
        if data[veld]:
            qs = qs.filter(**{veld: data[veld]})
    return qs


@publiek_gecachet
def lijst(request):
    form = PubliekFilterForm(request.GET or None, gemeente=request.gemeente)
    gefilterd = _filter_openbaar(request, form)
    paginator = BegrensdePaginator(gefilterd, PER_PAGINA, MAX_PAGINAS)
    pagina = paginator.get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    op_kaart = initiatieven_kaart.items(gefilterd)
    context = {
        "form": form,
        "pagina": pagina,
        "querystring": querystring.urlencode(),
        "op_kaart": op_kaart,
        "kaart": kaart.gegevens(op_kaart),
    }
    return render(request, "initiatieven/lijst.html", context)


def _detail_queryset():
    updates = Update.objects.select_related("auteur")
    return Initiatief.objects.select_related(
        "gemeente", "wijk__gebied", "indiener", "casemanager"
    ).prefetch_related(
        Prefetch("mijlpalen", queryset=Mijlpaal.objects.select_related("terugkoppeling")),
        "gevraagde_steun",
        "kaders_versies__reacties",
        "statuswijzigingen",
        Prefetch("updates", queryset=updates),
    )


def _middag(dag):
    """A day on the timeline of moments: its noon."""
    return timezone.make_aware(datetime.datetime.combine(dag, datetime.time(12)))


def _tijdlijn(initiatief, intern: bool):
    updates = [u for u in initiatief.updates.all() if intern or u.openbaar]
    items = [("update", u.geplaatst_op, u) for u in updates]
    items += [("status", s.op, s) for s in initiatief.statuswijzigingen.all()]
    # The raad's place on the timeline and what was done with the residents' input.
    items += [
        ("raad", _middag(v.raad_vastgesteld_op), v)
        for v in initiatief.kaders_versies.all()
        if v.raad_vastgesteld_op
    ]
    items += [
        ("terugkoppeling", m.terugkoppeling_of_none.gepubliceerd_op, m)
        for m in initiatief.mijlpalen.all()
        if m.terugkoppeling_of_none
    ]
    return sorted(items, key=lambda item: item[1], reverse=True)


@publiek_gecachet
@anoniem_naar_inloggen
def detail(request, pk):
    queryset = _detail_queryset()
    initiatief = initiatief_of_404(request, pk, "initiatieven.view_initiatief", queryset)
    mag_details = request.user.has_perm("initiatieven.view_details", initiatief)
    intern = request.user.has_perm("initiatieven.view_internal", initiatief)
    kaders_versies = list(initiatief.kaders_versies.all())
    context = {
        "initiatief": initiatief,
        "kaders_versies": kaders_versies,
        **kadersoverleg.context(kaders_versies),
        "tijdlijn": _tijdlijn(initiatief, intern),
        "mag_details": mag_details,
        "is_indiener": initiatief.indiener_id == request.user.pk,
    }
    if mag_details:
        context["belanghebbenden"] = initiatief.belanghebbenden.all()
        context["bijlagen"] = initiatief.bijlagen.all()
    if context["is_indiener"]:
        context["succesvoorbeelden"] = succesvoorbeelden.passend_bij(initiatief)
    context["mag_gesprek"] = request.user.has_perm("initiatieven.view_gesprek", initiatief)
    if context["mag_gesprek"]:
        context["gesprek_ongelezen"] = gesprek.aantal_ongelezen(
            initiatief=initiatief, lezer=request.user
        )
    return render(request, "initiatieven/detail.html", context)
