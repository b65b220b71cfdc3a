from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .. import centrum

PER_PAGINA = 25


@login_required
def lijst(request):
    pagina = Paginator(centrum.van(request.user), PER_PAGINA).get_page(request.GET.get("pagina"))
    return render(request, "meldingen/lijst.html", {"pagina": pagina})


@login_required
@require_POST
def open_melding(request, pk):
    """Mark it read and go to what it is about."""
    melding = get_object_or_404(centrum.van(request.user), pk=pk)
    centrum.markeer_gelezen(request.user, melding.pk)
    return redirect(melding.gebeurtenis.url)


@login_required
@require_POST
def gelezen(request, pk):
    melding = get_object_or_404(centrum.van(request.user), pk=pk)
    centrum.markeer_gelezen(request.user, melding.pk)
    messages.success(request, "De melding is als gelezen gemarkeerd.")
    return redirect("meldingen:lijst")


@login_required
@require_POST
def alles_gelezen(request):
    aantal = centrum.markeer_gelezen(request.user)
    messages.success(request, f"{aantal} melding(en) als gelezen gemarkeerd.")
    return redirect("meldingen:lijst")
