from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import centrum


@login_required
def lijst(request):
    """The list is one form: each button posts back here which notification to open or mark
    read (so a page has one CSRF token and no URL per notification)."""
    if request.method == "POST":
        for actie, uitvoeren in ACTIES.items():
            if actie in request.POST:
                return uitvoeren(request, _eigen_melding(request, request.POST[actie]))
    pagina = centrum.pagina(
        request.user, request.GET.get("ouder", ""), request.GET.get("nieuwer", "")
    )
    return render(request, "meldingen/lijst.html", {"pagina": pagina})


def _eigen_melding(request, pk):
    if not pk.isdigit() or len(pk) > 18:
        raise Http404("Geen melding gevonden.")
    return get_object_or_404(centrum.van(request.user).select_related("gebeurtenis"), pk=pk)


def _openen(request, melding):
    """Mark it read and go to what it is about."""
    centrum.markeer_gelezen(request.user, melding.pk)
    return redirect(melding.gebeurtenis.url)


def _gelezen(request, melding):
    centrum.markeer_gelezen(request.user, melding.pk)
    messages.success(request, "De melding is als gelezen gemarkeerd.")
    return redirect(request.get_full_path())


ACTIES = {"openen": _openen, "gelezen": _gelezen}


@login_required
@require_POST
def alles_gelezen(request):
    aantal = centrum.markeer_gelezen(request.user)
    messages.success(request, f"{aantal} melding(en) als gelezen gemarkeerd.")
    return redirect("meldingen:lijst")
