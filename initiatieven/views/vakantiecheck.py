"""The vakantiecheck (/vakantiecheck/): public. The question is posted (so an address or what
someone follows never lands in a URL or a log) and answered by a redirect to the selection it
comes to, in the query string; that page and its iCal feed read only the selection."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import conditional_page, require_http_methods, require_safe

from participatiepunt.gebieden.locatieserver import zoek_adres
from participatiepunt.portal import ics

from .. import adresvolgen, kalender, vakantiecheck
from ..caches import VAKANTIECHECK
from ..forms.vakantiecheck import SelectieForm, VakantiecheckForm
from ..locaties import trajecten_rond

TEMPLATE = "initiatieven/vakantiecheck.html"


def _vraagformulier(request, data=None, initial=None):
    ingelogd = request.user.is_authenticated
    return VakantiecheckForm(data, initial=initial, gemeente=request.gemeente, ingelogd=ingelogd)


def _rond_adres(request, form) -> vakantiecheck.Selectie | None:
    """The wijk of the address and the trajecten within the radius; the wijk chosen by hand
    when the Locatieserver fails or finds nothing there. The address is used, never kept."""
    data = form.cleaned_data
    resultaat = zoek_adres(data["postcode"], data["huisnummer"])
    wijken, trajecten = (), ()
    if resultaat is not None:
        rond = trajecten_rond(resultaat.punt, data["straal"], gemeente=request.gemeente)
        trajecten = tuple(initiatief.pk for initiatief in rond[: vakantiecheck.MAX_TRAJECTEN])
        wijk = adresvolgen.wijk_bij(resultaat, request.gemeente)
        wijken = (wijk.slug,) if wijk else ()
    if not (wijken or trajecten) and data["wijk"]:
        wijken = (data["wijk"].slug,)
    if not (wijken or trajecten):
        form.adres_niet_gevonden()
        return None
    return vakantiecheck.Selectie(data["van"], data["tot"], wijken, trajecten)


def _selectie_uit_vraag(request, form) -> vakantiecheck.Selectie | None:
    data = form.cleaned_data
    if data["waar"] == VakantiecheckForm.WIJK:
        return vakantiecheck.Selectie(data["van"], data["tot"], wijken=(data["wijk"].slug,))
    if data["waar"] == VakantiecheckForm.ADRES:
        return _rond_adres(request, form)
    wijken, trajecten = vakantiecheck.gevolgd(request.user)
    if not (wijken or trajecten):
        form.add_error("waar", "U volgt nog geen trajecten of wijken: kies een wijk of dorp.")
        return None
    return vakantiecheck.Selectie(data["van"], data["tot"], wijken, trajecten)


def _vraag(request):
    form = _vraagformulier(request, request.POST)
    selectie = _selectie_uit_vraag(request, form) if form.is_valid() else None
    if selectie is None:
        return render(request, TEMPLATE, {"form": form}, status=400)
    return redirect(f"{reverse('vakantiecheck:vakantiecheck')}?{selectie.querystring()}")


def _antwoord_html(selectie, gemeente) -> str:
    """The answer to a selection, the same for anyone who opens its URL (nothing of the visitor
    in it): kept rendered per gemeente and selection until a public initiative, a mijlpaal or a
    wijk changes (caches.VAKANTIECHECK). A selection of a wijk lists more the larger the city;
    a kept one costs the same."""

    def maak():
        context = {
            "selectie": selectie,
            "mijlpalen": vakantiecheck.mijlpalen(selectie, gemeente),
            "querystring": selectie.querystring(),
        }
        return render_to_string("initiatieven/_vakantiecheck_antwoord.html", context)

    html = VAKANTIECHECK.bewaard(f"vakantiecheck:{gemeente.pk}?{selectie.querystring()}", maak)
    return mark_safe(html)  # noqa: S308 (our template's HTML)


def _antwoord(request, selectie_form):
    selectie = selectie_form.selectie()
    initial = {"van": selectie.van, "tot": selectie.tot}
    context = {
        "form": _vraagformulier(request, initial=initial),
        "antwoord": _antwoord_html(selectie, request.gemeente),
    }
    return render(request, TEMPLATE, context)


@require_http_methods(["GET", "HEAD", "POST"])
def vakantiecheck_pagina(request):
    if request.method == "POST":
        return _vraag(request)
    if "van" not in request.GET:
        return render(request, TEMPLATE, {"form": _vraagformulier(request)})
    selectie_form = SelectieForm(request.GET)
    if not selectie_form.is_valid():
        context = {"form": _vraagformulier(request, request.GET), "selectie_fout": True}
        return render(request, TEMPLATE, context, status=400)
    return _antwoord(request, selectie_form)


@require_safe
@conditional_page
def vakantiecheck_ics(request):
    """Exactly the selection of the page as a calendar feed: the same events (same UID) as the
    jaarkalender feed."""
    selectie_form = SelectieForm(request.GET)
    if not selectie_form.is_valid():
        return HttpResponse(
            "Deze agenda-link is onvolledig.", status=400, content_type="text/plain"
        )
    selectie = selectie_form.selectie()
    mijlpalen = vakantiecheck.mijlpalen_voor_feed(selectie, request.gemeente)
    naam = f"Vakantiecheck participatiepunt {selectie.van:%d-%m-%Y} t/m {selectie.tot:%d-%m-%Y}"
    response = HttpResponse(
        kalender.feed(naam, mijlpalen), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="vakantiecheck-participatiepunt.ics"'
    return ics.voor_pollers(response)
