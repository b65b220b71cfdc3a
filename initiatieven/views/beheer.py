"""The management page of one submitted initiatief. Each form posts to its own action; an
invalid form is shown again on the page with everything that was typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import casemanagement, succesvoorbeelden, workflow
from ..forms.beheer import (
    CasemanagerForm,
    GegevensForm,
    KadersForm,
    MijlpaalForm,
    StatusForm,
    SuccesvoorbeeldForm,
    UpdateForm,
)
from ..models import Initiatief, Mijlpaal
from .access import initiatief_of_404

PERM = "initiatieven.manage_initiatief"


def _kaders_initial(huidig):
    if huidig is None:
        return {}
    return {veld: getattr(huidig, veld) for veld in casemanagement.KADER_VELDEN}


def _forms(initiatief, huidige_kaders):
    return {
        "casemanager_form": CasemanagerForm(initial={"casemanager": initiatief.casemanager_id}),
        "gegevens_form": GegevensForm(instance=initiatief, prefix="gegevens"),
        "status_form": StatusForm(overgangen=workflow.toegestane_overgangen(initiatief)),
        "kaders_form": KadersForm(initial=_kaders_initial(huidige_kaders)),
        "mijlpaal_form": MijlpaalForm(),
        "update_form": UpdateForm(),
        "succesvoorbeeld_form": SuccesvoorbeeldForm(
            initial={"is_succesvoorbeeld": initiatief.is_succesvoorbeeld}
        ),
    }


def _pagina(request, pk, **bound):
    """The page shows the mijlpalen and the current kaders with their number of versions; the
    updates and the kaders history are on the detail page, so they are not loaded here."""
    queryset = Initiatief.objects.select_related("wijk", "casemanager")
    initiatief = initiatief_of_404(request, pk, PERM, queryset.prefetch_related("mijlpalen"))
    huidig = casemanagement.huidige_kaders(initiatief)
    context = {
        **_forms(initiatief, huidig),
        **bound,
        "initiatief": initiatief,
        "huidige_kaders": huidig,
        "aantal_kaders": initiatief.kaders_versies.count() if huidig else 0,
    }
    status = 400 if bound else 200
    return render(request, "initiatieven/beheer.html", context, status=status)


@login_required
def beheer(request, pk):
    return _pagina(request, pk)


def _casemanager(request, initiatief):
    form = CasemanagerForm(request.POST)
    if not form.is_valid():
        return {"casemanager_form": form}
    casemanagement.wijs_casemanager_toe(initiatief, form.cleaned_data["casemanager"])
    messages.success(request, "De casemanager is opgeslagen.")


def _gegevens(request, initiatief):
    form = GegevensForm(request.POST, instance=initiatief, prefix="gegevens")
    if not form.is_valid():
        return {"gegevens_form": form}
    form.save()
    messages.success(request, "De gegevens van het initiatief zijn opgeslagen.")


def _status(request, initiatief):
    form = StatusForm(request.POST, overgangen=workflow.toegestane_overgangen(initiatief))
    if form.is_valid():
        try:
            data = form.cleaned_data
            workflow.wijzig_status(initiatief, data["naar"], request.user, data["toelichting"])
        except ValidationError as error:
            form.add_error(None, error)
    if form.errors:
        return {"status_form": form}
    messages.success(request, "De status is gewijzigd.")


def _kaders(request, initiatief):
    form = KadersForm(request.POST)
    if not form.is_valid():
        return {"kaders_form": form}
    data = dict(form.cleaned_data)
    versie = casemanagement.leg_kaders_vast(initiatief, request.user, **data)
    messages.success(
        request,
        f"De kaders zijn vastgelegd (versie {versie.versie})."
        if versie
        else "De kaders waren al zo vastgelegd; er is niets gewijzigd.",
    )


def _mijlpaal(request, initiatief):
    form = MijlpaalForm(request.POST)
    if not form.is_valid():
        return {"mijlpaal_form": form}
    casemanagement.voeg_mijlpaal_toe(initiatief, **form.cleaned_data)
    messages.success(request, "De mijlpaal is toegevoegd.")


def _update(request, initiatief):
    form = UpdateForm(request.POST)
    if not form.is_valid():
        return {"update_form": form}
    casemanagement.plaats_update(initiatief, request.user, **form.cleaned_data)
    messages.success(request, "De update is geplaatst.")


def _succesvoorbeeld(request, initiatief):
    form = SuccesvoorbeeldForm(request.POST)
    if form.is_valid():
        try:
            succesvoorbeelden.markeer(initiatief, form.cleaned_data["is_succesvoorbeeld"])
        except ValidationError as error:
            form.add_error(None, error)
    if form.errors:
        return {"succesvoorbeeld_form": form}
    messages.success(request, "Opgeslagen.")


ACTIES = {
    "casemanager": _casemanager,
    "gegevens": _gegevens,
    "status": _status,
    "kaders": _kaders,
    "mijlpaal": _mijlpaal,
    "update": _update,
    "succesvoorbeeld": _succesvoorbeeld,
}


@login_required
@require_POST
def actie(request, pk, naam):
    initiatief = initiatief_of_404(request, pk, PERM)
    if naam not in ACTIES:
        raise Http404
    bound = ACTIES[naam](request, initiatief)
    if bound:
        return _pagina(request, pk, **bound)
    return redirect("initiatieven:beheer", pk=pk)


@login_required
@require_POST
def mijlpaal_gereed(request, pk, mijlpaal_pk):
    initiatief = initiatief_of_404(request, pk, PERM)
    mijlpaal = get_object_or_404(Mijlpaal, pk=mijlpaal_pk, initiatief=initiatief)
    casemanagement.markeer_mijlpaal(mijlpaal, not mijlpaal.gereed)
    messages.success(request, f"Mijlpaal ‘{mijlpaal.titel}’ bijgewerkt.")
    return redirect("initiatieven:beheer", pk=pk)
