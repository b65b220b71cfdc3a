from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from participatiepunt.portal.eenmalig import eenmalig

from .. import leren
from ..forms.filters import ZoekForm
from ..forms.leren import LesForm, VerslagForm
from ..models import Verslag
from .access import sessie_of_404


@login_required
@eenmalig
def verslag(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_verslag")
    bestaand = Verslag.objects.filter(sessie=sessie).first() or Verslag(sessie=sessie)
    actie = request.POST.get("actie")
    verslag_form = VerslagForm(request.POST if actie == "verslag" else None, instance=bestaand)
    les_form = LesForm(
        request.POST if actie == "les" else None, prefix="les", gemeente=sessie.gemeente_id
    )
    form = verslag_form if actie == "verslag" else les_form
    if request.method == "POST" and form.is_valid():
        form.instance.sessie = sessie
        if actie == "verslag":
            form.instance.geschreven_door = request.user
        form.save()
        messages.success(request, "Opgeslagen.")
        return redirect("reflectie:verslag", pk=sessie.pk)
    context = {
        "sessie": sessie,
        "verslag_form": verslag_form,
        "les_form": les_form,
        "lessen": sessie.lessen.select_related("initiatief", "praatplaat__wijk"),
    }
    return render(request, "reflectie/leren/verslag.html", context)


@login_required
@require_POST
def les_verwijderen(request, pk, les_pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_verslag")
    get_object_or_404(sessie.lessen, pk=les_pk).delete()
    messages.success(request, "De les is verwijderd.")
    return redirect("reflectie:verslag", pk=sessie.pk)


@login_required
@permission_required("reflectie.view_leren", raise_exception=True)
def zoeken(request):
    form = ZoekForm(request.GET or None)
    tekst = form.cleaned_data["q"].strip() if form.is_valid() else ""
    lessen, verslagen = leren.zoek(request.user, request.gemeente, tekst)
    context = {"form": form, "tekst": tekst, "lessen": lessen, "verslagen": verslagen}
    return render(request, "reflectie/leren/zoeken.html", context)
