"""The conversation of an initiative: its initiator and the participatiepunt write; the
gebiedsteam of the wijk reads along when the initiator allows it. Reading the page changes
nothing (a GET never does): 'gelezen' is a button, and writing a message marks it too."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from participatiepunt.accounts.toegang import in_gemeente, vast_object_of_404
from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.vastequery import VasteQuery

from .. import gesprek
from ..caches import PER_INITIATIEF
from ..forms.gesprek import BerichtForm, DelenForm
from ..models import Bericht, Initiatief
from .access import initiatief_of_404

PERM = "initiatieven.view_gesprek"
# Placeholders in the kept messages (templates/initiatieven/_bericht.html); a message's own text
# is escaped, so it can hold none of them.
AFZENDER_BEGIN, AFZENDER_EIND = "<!--afzender-->", "<!--/afzender-->"
NIEUW_PLEK = "<!--nieuw-->"
NIEUW = ' <span class="badge text-bg-primary">nieuw</span>'


def _initiatief(request, pk, queryset=None):
    queryset = Initiatief.objects.all() if queryset is None else queryset
    queryset = queryset.select_related("wijk", "indiener", "casemanager")
    return initiatief_of_404(request, pk, PERM, queryset)


def _met_gelezen(pk, lezer, gemeente):
    """_initiatief's queryset with how far the reader has read (gesprek.met_gelezen_tot)."""
    lezen = gesprek.met_gelezen_tot(Initiatief.objects.all(), lezer)
    queryset = lezen.select_related("wijk", "indiener", "casemanager")
    return in_gemeente(queryset, gemeente).filter(pk=pk).order_by()


# Its SQL (three joined tables and a subquery, ~150 columns) took longer to build than to run.
MET_GELEZEN = VasteQuery(_met_gelezen, "pk", "lezer", "gemeente")


def _initiatief_met_gelezen(request, pk):
    return vast_object_of_404(request, MET_GELEZEN, PERM, Initiatief, pk=pk, lezer=request.user.pk)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@eenmalig
def gesprek_pagina(request, pk):
    initiatief = _initiatief_met_gelezen(request, pk)
    mag_schrijven = request.user.has_perm("initiatieven.add_bericht", initiatief)
    if request.method != "POST":
        return _pagina(
            request, initiatief, BerichtForm(initiatief=initiatief) if mag_schrijven else None
        )
    if not mag_schrijven:
        raise PermissionDenied
    form = BerichtForm(request.POST, request.FILES, initiatief=initiatief)
    if not form.is_valid():
        return _pagina(request, initiatief, form, status=400)
    gesprek.stuur_bericht(
        initiatief=initiatief,
        afzender=request.user,
        tekst=form.cleaned_data["tekst"],
        bijlage=form.cleaned_data["bijlage"],
        content_type=form.content_type,
    )
    messages.success(request, "Uw bericht is verstuurd.")
    return redirect(f"{gesprek.url(initiatief)}#nieuw-bericht-kop")


def _pagina(request, initiatief, form, status=200):
    tot = initiatief.gelezen_tot  # gesprek.met_gelezen_tot
    ziet_initiatiefnemer = request.user.has_perm("initiatieven.view_initiatiefnemer", initiatief)
    berichten = _bewaarde_berichten(initiatief, ziet_initiatiefnemer)
    voor_lezer = [_voor_lezer(bericht, request.user.pk, tot) for bericht in berichten]
    context = {
        "initiatief": initiatief,
        "berichten": berichten,
        "berichten_html": mark_safe("".join(html for html, _ in voor_lezer)),  # noqa: S308 (our template's HTML)
        "ongelezen": sum(is_nieuw for _, is_nieuw in voor_lezer),
        "ziet_initiatiefnemer": ziet_initiatiefnemer,
        "form": form,
        "is_indiener": initiatief.indiener_id == request.user.pk,
        "delen_form": DelenForm(
            initial={"delen": "ja" if initiatief.gesprek_delen_met_gebiedsteam else "nee"}
        ),
    }
    return render(request, "initiatieven/gesprek.html", context, status=status)


def _bewaarde_berichten(initiatief, ziet_initiatiefnemer):
    """The messages rendered, kept per initiative (and whether the reader sees the initiator's
    name) under the initiative's version, which every new message renews: rendering
    them was most of the page. Each is (afzender_id, geplaatst_op, html); the reader's own bits
    are placeholders in the html, filled in by _voor_lezer."""

    def maak():
        template = get_template("initiatieven/_bericht.html")
        return [
            (
                bericht.afzender_id,
                bericht.geplaatst_op,
                template.render(
                    {
                        "bericht": bericht,
                        "initiatief": initiatief,
                        "ziet_initiatiefnemer": ziet_initiatiefnemer,
                    }
                ),
            )
            for bericht in initiatief.berichten.select_related("afzender")
        ]

    naam = f"gesprek:{initiatief.pk}:{ziet_initiatiefnemer}"
    return PER_INITIATIEF.bewaard(naam, maak, deel=initiatief.pk)


def _voor_lezer(bericht, lezer_pk, tot):
    """(html, is_nieuw) of one kept message for this reader: 'U' for their own, and the badge
    for what came after what they read (never their own)."""
    afzender_id, geplaatst_op, html = bericht
    is_eigen = afzender_id == lezer_pk
    is_nieuw = not is_eigen and (tot is None or geplaatst_op > tot)
    voor, _, rest = html.partition(AFZENDER_BEGIN)
    naam, _, na = rest.partition(AFZENDER_EIND)
    html = voor + ("U" if is_eigen else naam) + na
    return html.replace(NIEUW_PLEK, NIEUW if is_nieuw else "", 1), is_nieuw


@login_required
@require_POST
def gelezen(request, pk):
    initiatief = _initiatief(request, pk)
    gesprek.markeer_gelezen(initiatief=initiatief, lezer=request.user)
    return redirect(gesprek.url(initiatief))


@login_required
@require_POST
def delen(request, pk):
    initiatief = _initiatief(request, pk)
    if not request.user.has_perm("initiatieven.share_gesprek", initiatief):
        raise PermissionDenied
    form = DelenForm(request.POST)
    if form.is_valid():
        gesprek.deel_met_gebiedsteam(initiatief=initiatief, delen=form.cleaned_data["delen"])
        messages.success(
            request,
            "Het gebiedsteam van uw wijk mag het gesprek nu lezen."
            if form.cleaned_data["delen"]
            else "Alleen het participatiepunt leest het gesprek.",
        )
    else:
        messages.error(request, "Kies of het gebiedsteam het gesprek mag lezen.")
    return redirect(gesprek.url(initiatief))


@login_required
def bijlage(request, pk, bericht_pk):
    """Never from a public URL: only here, to whoever may read the conversation."""
    initiatief = _initiatief(request, pk)
    bericht = get_object_or_404(Bericht, pk=bericht_pk, initiatief=initiatief)
    if not bericht.bijlage:
        raise Http404
    response = FileResponse(
        bericht.bijlage.open("rb"),
        as_attachment=True,
        filename=bericht.bijlage_naam,
        content_type=bericht.bijlage_content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response
