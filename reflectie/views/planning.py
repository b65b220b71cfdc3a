from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render

from participatiepunt.portal.eenmalig import eenmalig

from ..choices import PLANNING_MAANDEN
from ..forms.leren import ActiviteitForm
from ..models import Activiteit, Sessie, Spoor


@login_required
@permission_required("reflectie.view_planning", raise_exception=True)
def overzicht(request):
    zichtbaar = Sessie.objects.zichtbaar_in(request.gemeente, request.user)
    zichtbaar = zichtbaar.order_by("start")
    activiteiten = Activiteit.objects.prefetch_related(Prefetch("sessies", queryset=zichtbaar))
    sporen = Spoor.objects.prefetch_related(Prefetch("activiteiten", queryset=activiteiten))
    context = {"sporen": sporen, "maanden": PLANNING_MAANDEN}
    return render(request, "reflectie/planning/overzicht.html", context)


@login_required
@permission_required("reflectie.change_planning", raise_exception=True)
@eenmalig
def activiteit(request, pk):
    gekozen = get_object_or_404(Activiteit.objects.select_related("spoor"), pk=pk)
    form = ActiviteitForm(request.POST or None, instance=gekozen, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "De activiteit is bijgewerkt.")
        return redirect("reflectie:planning")
    return render(
        request, "reflectie/planning/activiteit.html", {"form": form, "activiteit": gekozen}
    )
