from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.toegang import anoniem_naar_inloggen

from .. import services
from ..caches import SESSIES
from ..forms.sessies import AnnuleerForm, SessieForm, VerplaatsForm
from ..models import Sessie
from .access import sessie_of_404
from .context import agenda_context

# Staff see every coming session: 800 on one page took seconds (bench/, issue 8).
PER_PAGINA = 25


def lijst(request):
    """A page of the sessions the user may see. Which ones is asked every time (keys only);
    their cards are the same for everyone and kept until any session changes."""
    eerder = request.GET.get("periode") == "eerder"
    sessies = _komend_of_eerder(
        Sessie.objects.voor_gemeente(request.gemeente).zichtbaar_voor(request.user), eerder
    )
    pagina = Paginator(sessies.values_list("pk", flat=True), PER_PAGINA)
    pagina = pagina.get_page(request.GET.get("pagina"))
    ids = list(pagina.object_list)
    kaarten = SESSIES.bewaard(f"lijst:{ids}", lambda: _kaarten(ids))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"kaarten": mark_safe(kaarten), "pagina": pagina, "eerder": eerder}  # by Django
    context["querystring"] = querystring.urlencode()
    return render(request, "reflectie/sessies/lijst.html", context)


def _komend_of_eerder(sessies, eerder: bool):
    nu = timezone.now()
    if eerder:
        return sessies.filter(eind__lt=nu).order_by("-start", "-pk")
    return sessies.filter(eind__gte=nu).order_by("start", "pk")


def _kaarten(ids: list[int]) -> str:
    sessies = Sessie.objects.filter(pk__in=ids).select_related("wijk").in_bulk()
    context = {"sessies": [sessies[pk] for pk in ids if pk in sessies]}
    return render_to_string("reflectie/sessies/_kaarten.html", context)


@anoniem_naar_inloggen
def detail(request, pk):
    sessie = sessie_of_404(request, pk)
    context = {
        "sessie": sessie,
        "verplaatsingen": sessie.verplaatsingen.all(),
        "versies": sessie.agendaversies.order_by("-nummer"),
        "lessen": sessie.lessen.select_related("initiatief", "praatplaat__wijk"),
        "verslag": getattr(sessie, "verslag", None),
        "is_voorbij": sessie.start < timezone.now(),
        **agenda_context(request.user, sessie),
    }
    if request.user.has_perm("reflectie.view_werkversie", sessie):
        context["genodigden"] = sessie.genodigde_gebruikers()
    return render(request, "reflectie/sessies/detail.html", context)


@login_required
@permission_required("reflectie.add_sessie", raise_exception=True)
@eenmalig
def nieuw(request):
    form = SessieForm(request.POST or None, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        sessie = services.plan(
            door=request.user,
            gemeente=request.gemeente,
            genodigden=form.alle_genodigden,
            groepen=form.cleaned_data["groepen"],
            **form.velden(),
        )
        messages.success(request, "De sessie is gepland; de genodigden krijgen een uitnodiging.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form})


@login_required
@eenmalig
def wijzig(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_sessie")
    form = SessieForm(
        request.POST or None, instance=sessie, gemeente=sessie.gemeente, met_tijd=False
    )
    if request.method == "POST" and form.is_valid():
        services.wijzig(
            sessie,
            genodigden=form.alle_genodigden,
            groepen=form.cleaned_data["groepen"],
            **form.velden(),
        )
        messages.success(request, "De sessie is gewijzigd.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form, "sessie": sessie})


@login_required
@eenmalig
def verplaats(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.move_sessie")
    form = VerplaatsForm(request.POST or None, sessie=sessie)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.verplaats(
            sessie, start=data["start"], eind=data["eind"], door=request.user, reden=data["reden"]
        )
        messages.success(request, "De sessie is verplaatst; de genodigden krijgen bericht.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/verplaats.html", {"form": form, "sessie": sessie})


@login_required
@eenmalig
def annuleer(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.cancel_sessie")
    form = AnnuleerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.annuleer(sessie, reden=form.cleaned_data["reden"])
        messages.success(request, "De sessie is geannuleerd; de genodigden krijgen bericht.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/annuleer.html", {"form": form, "sessie": sessie})


@login_required
@require_POST
def gehouden(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.move_sessie")
    if sessie.start > timezone.now():
        messages.error(request, "Een sessie die nog moet beginnen kan niet als gehouden gelden.")
    else:
        services.markeer_gehouden(sessie)
        messages.success(request, "De sessie staat op gehouden; schrijf het verslag en de lessen.")
    return redirect(sessie)
