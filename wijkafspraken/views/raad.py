"""The raad's step (seed 001: "Daarna leggen we de resultaten voor aan de gemeenteraad"): a
vastgestelde version is marked voorgelegd with date and besluit; for themes of archetype 3 a
register of transferred bevoegdheden and budgets with their verantwoording."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render

from participatiepunt.portal.eenmalig import eenmalig

from .. import notify
from ..forms import OverdrachtForm, RaadForm
from .access import beveiligd


@eenmalig
@beveiligd("wijkafspraken.voorleggen_aan_raad")
def voorleggen(request, praatplaat, nummer):
    versie = get_object_or_404(praatplaat.versies.defer("inhoud"), nummer=nummer)
    al_voorgelegd = versie.voorgelegd_aan_raad_op is not None
    form = RaadForm(request.POST or None, instance=versie)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            if not al_voorgelegd:
                notify.voorgelegd_aan_raad(versie)
        messages.success(request, f"Versie {versie.nummer} staat als voorgelegd aan de raad.")
        return redirect(versie)
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "versie": versie, "form": form}
    return render(request, "wijkafspraken/raad.html", context)


def themas_archetype_3(praatplaat) -> list[str]:
    return sorted({k.thema for k in praatplaat.archetypen.all() if k.archetype == 3})


@eenmalig
@beveiligd("wijkafspraken.meelezen")
def overdrachten(request, praatplaat):
    kan_wijzigen = request.user.has_perm("wijkafspraken.change_praatplaat", praatplaat)
    themas = themas_archetype_3(praatplaat)
    form = None
    if kan_wijzigen and themas:
        form = OverdrachtForm(request.POST or None, themas=themas)
        if request.method == "POST" and form.is_valid():
            form.instance.praatplaat = praatplaat
            form.save()
            messages.success(request, "De overdracht staat in het register.")
            return redirect("wijkafspraken:overdrachten", pk=praatplaat.pk)
    elif request.method == "POST":
        return redirect("wijkafspraken:overdrachten", pk=praatplaat.pk)
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "form": form}
    context.update(themas=themas, overdrachten=list(praatplaat.overdrachten.all()))
    return render(request, "wijkafspraken/overdrachten.html", context)
