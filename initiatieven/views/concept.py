"""The guided form: each step is saved as a draft of the logged-in account."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import services, stappen, succesvoorbeelden, wijzers
from ..forms.concept import (
    BelanghebbendenFormSet,
    BijlageForm,
    IdeeForm,
    IndienenForm,
    SteunForm,
    WaarEnWieForm,
)
from ..models import Bijlage
from ..stappen import EERSTE, LAATSTE, STAPPEN, stap
from .access import initiatief_of_404, vergrendeld_of_404

WIJZIG_CONCEPT = "initiatieven.change_concept"
BEWAARD = "Uw concept is bewaard. U kunt later verder gaan via Mijn initiatieven."


def _render(request, initiatief, nummer, **context):
    context.update(
        initiatief=initiatief,
        stap=stap(nummer),
        stappen=STAPPEN,
        bereikt=initiatief.concept_stap if initiatief else EERSTE,
    )
    if stap(nummer).sleutel == "steun":
        context["wijzers"] = wijzers.knoppen()
    if initiatief and nummer > EERSTE:
        context["succesvoorbeelden"] = succesvoorbeelden.passend_bij(initiatief)
    return render(request, stap(nummer).template, context)


def _volgende(request, nummer) -> int | None:
    """The step the pressed button leads to; None for 'opslaan' (back to my initiatives)."""
    actie = request.POST.get("actie", "verder")
    if actie == "opslaan":
        return None
    return max(nummer - 1, EERSTE) if actie == "vorige" else min(nummer + 1, LAATSTE)


def _na_opslaan(request, initiatief, nummer):
    """Go where the pressed button says; the draft is saved either way."""
    wijzer = wijzers.url_voor_actie(request.POST.get("actie", ""))
    if wijzer:
        messages.success(request, BEWAARD)
        return redirect(wijzer)
    volgende = _volgende(request, nummer)
    if volgende is None:
        messages.success(request, BEWAARD)
        return redirect("initiatieven:mijn")
    services.bereik_stap(initiatief, volgende)
    return redirect("initiatieven:stap", pk=initiatief.pk, nummer=volgende)


def _form_kwargs(request, nummer):
    if stap(nummer).sleutel == "waar_en_wie":
        return {"mag_traject_registreren": request.user.has_perm("initiatieven.register_traject")}
    return {}


@login_required
def nieuw(request):
    if not request.user.has_perm("initiatieven.add_initiatief"):
        raise PermissionDenied
    form = IdeeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        bereikt = _volgende(request, EERSTE) or EERSTE
        initiatief = services.maak_concept(
            indiener=request.user, gemeente=request.gemeente, bereikt=bereikt, **form.velden()
        )
        return _na_opslaan(request, initiatief, EERSTE)  # the step is reached already
    return _render(request, None, EERSTE, form=form)


MODEL_STAPPEN = {"idee": IdeeForm, "waar_en_wie": WaarEnWieForm, "steun": SteunForm}


def _model_stap(request, initiatief, nummer):
    form_class = MODEL_STAPPEN[stap(nummer).sleutel]
    kwargs = _form_kwargs(request, nummer)
    form = form_class(request.POST or None, instance=initiatief, **kwargs)
    if request.method == "POST" and form.is_valid():
        services.bewaar_gegevens(initiatief, **form.velden())
        return _na_opslaan(request, initiatief, nummer)
    return _render(request, initiatief, nummer, form=form)


def _met_extra_rij(formset):
    """The posted rows and one more (a count over the maximum is said at the rows)."""
    data = formset.data.copy()
    data[f"{formset.prefix}-TOTAL_FORMS"] = formset.total_form_count() + 1
    return data


def _belanghebbenden(request, initiatief, nummer):
    formset = BelanghebbendenFormSet(request.POST or None, instance=initiatief)
    if request.method == "POST" and request.POST.get("actie") == "rij_toevoegen":
        data = _met_extra_rij(formset)
        formset = BelanghebbendenFormSet(data, instance=initiatief)
        return _render(request, initiatief, nummer, formset=formset, rij_toegevoegd=True)
    if request.method == "POST" and formset.is_valid():
        formset.save()
        return _na_opslaan(request, initiatief, nummer)
    return _render(request, initiatief, nummer, formset=formset)


def _bijlagen(request, initiatief, nummer):
    form = BijlageForm(request.POST or None, request.FILES or None, initiatief=initiatief)
    posted = request.method == "POST"
    uploaden = posted and (request.POST.get("actie") == "uploaden" or "bestand" in request.FILES)
    if posted and not uploaden:
        return _na_opslaan(request, initiatief, nummer)
    if uploaden and form.is_valid():
        services.voeg_bijlage_toe(initiatief, form.cleaned_data["bestand"], form.content_type)
        messages.success(request, "De bijlage is toegevoegd.")
        return redirect("initiatieven:stap", pk=initiatief.pk, nummer=nummer)
    context = {"form": form, "bijlagen": initiatief.bijlagen.all()}
    return _render(request, initiatief, nummer, max_grootte=settings.UPLOAD_MAX_BYTES, **context)


def _indienen(request, initiatief, nummer):
    if request.method == "POST":  # not "indienen" (concept_stap): save and go where asked
        return _na_opslaan(request, initiatief, nummer)
    return _render_indienen(request, initiatief, IndienenForm())


def _dien_in(request, initiatief):
    form = IndienenForm(request.POST)
    if form.is_valid():
        try:
            services.indienen(
                initiatief,
                door=request.user,
                privacy_akkoord=form.cleaned_data["privacy_akkoord"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("initiatieven:ingediend", pk=initiatief.pk)
    return _render_indienen(request, initiatief, form)


def _render_indienen(request, initiatief, form):
    context = {
        "form": form,
        "ontbrekend": services.ontbrekend(initiatief),
        "belanghebbenden": initiatief.belanghebbenden.all(),
        "bijlagen": initiatief.bijlagen.all(),
    }
    return _render(request, initiatief, stappen.nummer("indienen"), **context)


# What each step does with a request, by the step's key (stappen.py declares their order).
HANDLERS = {sleutel: _model_stap for sleutel in MODEL_STAPPEN}
HANDLERS.update(belanghebbenden=_belanghebbenden, bijlagen=_bijlagen, indienen=_indienen)


@login_required
def concept_stap(request, pk, nummer):
    if request.method != "POST":
        return _stap(request, initiatief_of_404(request, pk, WIJZIG_CONCEPT), nummer)
    # Every post reads the draft locked and checks on that row that it is still a concept: a
    # submission at the same moment waits for the step to be saved, or the step finds the
    # initiative submitted (a 404) instead of writing the draft back over it.
    with transaction.atomic():
        initiatief = vergrendeld_of_404(request, pk, WIJZIG_CONCEPT)
        if nummer == stappen.nummer("indienen") and request.POST.get("actie") == "indienen":
            return _dien_in(request, initiatief)
        return _stap(request, initiatief, nummer)


def _stap(request, initiatief, nummer):
    if not EERSTE <= nummer <= LAATSTE:
        return redirect("initiatieven:stap", pk=initiatief.pk, nummer=initiatief.concept_stap)
    return HANDLERS[stap(nummer).sleutel](request, initiatief, nummer)


@login_required
def verder(request, pk):
    """Continue where the initiator left off."""
    initiatief = initiatief_of_404(request, pk, WIJZIG_CONCEPT)
    return redirect("initiatieven:stap", pk=pk, nummer=initiatief.concept_stap)


@login_required
@require_POST
@transaction.atomic  # locked as a step is: an attachment stays with a submission
def bijlage_verwijderen(request, pk, bijlage_pk):
    initiatief = vergrendeld_of_404(request, pk, WIJZIG_CONCEPT)
    services.verwijder_bijlage(get_object_or_404(Bijlage, pk=bijlage_pk, initiatief=initiatief))
    messages.success(request, "De bijlage is verwijderd.")
    return redirect("initiatieven:stap", pk=pk, nummer=stappen.nummer("bijlagen"))


@login_required
def ingediend(request, pk):
    initiatief = initiatief_of_404(request, pk, "initiatieven.view_ingediend")
    if initiatief.is_concept:
        return redirect("initiatieven:verder", pk=pk)
    context = {
        "initiatief": initiatief,
        "volgende_stap": initiatief.volgende_stap(),
        "succesvoorbeelden": succesvoorbeelden.passend_bij(initiatief),
    }
    return render(request, "initiatieven/ingediend.html", context)
