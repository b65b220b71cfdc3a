from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from participatiepunt.portal.paginacache import publiek_gecachet

from .. import kalender
from ..forms.filters import JaarkalenderFilterForm


def _filters(request):
    form = JaarkalenderFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    return form, data.get("wijk"), data.get("jaar") or timezone.localdate().year


@publiek_gecachet
def jaarkalender(request):
    form, wijk, jaar = _filters(request)
    context = {
        "form": form,
        "wijk": wijk,
        "jaar": jaar,
        "maanden": kalender.per_maand(jaar, wijk),
        "vorig_jaar": jaar - 1,
        "volgend_jaar": jaar + 1,
    }
    return render(request, "initiatieven/jaarkalender.html", context)


@publiek_gecachet
def jaarkalender_ics(request):
    _form, wijk, _jaar = _filters(request)
    response = HttpResponse(kalender.ical(wijk), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="jaarkalender-participatiepunt.ics"'
    return response
