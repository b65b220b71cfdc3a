"""The kaders overleg outside the management page: the initiator's side proposes kaders, and
either side answers the other side's version (kadersoverleg). The gemeente's side proposes on
the management page (beheer.kaders)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from participatiepunt.portal.eenmalig import eenmalig

from .. import casemanagement, kadersoverleg
from ..choices import Kant
from ..forms.beheer import KadersForm, KadersReactieForm
from ..models import Initiatief, KadersVersie
from .access import initiatief_of_404
from .beheer import kaders_initial


def _terug(initiatief):
    return redirect(initiatief.get_absolute_url() + "#kaders-kop")


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def voorstellen(request, pk):
    initiatief = initiatief_of_404(request, pk, "initiatieven.propose_kaders")
    if request.method == "POST":
        form = KadersForm(request.POST)
        if form.is_valid():
            versie = casemanagement.leg_kaders_vast(
                initiatief, request.user, kant=Kant.INITIATIEFNEMER, **form.cleaned_data
            )
            messages.success(
                request,
                f"Uw voorstel voor de kaders staat er (versie {versie.versie}); het "
                "participatiepunt krijgt bericht en reageert."
                if versie
                else "De kaders waren al zo; er is niets gewijzigd.",
            )
            return _terug(initiatief)
    else:
        form = KadersForm(initial=kaders_initial(casemanagement.huidige_kaders(initiatief)))
    context = {"initiatief": initiatief, "form": form}
    status = 400 if form.is_bound else 200
    return render(request, "initiatieven/kaders_voorstellen.html", context, status=status)


def _met_versies():
    versies = KadersVersie.objects.prefetch_related("reacties")
    queryset = Initiatief.objects.select_related("wijk")
    return queryset.prefetch_related(Prefetch("kaders_versies", queryset=versies))


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def reageren(request, pk):
    initiatief = initiatief_of_404(request, pk, "initiatieven.respond_kaders", _met_versies())
    versie = initiatief.kaders_versies.all()[0]
    if request.method == "POST":
        form = KadersReactieForm(request.POST)
        if form.is_valid():
            try:
                _reageer(request, initiatief, versie, form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return _terug(initiatief)
    else:
        form = KadersReactieForm(initial={"versie": versie.versie})
    context = {
        "initiatief": initiatief,
        "versie": versie,
        "form": form,
        "voorgesteld_door": kadersoverleg.kant_naam(versie.kant, initiatief),
    }
    status = 400 if form.is_bound else 200
    return render(request, "initiatieven/kaders_reageren.html", context, status=status)


def _reageer(request, initiatief, versie, data):
    if data["versie"] != versie.versie:
        raise ValidationError(
            f"Er is intussen een nieuwere versie van de kaders (versie {versie.versie}). Lees "
            "die en reageer opnieuw."
        )
    reactie = kadersoverleg.reageer(
        versie,
        door=request.user,
        kant=versie.andere_kant,
        oordeel=data["oordeel"],
        toelichting=data["toelichting"],
    )
    if reactie.is_akkoord:
        messages.success(request, "U gaat akkoord; beide partijen staan nu achter de kaders.")
    else:
        messages.success(request, "De kaders staan nu ‘in heroverleg’; de andere partij krijgt "
                         "bericht.")  # fmt: skip
