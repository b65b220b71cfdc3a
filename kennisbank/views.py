"""The kennisbank: public reading (of the current gemeente's pages and those shared with it),
writing by the participatiepunt."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.paginacache import publiek_gecachet

from . import services
from .forms import PaginaForm
from .models import Categorie, Pagina
from .opmaak import naar_html

SCHRIJVEN = "kennisbank.change_pagina"


def _zichtbaar(request):
    return Pagina.objects.zichtbaar_in(request.gemeente)


def _eigen_pagina_of_404(request, pk):
    """A page this gemeente keeps: a page another gemeente shares with it is read-only here."""
    pagina = get_object_or_404(Pagina, pk=pk, gemeente=request.gemeente)
    if not request.user.has_perm(SCHRIJVEN):
        raise PermissionDenied
    return pagina


def _per_categorie(paginas):
    groepen = {code: [] for code in Categorie.values}
    for pagina in paginas:
        groepen[pagina.categorie].append(pagina)
    return [(Categorie(code), lijst) for code, lijst in groepen.items() if lijst]


@require_safe
@publiek_gecachet
def lijst(request):
    paginas = _zichtbaar(request).only("pk", "titel", "samenvatting", "categorie")
    context = {
        "categorieen": _per_categorie(paginas),
        "mag_schrijven": request.user.has_perm(SCHRIJVEN),
    }
    return render(request, "kennisbank/lijst.html", context)


@require_safe
@publiek_gecachet
def categorie(request, categorie):
    if categorie not in Categorie.values:
        raise Http404("Deze categorie bestaat niet.")
    paginas = _zichtbaar(request).filter(categorie=categorie)
    context = {
        "categorie": Categorie(categorie),
        "paginas": paginas.only("pk", "titel", "samenvatting"),
    }
    return render(request, "kennisbank/categorie.html", context)


@require_safe
@publiek_gecachet
def pagina(request, pk):
    gevonden = get_object_or_404(_zichtbaar(request).select_related("gemeente"), pk=pk)
    context = {
        "pagina": gevonden,
        "html": naar_html(gevonden.tekst),
        "mag_schrijven": request.user.has_perm(SCHRIJVEN)
        and gevonden.gemeente_id == request.gemeente.pk,
    }
    return render(request, "kennisbank/pagina.html", context)


@require_safe
def versies(request, pk):
    gevonden = get_object_or_404(_zichtbaar(request), pk=pk)
    lijst_ = (
        gevonden.versies.select_related("door")
        if request.user.has_perm(SCHRIJVEN)
        else gevonden.versies.all()
    )
    context = {
        "pagina": gevonden,
        "versies": lijst_,
        "toon_auteur": request.user.has_perm(SCHRIJVEN),
    }
    return render(request, "kennisbank/versies.html", context)


@require_safe
def versie(request, pk, nummer):
    gevonden = get_object_or_404(_zichtbaar(request), pk=pk)
    oud = get_object_or_404(gevonden.versies, nummer=nummer)
    context = {"pagina": gevonden, "versie": oud, "html": naar_html(oud.tekst)}
    return render(request, "kennisbank/versie.html", context)


@login_required
@eenmalig
def nieuw(request):
    if not request.user.has_perm(SCHRIJVEN):
        raise PermissionDenied
    form = PaginaForm(request.POST or None, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        nieuwe = services.maak_pagina(
            gemeente=request.gemeente,
            door=request.user,
            toelichting=form.cleaned_data["toelichting"],
            **form.velden(),
        )
        messages.success(request, "De pagina staat in de kennisbank.")
        return redirect(nieuwe)
    return render(request, "kennisbank/bewerken.html", {"form": form, "pagina": None})


@login_required
@eenmalig
def bewerken(request, pk):
    bestaand = _eigen_pagina_of_404(request, pk)
    form = PaginaForm(request.POST or None, instance=bestaand, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        services.wijzig_pagina(
            bestaand,
            door=request.user,
            toelichting=form.cleaned_data["toelichting"],
            **form.velden(),
        )
        messages.success(request, "De pagina is opgeslagen als nieuwe versie.")
        return redirect(bestaand)
    return render(request, "kennisbank/bewerken.html", {"form": form, "pagina": bestaand})
