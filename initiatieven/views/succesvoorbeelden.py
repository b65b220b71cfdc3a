"""The public succesvoorbeelden library: filters, how each did it, and a message to the
initiators through the portal when they agree to it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from participatiepunt.portal import throttle
from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.paginacache import publiek_gecachet

from .. import succesvoorbeelden
from ..forms.succesvoorbeelden import BibliotheekFilterForm, ContactForm, ContactToestemmingForm
from ..models import Initiatief
from .access import initiatief_of_404

PER_PAGINA = 12
# Messages per resident: a few an hour is plenty for real questions, too few for spam.
CONTACT_PER_UUR = 5


def _gefilterd(request, form):
    qs = (
        succesvoorbeelden.alle(request.gemeente)
        .select_related("wijk", "gemeente")
        .prefetch_related("gevraagde_steun")
    )
    qs = qs.order_by("-gewijzigd_op", "-pk")
    if not form.is_valid():
        return qs
    data = form.cleaned_data
    if data["wijk"]:
        qs = qs.filter(wijk=data["wijk"])
    for veld in ("thema", "rechtsvorm"):
        if data[veld]:
            qs = qs.filter(**{veld: data[veld]})
    if data["steun"]:
        qs = succesvoorbeelden.met_steun(qs, data["steun"])
    return qs


@require_safe
@publiek_gecachet
def bibliotheek(request):
    form = BibliotheekFilterForm(request.GET or None, gemeente=request.gemeente)
    pagina = Paginator(_gefilterd(request, form), PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "pagina": pagina, "querystring": querystring.urlencode()}
    return render(request, "initiatieven/succesvoorbeelden/lijst.html", context)


def _voorbeeld_of_404(request, pk, perm="initiatieven.view_succesvoorbeeld"):
    """From the library of the request's gemeente, which holds what sister gemeenten share: so
    not through object_of_404, whose scoping to the one gemeente would hide those."""
    qs = succesvoorbeelden.alle(request.gemeente).select_related("wijk", "gemeente")
    gevonden = get_object_or_404(qs.prefetch_related("gevraagde_steun"), pk=pk)
    if not request.user.has_perm(perm, gevonden):
        raise Http404("Geen succesvoorbeeld gevonden.")
    return gevonden


@require_safe
@publiek_gecachet
def voorbeeld(request, pk):
    gevonden = _voorbeeld_of_404(request, pk)
    context = {
        "voorbeeld": gevonden,
        "mag_contact": request.user.has_perm("initiatieven.contact_succesvoorbeeld", gevonden),
    }
    return render(request, "initiatieven/succesvoorbeelden/voorbeeld.html", context)


def _te_vaak(request) -> bool:
    return throttle.over_limit(
        request, name="succesvoorbeeld-contact", limit=CONTACT_PER_UUR, window=3600
    )


@login_required
@eenmalig
def contact(request, pk):
    gevonden = _voorbeeld_of_404(request, pk, "initiatieven.contact_succesvoorbeeld")
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _te_vaak(request):
            form.add_error(
                None,
                "U hebt het afgelopen uur al vaak een bericht gestuurd. "
                "Probeer het later nog eens; uw tekst staat er nog.",
            )
        else:
            return _verstuur(request, gevonden, form)
    return render(
        request,
        "initiatieven/succesvoorbeelden/contact.html",
        {"voorbeeld": gevonden, "form": form},
    )


def _verstuur(request, gevonden, form):
    try:
        succesvoorbeelden.stuur_contactverzoek(
            gevonden, afzender=request.user, bericht=form.cleaned_data["bericht"]
        )
    except ValidationError as error:
        form.add_error(None, error)
        context = {"voorbeeld": gevonden, "form": form}
        return render(request, "initiatieven/succesvoorbeelden/contact.html", context)
    messages.success(
        request,
        "Uw bericht is verstuurd. De initiatiefnemers antwoorden u per e-mail als zij dat willen.",
    )
    return redirect("succesvoorbeelden:voorbeeld", pk=gevonden.pk)


@login_required
@require_POST
@transaction.atomic
def contact_toestemming(request, pk):
    initiatief = initiatief_of_404(
        request,
        pk,
        "initiatieven.change_contacttoestemming",
        Initiatief.objects.select_for_update(),
    )
    form = ContactToestemmingForm(request.POST)
    form.is_valid()  # one optional tick box: always valid
    toegestaan = form.cleaned_data["toegestaan"]
    succesvoorbeelden.zet_contact_toestemming(initiatief, toegestaan=toegestaan)
    messages.success(
        request,
        "Andere inwoners kunnen u nu een bericht sturen."
        if toegestaan
        else "U krijgt geen berichten meer via het succesvoorbeeld.",
    )
    return redirect(initiatief)
