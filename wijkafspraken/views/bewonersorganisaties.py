"""Who speaks for a wijk: the gebiedsteam of its wijken (or a beheerder) names the
bewonersorganisaties and bewonerscollectieven and adds their leden."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render

from participatiepunt.accounts.models import Bewonersorganisatie
from participatiepunt.accounts.toegang import object_of_404
from participatiepunt.portal.eenmalig import eenmalig

from ..forms import BewonersorganisatieForm
from ..forms.bewonersorganisaties import wijken_van


def _zichtbaar(request):
    """The organisations of this gemeente; a gebiedsteam member sees those of its gebieden."""
    organisaties = Bewonersorganisatie.objects.filter(gemeente=request.gemeente)
    if not request.user.has_perm("wijkafspraken.change_bewonersorganisatie"):
        organisaties = organisaties.filter(wijken__gebied__teamleden=request.user).distinct()
    return organisaties.prefetch_related("wijken", "leden")


@login_required
def overzicht(request):
    if not request.user.has_perm("wijkafspraken.view_bewonersorganisaties"):
        raise PermissionDenied
    context = {"organisaties": list(_zichtbaar(request))}
    return render(request, "wijkafspraken/bewonersorganisaties.html", context)


@login_required
@eenmalig
def nieuw(request):
    if not request.user.has_perm("wijkafspraken.view_bewonersorganisaties"):
        raise PermissionDenied
    return _formulier(request, Bewonersorganisatie())


@login_required
@eenmalig
def bewerken(request, organisatie):
    organisaties = Bewonersorganisatie.objects.filter(gemeente=request.gemeente)
    instance = object_of_404(
        request,
        organisaties.prefetch_related("wijken"),
        "wijkafspraken.change_bewonersorganisatie",
        pk=organisatie,
    )
    return _formulier(request, instance)


def _formulier(request, organisatie):
    form = BewonersorganisatieForm(
        request.POST or None,
        instance=organisatie,
        wijken=wijken_van(request.user, request.gemeente),
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            organisatie = form.save()
        messages.success(request, f"{organisatie} is opgeslagen.")
        return redirect("wijkafspraken:bewonersorganisaties")
    context = {"form": form, "organisatie": organisatie}
    return render(request, "wijkafspraken/bewonersorganisatie_form.html", context)
