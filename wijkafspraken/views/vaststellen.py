"""Step 2 closes with vaststellen: a numbered, frozen version; later changes need a reason.
Step 3: evaluations walk the same questions again."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from participatiepunt.portal.eenmalig import eenmalig

from .. import services
from ..forms import EvaluatieForm, VaststellenForm
from ..toets import toets
from ..versies import snapshot, verschillen
from .access import beveiligd


@eenmalig
@beveiligd("wijkafspraken.vaststellen", queryset=services.met_inhoud)
def vaststellen(request, praatplaat):
    vorige = services.laatste_versie(praatplaat)
    form = VaststellenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            versie = services.vaststellen(
                praatplaat, door=request.user, reden=form.cleaned_data["reden"]
            )
        except ValidationError as error:
            _fouten_naar_form(form, error)
        else:
            messages.success(request, f"Versie {versie.nummer} is vastgesteld.")
            return redirect(versie)
    inhoud = snapshot(praatplaat)
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "form": form}
    context.update(toets=toets(praatplaat), vorige=vorige)
    context["wijzigingen"] = verschillen(vorige.inhoud if vorige else None, inhoud)
    context["ondertekeningen"] = services.geldige_ondertekeningen(praatplaat, inhoud)
    context["geblokkeerd"] = waarom_geblokkeerd(
        context["toets"], vorige, context["wijzigingen"], context["ondertekeningen"]
    )
    return render(request, "wijkafspraken/vaststellen.html", context)


def waarom_geblokkeerd(uitslag, vorige, wijzigingen, ondertekeningen) -> str:
    """Why the button cannot be used yet ('' when it can): what services.vaststellen refuses."""
    if not uitslag.voldaan:
        return (
            "Vaststellen kan pas als de congruentietoets voldaan is. "
            "Vul eerst aan wat hierboven staat."
        )
    if vorige and not wijzigingen:
        return (
            f"Er is niets veranderd sinds versie {vorige.nummer}: er is nog niets vast te stellen."
        )
    if not ondertekeningen:
        return services.ZONDER_ONDERTEKENING
    return ""


def _fouten_naar_form(form, error):
    if hasattr(error, "error_dict"):
        for veld, fouten in error.message_dict.items():
            for fout in fouten:
                form.add_error(veld, fout)
    else:
        for fout in error.messages:
            form.add_error(None, fout)


@eenmalig
@beveiligd("wijkafspraken.change_praatplaat")
def evaluatie(request, praatplaat):
    antwoorden = {a.vraag_key: a for a in praatplaat.antwoorden.all()}
    form = EvaluatieForm(
        request.POST or None, vragenset=praatplaat.vragenset, antwoorden=antwoorden
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.registreer_evaluatie(
            praatplaat,
            door=request.user,
            gehouden_op=data["gehouden_op"],
            lessen=data["lessen"],
            opmerkingen=form.opmerkingen(),
            volgende=data["volgende"],
        )
        messages.success(
            request,
            "De evaluatie is vastgelegd. Pas zo nodig antwoorden en afspraken aan en stel een "
            "nieuwe versie vast.",
        )
        return redirect(praatplaat)
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "form": form}
    return render(request, "wijkafspraken/evaluatie.html", context)


@beveiligd("wijkafspraken.view_praatplaat")
def evaluatie_detail(request, praatplaat, evaluatie):
    evaluatie = get_object_or_404(praatplaat.evaluaties, pk=evaluatie)
    vragenset = praatplaat.vragenset
    opmerkingen = [(vragenset.vraag(k), tekst) for k, tekst in evaluatie.opmerkingen.items()]
    opmerkingen = sorted(((v, t) for v, t in opmerkingen if v), key=lambda p: p[0].nummer)
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "evaluatie": evaluatie}
    context["opmerkingen"] = opmerkingen
    return render(request, "wijkafspraken/evaluatie_detail.html", context)
