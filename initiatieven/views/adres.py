"""Follow your address: look it up (PDOK Locatieserver), follow the wijk and the trajecten
around it. When the lookup fails the resident chooses the wijk; nothing typed is lost."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_http_methods, require_POST

from participatiepunt.gebieden import kaart
from participatiepunt.gebieden.locatieserver import zoek_adres
from participatiepunt.meldingen import volgen
from participatiepunt.portal.eenmalig import eenmalig

from .. import adresvolgen
from .. import kaart as initiatieven_kaart
from ..caches import ADRESSEN, CSRF_PLEK, met_csrf
from ..forms.adres import AdresForm
from ..locaties import trajecten_rond
from ..models import AdresVolg


def _gevolgd(request):
    """The resident's followed addresses, each with the trajecten within its radius."""
    eigen = list(
        AdresVolg.objects.filter(gebruiker=request.user, gemeente=request.gemeente)
        .select_related("wijk")
        .order_by("aangemaakt_op", "pk")[: adresvolgen.MAX_ADRESSEN]
    )
    for adresvolg in eigen:
        adresvolg.trajecten = trajecten_rond(
            adresvolg.punt,
            adresvolg.straal_m,
            gemeente=request.gemeente,
            hoogstens=adresvolgen.TONEN + 1,  # one more says there are more
        )
        adresvolg.meer = len(adresvolg.trajecten) > adresvolgen.TONEN
        adresvolg.trajecten = adresvolg.trajecten[: adresvolgen.TONEN]
    return eigen


def _gevolgd_html(request) -> tuple[str, int]:
    """The followed addresses with their trajecten and map, kept rendered per resident and
    gemeente until their addresses, a public initiative or a wijk changes (caches.py):
    (HTML, number of addresses)."""

    def maak():
        eigen = _gevolgd(request)
        trajecten = {i.pk: i for a in eigen for i in a.trajecten}.values()
        op_kaart = initiatieven_kaart.van(trajecten)
        context = {
            "gevolgd": eigen,
            "op_kaart": op_kaart,
            "kaart": kaart.gegevens(op_kaart, cirkels=eigen),
            "tonen": adresvolgen.TONEN,
            "csrf_token": CSRF_PLEK,
        }
        return render_to_string("initiatieven/_adres_gevolgd.html", context), len(eigen)

    sleutel = f"adres:{request.user.pk}:{request.gemeente.pk}"
    html, aantal = ADRESSEN.bewaard(sleutel, maak, deel=request.user.pk)
    return met_csrf(html, request), aantal


def _pagina(request, form, status=200):
    gevolgd_html, aantal = _gevolgd_html(request)
    context = {
        "form": form,
        "gevolgd_html": gevolgd_html,
        "aantal": aantal,
        "vol": aantal >= adresvolgen.MAX_ADRESSEN,
    }
    return render(request, "initiatieven/adres.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def adres(request):
    form = AdresForm(request.POST or None, gemeente=request.gemeente)
    if request.method != "POST":
        return _pagina(request, form)
    if not form.is_valid():
        return _pagina(request, form, status=400)
    if AdresVolg.objects.filter(gebruiker=request.user).count() >= adresvolgen.MAX_ADRESSEN:
        form.add_error(None, "U volgt al vijf adressen. Stop eerst met een ervan.")
        return _pagina(request, form, status=400)
    return _volg(request, form)


def _volg(request, form):
    data = form.cleaned_data
    resultaat = zoek_adres(data["postcode"], data["huisnummer"]) if form.heeft_adres else None
    if resultaat is None and form.heeft_adres and not data["wijk"]:
        form.adres_niet_gevonden()
        return _pagina(request, form, status=400)
    if resultaat is None:
        volgen.volg(request.user, data["wijk"])
        messages.success(request, f"U volgt nu {data['wijk'].naam}.")
        return redirect("initiatieven:adres")
    wijk = data["wijk"] or adresvolgen.wijk_bij(resultaat, request.gemeente)
    adresvolgen.volg_adres(
        gebruiker=request.user,
        gemeente=request.gemeente,
        punt=resultaat.punt,
        straal_m=data["straal"],
        wijk=wijk,
        adres=resultaat.weergavenaam if data["adres_tonen"] else "",
    )
    messages.success(
        request,
        f"U volgt nu wat er binnen {data['straal']} meter van uw adres gebeurt"
        + (f", en {wijk.naam}." if wijk else "."),
    )
    return redirect("initiatieven:adres")


@login_required
@require_POST
def adres_stoppen(request, pk):
    adresvolg = get_object_or_404(AdresVolg, pk=pk, gebruiker=request.user)
    adresvolgen.stop(adresvolg=adresvolg)
    messages.success(
        request,
        "U volgt dit adres niet meer. Trajecten en de wijk die u erdoor volgde, volgt u nog; "
        "die kunt u elk op hun eigen pagina ontvolgen.",
    )
    return redirect("initiatieven:adres")
