from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import conditional_page

from participatiepunt.portal import ics
from participatiepunt.portal.paginacache import publiek_gecachet

from .. import kalender
from ..forms.filters import JaarkalenderFilterForm

PER_PAGINA = 100


def _filters(request):
    form = JaarkalenderFilterForm(request.GET or None, gemeente=request.gemeente)
    data = form.cleaned_data if form.is_valid() else {}
    jaar = data.get("jaar") or timezone.localdate().year
    return form, data.get("wijk"), jaar, data.get("maand")


def _maanden(gekozen, aantallen):
    return [
        {"nummer": nummer, "naam": naam, "aantal": aantallen.get(nummer, 0),
         "gekozen": nummer == gekozen}
        for nummer, naam in enumerate(kalender.MAANDEN, start=1)
    ]  # fmt: skip


@publiek_gecachet
def jaarkalender(request):
    form, wijk, jaar, maand = _filters(request)
    aantallen = kalender.aantallen_per_maand(request.gemeente, jaar, wijk)
    maand = kalender.gekozen_maand(jaar, maand, aantallen)
    pagina = Paginator(kalender.in_maand(request.gemeente, jaar, maand, wijk), PER_PAGINA)
    context = {
        "form": form,
        "wijk": wijk,
        "jaar": jaar,
        "maand_naam": kalender.MAANDEN[maand - 1],
        "maanden": _maanden(maand, aantallen),
        "pagina": pagina.get_page(request.GET.get("pagina")),
        "querystring": urlencode(_zonder_pagina(wijk, jaar, maand)),
        "vorig_jaar": jaar - 1,
        "volgend_jaar": jaar + 1,
    }
    return render(request, "initiatieven/jaarkalender.html", context)


def _zonder_pagina(wijk, jaar, maand):
    return {"jaar": jaar, "maand": maand, **({"wijk": wijk.slug} if wijk else {})}


@conditional_page
@publiek_gecachet
def jaarkalender_ics(request):
    _form, wijk, _jaar, _maand = _filters(request)
    response = HttpResponse(
        kalender.ical(request.gemeente, wijk), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="jaarkalender-participatiepunt.ics"'
    return ics.voor_pollers(response)
