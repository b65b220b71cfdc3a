from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render

from .. import voorkeuren as service
from ..forms import VoorkeurenForm
from ..models import Volg


@login_required
def voorkeuren(request):
    form = VoorkeurenForm(request.POST or None, keuzes=service.alle(request.user))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            service.bewaar(request.user, form.gekozen())
        messages.success(request, "Uw instellingen voor meldingen zijn opgeslagen.")
        return redirect("meldingen:voorkeuren")
    gevolgd = Volg.objects.filter(gebruiker=request.user).prefetch_related("onderwerp")
    context = {"form": form, "gevolgd": [v.onderwerp for v in gevolgd if v.onderwerp]}
    return render(request, "meldingen/voorkeuren.html", context)
