from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Prefetch
from django.shortcuts import redirect, render

from participatiepunt.portal.eenmalig import eenmalig

from .. import services
from ..choices import OnderwerpStatus
from ..forms.onderwerpen import BesluitForm, OnderwerpForm, RaadsreactieForm
from ..models import Agendapunt, Onderwerp, Raadsreactie
from .access import onderwerp_of_404


def _met_agendas(onderwerpen):
    punten = Agendapunt.objects.select_related("sessie").order_by("sessie__start")
    return onderwerpen.select_related("wijk", "initiatief").prefetch_related(
        Prefetch("agendapunten", queryset=punten)
    )


@login_required
@permission_required("reflectie.propose_onderwerp", raise_exception=True)
@eenmalig
def voorstellen(request):
    form = OnderwerpForm(request.POST or None, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        form.instance.voorgesteld_door = request.user
        form.instance.gemeente = request.gemeente
        form.save()
        messages.success(
            request, "Dank u wel. Uw onderwerp is ontvangen; u leest hier wat ermee gebeurt."
        )
        return redirect("reflectie:mijn_onderwerpen")
    return render(request, "reflectie/onderwerpen/voorstellen.html", {"form": form})


def terras(request):
    """Het terras for everyone, also without logging in: the topics residents raised that were
    chosen for reflection, with their wijk and the public sessions that discuss them. Not who
    raised them, not their own words (waarom), not a linked initiative (it may be private)."""
    gekozen = Onderwerp.objects.voor_gemeente(request.gemeente)
    gekozen = gekozen.filter(status=OnderwerpStatus.GESELECTEERD)
    punten = Agendapunt.objects.filter(sessie__openbaar=True).select_related("sessie")
    onderwerpen = gekozen.select_related("wijk").prefetch_related(
        Prefetch("agendapunten", queryset=punten.order_by("sessie__start"), to_attr="openbaar")
    )
    return render(request, "reflectie/onderwerpen/terras.html", {"onderwerpen": onderwerpen})


@login_required
def mijn(request):
    onderwerpen = _met_agendas(Onderwerp.objects.filter(voorgesteld_door=request.user))
    return render(request, "reflectie/onderwerpen/mijn.html", {"onderwerpen": onderwerpen})


@login_required
@permission_required("reflectie.view_onderwerpen", raise_exception=True)
def lijst(request):
    status = request.GET.get("status", "")
    onderwerpen = _met_agendas(Onderwerp.objects.voor_gemeente(request.gemeente))
    if status in OnderwerpStatus.values:
        onderwerpen = onderwerpen.filter(status=status)
    context = {"onderwerpen": onderwerpen, "status": status, "statussen": OnderwerpStatus.choices}
    return render(request, "reflectie/onderwerpen/lijst.html", context)


@login_required
@eenmalig
def detail(request, pk):
    onderwerp = onderwerp_of_404(request, pk)
    if request.user.has_perm("reflectie.react_onderwerp", onderwerp):
        return _reageren(request, onderwerp)
    kan_besluiten = request.user.has_perm("reflectie.decide_onderwerp", onderwerp)
    form = BesluitForm(request.POST or None) if kan_besluiten else None
    if form is not None and request.method == "POST" and form.is_valid():
        services.besluit_onderwerp(
            onderwerp,
            geselecteerd=form.geselecteerd,
            toelichting=form.cleaned_data["toelichting"],
            door=request.user,
        )
        messages.success(request, "Het besluit is vastgelegd; de indiener krijgt bericht.")
        return redirect(onderwerp)
    return _pagina(request, onderwerp, form=form)


def _pagina(request, onderwerp, **extra):
    punten = onderwerp.agendapunten.select_related("sessie").order_by("sessie__start")
    context = {"onderwerp": onderwerp, "agendapunten": punten, **extra}
    if request.user.has_perm("reflectie.view_onderwerpen"):
        context["reacties"] = list(onderwerp.reacties.select_related("raadslid"))
    return render(request, "reflectie/onderwerpen/detail.html", context)


def _reageren(request, onderwerp):
    """A raadslid's reaction and advice; sending it again changes their one reaction."""
    eigen = Raadsreactie.objects.filter(onderwerp=onderwerp, raadslid=request.user).first()
    form = RaadsreactieForm(request.POST or None, instance=eigen)
    if request.method == "POST" and form.is_valid():
        form.instance.onderwerp, form.instance.raadslid = onderwerp, request.user
        form.save()
        messages.success(request, "Uw reactie is vastgelegd; het participatiepunt leest mee.")
        return redirect(onderwerp)
    return _pagina(request, onderwerp, reactieformulier=form)
