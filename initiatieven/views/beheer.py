"""The management page of one submitted initiatief. Each form posts to its own action; an
invalid form is shown again on the page with everything that was typed. The forms used now and
then (the kaders, correcting the submitted details) have a page of their own, linked from the
management page: eleven fields fewer to render on every visit."""

import re
from functools import cache

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from participatiepunt.accounts.toegang import in_gemeente, vast_object_of_404
from participatiepunt.gebieden import geometrie, kaart
from participatiepunt.portal.eenmalig import VELD, eenmalig, nieuw_token
from participatiepunt.portal.vastequery import VasteQuery

from .. import casemanagement, kadersoverleg, succesvoorbeelden, workflow
from ..caches import CSRF_PLEK, PER_INITIATIEF, met_csrf
from ..forms.beheer import (
    CasemanagerForm,
    GegevensForm,
    KadersForm,
    LocatieForm,
    MijlpaalForm,
    MijlpaalVerplaatsForm,
    RaadForm,
    StatusForm,
    SuccesvoorbeeldForm,
    TerugkoppelingForm,
    UpdateForm,
)
from ..models import Initiatief, KadersVersie, Mijlpaal
from ..rules import kaders_wacht_op
from .access import initiatief_of_404

PERM = "initiatieven.manage_initiatief"
EENMALIG = re.compile(f'name="{VELD}" value="[0-9a-f]{{32}}"')
GEREED = {"ja": True, "nee": False}


def kaders_initial(huidig):
    if huidig is None:
        return {}
    return {veld: getattr(huidig, veld) for veld in casemanagement.KADER_VELDEN}


def _forms(initiatief):
    return {
        "casemanager_form": CasemanagerForm(
            initial={"casemanager": initiatief.casemanager_id}, gemeente_id=initiatief.gemeente_id
        ),
        "status_form": StatusForm(overgangen=workflow.toegestane_overgangen(initiatief)),
        "mijlpaal_form": MijlpaalForm(),
        "raad_form": RaadForm(),
        "update_form": UpdateForm(),
        "succesvoorbeeld_form": SuccesvoorbeeldForm.voor(initiatief),
    }


def _pagina(request, pk, **bound):
    """A kept visit (_bewaarde_inhoud) loads the initiative's own row only; the kaders versions
    with their reacties, the people and the wijk are loaded when the body is made. An invalid
    form is shown again on a body rendered for this request, with the versions loaded once, for
    the page and for the respond_kaders rule its button asks."""
    if bound:
        return _pagina_met_fouten(request, pk, bound)
    initiatief = vast_object_of_404(request, EIGEN_RIJ, PERM, Initiatief, pk=pk)
    volledig = cache(lambda: _met_alles().get(pk=initiatief.pk))  # when something is made
    # The kaders state and the body (either of the two respond_kaders decides) in one read.
    namen = [_kaders_naam(pk), _inhoud_naam(pk, True), _inhoud_naam(pk, False)]
    gelezen = PER_INITIATIEF.lees(namen, deel=initiatief.pk)
    initiatief.kaders_wacht_op = _kaders_wacht_op(gelezen, initiatief, volledig)
    context = _context(request, initiatief)
    context["inhoud"] = _bewaarde_inhoud(gelezen, request, context, volledig)
    return render(request, "initiatieven/beheer.html", context)


def _kaders_naam(pk) -> str:
    return f"beheer-kaders:{pk}"


def _inhoud_naam(pk, mag_reageren: bool) -> str:
    return f"beheer:{pk}:{mag_reageren}"


def _eigen_rij(pk, gemeente):
    return in_gemeente(Initiatief.objects.all(), gemeente).filter(pk=pk).order_by()


# The initiative's own row, its SQL built once per process (portal.vastequery): building it
# cost more CPU than PostgreSQL takes to answer it.
EIGEN_RIJ = VasteQuery(_eigen_rij, "pk", "gemeente")


def _context(request, initiatief):
    return {
        "initiatief": initiatief,
        "mag_reageren": request.user.has_perm("initiatieven.respond_kaders", initiatief),
    }


def _met_alles():
    versies = Prefetch("kaders_versies", queryset=KadersVersie.objects.prefetch_related("reacties"))
    queryset = Initiatief.objects.select_related("wijk", "casemanager", "indiener")
    return queryset.prefetch_related(versies)


def _pagina_met_fouten(request, pk, bound):
    initiatief = initiatief_of_404(request, pk, PERM, _met_alles())
    context = {**_inhoud(initiatief), **_context(request, initiatief), **bound}
    return render(request, "initiatieven/beheer.html", context, status=400)


def _kaders_wacht_op(gelezen, initiatief, volledig):
    """Whose answer the current kaders version awaits (rules.kaders_wacht_op), kept per
    initiative under the initiative's version like the body: a kept visit reads it from the
    cache instead of loading the versions and their reacties (two queries)."""

    def maak():
        return kaders_wacht_op(volledig())

    return gelezen.bewaard(_kaders_naam(initiatief.pk), maak)


def _inhoud(initiatief):
    mijlpalen = Prefetch("mijlpalen", queryset=Mijlpaal.objects.select_related("terugkoppeling"))
    prefetch_related_objects([initiatief], mijlpalen)
    huidig = initiatief.kaders_versies.all()[:1]  # ordered newest first (KadersVersie.Meta)
    return {
        **_forms(initiatief),
        "huidige_kaders": huidig[0] if huidig else None,
        **kadersoverleg.context(huidig),
    }


def _bewaarde_inhoud(gelezen, request, context, volledig):
    """The page's body is the same for every member of staff who may manage the initiative,
    except what decides respond_kaders, the CSRF token and the forms' eenmalig tokens: kept
    rendered per initiative under the initiative's version (its ~25 urls and six
    forms were most of the page), with placeholders for the tokens, filled in per request."""
    initiatief, mag_reageren = context["initiatief"], context["mag_reageren"]

    def maak():
        inhoud = {**_inhoud(volledig()), **context, "initiatief": volledig()}
        inhoud["csrf_token"] = CSRF_PLEK
        return render_to_string("initiatieven/_beheer_inhoud.html", inhoud)

    naam = _inhoud_naam(initiatief.pk, mag_reageren)
    html = met_csrf(gelezen.bewaard(naam, maak), request)
    return mark_safe(EENMALIG.sub(lambda _: f'name="{VELD}" value="{nieuw_token()}"', html))  # noqa: S308 (our template's HTML)


@login_required
def beheer(request, pk):
    return _pagina(request, pk)


def _formulierpagina(request, pk, actie, leeg, template, extra=None, **tekst):
    """A form of its own page: shown on GET, saved on POST (back to the management page), shown
    again with the errors when invalid. `leeg(initiatief)` gives the unbound form."""
    queryset = Initiatief.objects.select_related("wijk")
    initiatief = initiatief_of_404(request, pk, PERM, queryset)
    if request.method == "POST":
        bound = actie(request, initiatief)
        if not bound:
            return redirect("initiatieven:beheer", pk=pk)
        form, status = next(iter(bound.values())), 400
    else:
        form, status = leeg(initiatief), 200
    context = {"initiatief": initiatief, "form": form, **tekst}
    if extra:
        context.update(extra(initiatief))
    return render(request, template, context, status=status)


def _kaders_leeg(initiatief):
    return KadersForm(initial=kaders_initial(casemanagement.huidige_kaders(initiatief)))


def _gegevens_leeg(initiatief):
    return GegevensForm(instance=initiatief, prefix="gegevens")


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def kaders(request, pk):
    template = "initiatieven/beheer_kaders.html"
    tekst = {"kop": "Kaders vastleggen of wijzigen", "knop": "Kaders vastleggen"}
    return _formulierpagina(request, pk, _kaders, _kaders_leeg, template, **tekst)


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def gegevens(request, pk):
    template = "initiatieven/beheer_gegevens.html"
    tekst = {"kop": "Gegevens corrigeren", "knop": "Gegevens opslaan"}
    return _formulierpagina(request, pk, _gegevens, _gegevens_leeg, template, **tekst)


def _locatie_leeg(initiatief):
    return LocatieForm(initial={"locatie": geometrie.als_tekst(initiatief.locatie)})


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def locatie(request, pk):
    template = "initiatieven/beheer_locatie.html"
    tekst = {"kop": "Locatie op de kaart", "knop": "Locatie opslaan"}
    return _formulierpagina(
        request, pk, _locatie, _locatie_leeg, template, extra=_locatie_kaart, **tekst
    )


def _locatie_kaart(initiatief):
    """The stored location, drawn under what staff draw anew."""
    return {"kaart": kaart.gegevens([kaart.item(initiatief.titel, initiatief.locatie)])}


def _locatie(request, initiatief):
    form = LocatieForm(request.POST)
    if not form.is_valid():
        return {"locatie_form": form}
    if casemanagement.zet_locatie(initiatief, locatie=form.cleaned_data["locatie"]):
        messages.success(request, "De locatie is opgeslagen.")
    else:
        messages.info(request, "Er is niets veranderd.")


def _casemanager(request, initiatief):
    form = CasemanagerForm(request.POST, gemeente_id=initiatief.gemeente_id)
    if not form.is_valid():
        return {"casemanager_form": form}
    casemanagement.wijs_casemanager_toe(initiatief, form.cleaned_data["casemanager"])
    messages.success(request, "De casemanager is opgeslagen.")


def _gegevens(request, initiatief):
    form = GegevensForm(request.POST, instance=initiatief, prefix="gegevens")
    if not form.is_valid():
        return {"gegevens_form": form}
    reden = form.cleaned_data["reden"]
    if casemanagement.corrigeer_gegevens(
        initiatief, door=request.user, reden=reden, **form.velden()
    ):
        messages.success(
            request, "De gegevens zijn gecorrigeerd; de initiatiefnemer krijgt bericht."
        )
    else:
        messages.info(request, "Er is niets veranderd.")


def _status(request, initiatief):
    form = StatusForm(request.POST, overgangen=workflow.toegestane_overgangen(initiatief))
    if form.is_valid():
        try:
            data = form.cleaned_data
            workflow.wijzig_status(initiatief, data["naar"], request.user, data["toelichting"])
        except ValidationError as error:
            form.add_error(None, error)
    if form.errors:
        return {"status_form": form}
    messages.success(request, "De status is gewijzigd.")


def _kaders(request, initiatief):
    form = KadersForm(request.POST)
    if not form.is_valid():
        return {"kaders_form": form}
    data = dict(form.cleaned_data)
    versie = casemanagement.leg_kaders_vast(initiatief, request.user, **data)
    messages.success(
        request,
        f"De kaders zijn vastgelegd (versie {versie.versie})."
        if versie
        else "De kaders waren al zo vastgelegd; er is niets gewijzigd.",
    )


def _raad(request, initiatief):
    form = RaadForm(request.POST)
    versie = casemanagement.huidige_kaders(initiatief)
    if versie is None:
        form.add_error(None, "Er zijn nog geen kaders die de raad kan vaststellen.")
    if not form.is_valid():
        return {"raad_form": form}
    data = form.cleaned_data
    casemanagement.leg_raadsbesluit_vast(
        versie, op=data["raad_vastgesteld_op"], url=data["raadsbesluit_url"]
    )
    messages.success(request, f"Het raadsbesluit over versie {versie.versie} is vastgelegd.")


def _mijlpaal(request, initiatief):
    form = MijlpaalForm(request.POST)
    if not form.is_valid():
        return {"mijlpaal_form": form}
    casemanagement.voeg_mijlpaal_toe(initiatief, **form.cleaned_data)
    messages.success(request, "De mijlpaal is toegevoegd.")


def _update(request, initiatief):
    form = UpdateForm(request.POST)
    if not form.is_valid():
        return {"update_form": form}
    casemanagement.plaats_update(initiatief, request.user, **form.cleaned_data)
    messages.success(request, "De update is geplaatst.")


def _succesvoorbeeld(request, initiatief):
    form = SuccesvoorbeeldForm.voor(initiatief, request.POST)
    if form.is_valid():
        verhaal = {
            veld: form.cleaned_data[veld]
            for veld in succesvoorbeelden.VERHAAL
            if veld in form.cleaned_data
        }
        try:
            succesvoorbeelden.markeer(
                initiatief, form.cleaned_data["is_succesvoorbeeld"], **verhaal
            )
        except ValidationError as error:
            form.add_error(None, error)
    if form.errors:
        return {"succesvoorbeeld_form": form}
    messages.success(request, "Opgeslagen.")


ACTIES = {  # kaders and gegevens post to their own pages
    "casemanager": _casemanager,
    "status": _status,
    "raad": _raad,
    "mijlpaal": _mijlpaal,
    "update": _update,
    "succesvoorbeeld": _succesvoorbeeld,
}


@login_required
@require_POST
@eenmalig
def actie(request, pk, naam):
    initiatief = initiatief_of_404(request, pk, PERM)
    if naam not in ACTIES:
        raise Http404
    bound = ACTIES[naam](request, initiatief)
    if bound:
        return _pagina(request, pk, **bound)
    return redirect("initiatieven:beheer", pk=pk)


@login_required
@require_POST
@eenmalig
def mijlpaal_gereed(request, pk, mijlpaal_pk):
    initiatief = initiatief_of_404(request, pk, PERM)
    mijlpaal = get_object_or_404(Mijlpaal, pk=mijlpaal_pk, initiatief=initiatief)
    gereed = GEREED.get(request.POST.get("gereed"))
    if gereed is None:  # a state, never a toggle: two clicks on "gereed" leave it gereed
        messages.error(request, "Kies of de mijlpaal gereed is of niet.")
    else:
        try:
            casemanagement.markeer_mijlpaal(mijlpaal, gereed)
        except ValidationError as error:
            messages.error(request, error.message)
        else:
            staat = "gereed" if gereed else "niet gereed"
            messages.success(request, f"Mijlpaal ‘{mijlpaal.titel}’ staat op {staat}.")
    return redirect("initiatieven:beheer", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def mijlpaal_verplaatsen(request, pk, mijlpaal_pk):
    """Staff move a mijlpaal with a reason; the initiator and the followers are told."""
    initiatief = initiatief_of_404(request, pk, PERM, Initiatief.objects.select_related("wijk"))
    mijlpalen = Mijlpaal.objects.prefetch_related("verschuivingen")
    mijlpaal = get_object_or_404(mijlpalen, pk=mijlpaal_pk, initiatief=initiatief)
    data = request.POST if request.method == "POST" else None
    form = MijlpaalVerplaatsForm(data, mijlpaal=mijlpaal)
    if request.method == "POST" and form.is_valid():
        casemanagement.verplaats_mijlpaal(mijlpaal, door=request.user, **form.cleaned_data)
        messages.success(
            request, f"Mijlpaal ‘{mijlpaal.titel}’ is verplaatst; de volgers krijgen bericht."
        )
        return redirect("initiatieven:beheer", pk=pk)
    context = {
        "initiatief": initiatief,
        "mijlpaal": mijlpaal,
        "form": form,
        "kop": "Mijlpaal verplaatsen",
        "knop": "Verplaatsen",
    }
    status = 400 if form.is_bound else 200
    return render(request, "initiatieven/beheer_mijlpaal_verplaatsen.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
@eenmalig
def terugkoppeling(request, pk, mijlpaal_pk):
    """Publish what was done with the residents' input before a besluit counts as done."""
    initiatief = initiatief_of_404(request, pk, PERM, Initiatief.objects.select_related("wijk"))
    besluiten = Mijlpaal.objects.besluiten().filter(terugkoppeling__isnull=True)
    mijlpaal = get_object_or_404(besluiten, pk=mijlpaal_pk, initiatief=initiatief)
    form = TerugkoppelingForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        casemanagement.publiceer_terugkoppeling(
            mijlpaal, door=request.user, tekst=form.cleaned_data["tekst"]
        )
        messages.success(request, "De terugkoppeling is gepubliceerd; de volgers krijgen haar.")
        return redirect("initiatieven:beheer", pk=pk)
    context = {
        "initiatief": initiatief,
        "mijlpaal": mijlpaal,
        "form": form,
        "kop": f"Terugkoppeling bij ‘{mijlpaal.titel}’",
        "knop": "Terugkoppeling publiceren",
    }
    status = 400 if form.is_bound else 200
    return render(request, "initiatieven/beheer_terugkoppeling.html", context, status=status)
