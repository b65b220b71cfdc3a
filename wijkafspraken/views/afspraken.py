"""Step 2 (afspraken maken): action-oriented agreements — what, who, by when — linked to the
question or witte vlek they answer."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from participatiepunt.portal.eenmalig import eenmalig

from ..forms import AfspraakForm
from .access import beveiligd


def _formulier(request, praatplaat, afspraak):
    form = AfspraakForm(
        request.POST or None,
        instance=afspraak,
        vragenset=praatplaat.vragenset,
        initial={"vraag_key": request.GET["vraag"]} if "vraag" in request.GET else None,
    )
    if request.method == "POST" and form.is_valid():
        form.instance.praatplaat = praatplaat
        form.save()
        messages.success(request, "De afspraak is opgeslagen.")
        return redirect(f"{praatplaat.get_absolute_url()}#afspraken")
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "form": form}
    context["afspraak"] = afspraak
    return render(request, "wijkafspraken/afspraak_form.html", context)


@eenmalig
@beveiligd("wijkafspraken.change_praatplaat")
def nieuw(request, praatplaat):
    return _formulier(request, praatplaat, None)


@eenmalig
@beveiligd("wijkafspraken.change_praatplaat")
def bewerken(request, praatplaat, afspraak):
    return _formulier(request, praatplaat, get_object_or_404(praatplaat.afspraken, pk=afspraak))
