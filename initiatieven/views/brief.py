"""The bewonersbrief: one printable A4 letter per traject, which staff print and deliver in the
wijk (what is planned, what lies fixed, what comes next and what you can do, how to reach the
participatiepunt, a QR code to the page)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from participatiepunt.portal.qr import qr_svg

from .. import casemanagement
from ..models import Initiatief
from .access import initiatief_of_404

MAX_MIJLPALEN = 4


@login_required
@require_safe
def bewonersbrief(request, pk):
    queryset = Initiatief.objects.select_related("wijk", "casemanager")
    initiatief = initiatief_of_404(
        request, pk, "initiatieven.manage_initiatief", queryset.prefetch_related("mijlpalen")
    )
    open_mijlpalen = [m for m in initiatief.mijlpalen.all() if not m.gereed]
    pagina_url = request.build_absolute_uri(initiatief.get_absolute_url())
    context = {
        "initiatief": initiatief,
        "kaders": casemanagement.huidige_kaders(initiatief),
        "mijlpalen": open_mijlpalen[:MAX_MIJLPALEN],
        "volgende_stap": initiatief.volgende_stap(),
        "vandaag": timezone.localdate(),
        "pagina_url": pagina_url,
        "qr": qr_svg(pagina_url),
    }
    return render(request, "initiatieven/bewonersbrief.html", context)
