from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect, render

from .. import workflow
from ..choices import Status
from ..models import Initiatief, Update
from .access import initiatief_of_404


@login_required
def mijn(request):
    initiatieven = (
        Initiatief.objects.filter(indiener=request.user)
        .select_related("wijk")
        .prefetch_related(
            "mijlpalen",
            "kaders_versies",
            Prefetch("updates", Update.objects.filter(openbaar=True), to_attr="openbare_updates"),
        )
    )
    concepten = [i for i in initiatieven if i.is_concept]
    ingediend = [i for i in initiatieven if not i.is_concept]
    context = {"concepten": concepten, "ingediend": ingediend}
    return render(request, "initiatieven/mijn.html", context)


@login_required
def intrekken(request, pk):
    initiatief = initiatief_of_404(request, pk, "initiatieven.withdraw_initiatief")
    if request.method == "POST":
        try:
            workflow.wijzig_status(
                initiatief, Status.INGETROKKEN, request.user, request.POST.get("toelichting", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Uw initiatief is ingetrokken.")
        return redirect("initiatieven:mijn")
    return render(request, "initiatieven/intrekken.html", {"initiatief": initiatief})
