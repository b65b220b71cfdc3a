from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from participatiepunt.accounts.toegang import in_gemeente, object_of_404, vast_object_of_404
from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.paginacache import publiek_gecachet
from participatiepunt.portal.vastequery import VasteQuery

from . import plaatsen, services, tokens
from .caches import PER_BIJEENKOMST
from .forms import AanmeldForm, BijeenkomstForm
from .models import Bijeenkomst, Doelgroep, Soort, Status
from .rules import is_ambtenaar

PER_PAGINA = 20
BEKIJKEN = "bijeenkomsten.view_bijeenkomst"


def _bijeenkomst_of_404(request, pk):
    """A bijeenkomst of this gemeente that the user may see, with its wijk and how full it is;
    else 404."""
    return object_of_404(request, _met_bezetting_van(request.gemeente), BEKIJKEN, pk=pk)


def _over(bijeenkomst) -> str:
    """What the page says of the bijeenkomst (when, where, places): the same for everyone who
    may see it."""
    return render_to_string("bijeenkomsten/_over.html", {"b": bijeenkomst})


def _met_bezetting_van(gemeente):
    return Bijeenkomst.objects.voor(gemeente).select_related("wijk").met_bezetting()


def _met_bezetting(pk, gemeente):
    return _met_bezetting_van(gemeente).filter(pk=pk)


# Every sign-up renews the page of its bijeenkomst: its SQL, with two counts, built once per
# process (portal.vastequery); the ORM took longer to build it than PostgreSQL to answer it.
MET_BEZETTING = VasteQuery(_met_bezetting, "pk", "gemeente")


def _bewaarde_of_404(request, pk):
    """As _bijeenkomst_of_404, with _over(): kept until the bijeenkomst, one of its sign-ups or
    a wijk changes (caches.PER_BIJEENKOMST); who may see it is asked on every request."""

    def maak():
        gevonden = MET_BEZETTING.rijen(pk=pk, gemeente=request.gemeente.pk)
        bijeenkomst = gevonden[0] if gevonden else None
        return bijeenkomst, _over(bijeenkomst) if bijeenkomst else ""

    naam = f"detail:{request.gemeente.pk}:{pk}"
    bijeenkomst, over = PER_BIJEENKOMST.bewaard(naam, maak, deel=pk)
    if bijeenkomst is None or not request.user.has_perm(BEKIJKEN, bijeenkomst):
        raise Http404("Geen bijeenkomst gevonden.")
    return bijeenkomst, mark_safe(over)  # noqa: S308 (our template's HTML)


def _vergrendeld(pk, gemeente):
    qs = Bijeenkomst.objects.voor(gemeente).select_for_update()
    return in_gemeente(qs, gemeente).filter(pk=pk).order_by()


# Every sign-up reads its bijeenkomst this way; the ORM built the SQL on each post.
VERGRENDELD = VasteQuery(_vergrendeld, "pk", "gemeente")


def _vergrendeld_of_404(request, pk):
    """As _bijeenkomst_of_404, locked until the caller's transaction ends and without what a
    sign-up counts under that lock itself (services.py)."""
    return vast_object_of_404(request, VERGRENDELD, BEKIJKEN, Bijeenkomst, pk=pk)


def _keuze(request, naam, keuzes) -> str:
    waarde = request.GET.get(naam, "")
    return waarde if waarde in keuzes.values else ""


@publiek_gecachet(invullen=plaatsen.invullen)  # the free places: per request
def lijst(request):
    bijeenkomsten = Bijeenkomst.objects.voor(request.gemeente).komend().select_related("wijk")
    if not is_ambtenaar(request.user):
        bijeenkomsten = bijeenkomsten.filter(doelgroep=Doelgroep.INWONERS)
    filters = {
        "doelgroep": _keuze(request, "doelgroep", Doelgroep),
        "soort": _keuze(request, "soort", Soort),
    }
    bijeenkomsten = bijeenkomsten.filter(**{k: v for k, v in filters.items() if v})
    pagina = Paginator(bijeenkomsten.order_by("start", "pk"), PER_PAGINA)
    context = {
        "pagina": pagina.get_page(request.GET.get("pagina")),
        "filters": filters,
        "soorten": Soort.choices,
        "doelgroepen": Doelgroep.choices if is_ambtenaar(request.user) else [],
    }
    return render(request, "bijeenkomsten/lijst.html", context)


def _eigen_aanmelding(request, bijeenkomst):
    if not request.user.is_authenticated:
        return None
    eigen = bijeenkomst.aanmeldingen.actief().filter(
        Q(gebruiker=request.user) | Q(email=request.user.email.lower())
    )
    return eigen.first()


def _detail(request, bijeenkomst, form=None, over=None):
    eigen = _eigen_aanmelding(request, bijeenkomst)
    context = {
        "bijeenkomst": bijeenkomst,
        "over": _over(bijeenkomst) if over is None else over,
        "vrij": max(bijeenkomst.capaciteit - bijeenkomst.bezet, 0),
        "eigen": eigen,
        "afmeld_token": tokens.maak(eigen, tokens.AFMELDEN) if eigen else "",
        "form": form or AanmeldForm(),
    }
    return render(request, "bijeenkomsten/detail.html", context)


def detail(request, pk):
    bijeenkomst, over = _bewaarde_of_404(request, pk)
    return _detail(request, bijeenkomst, over=over)


@require_POST
@eenmalig
def aanmelden(request, pk):
    form = None if request.user.is_authenticated else AanmeldForm(request.POST)
    # Read locked, its rights checked on that row: the sign-up counts the places under the same
    # lock, and a cancellation at the same moment comes before or after it.
    with transaction.atomic():
        bijeenkomst = _vergrendeld_of_404(request, pk)
        if not request.user.has_perm("bijeenkomsten.aanmelden", bijeenkomst):
            raise PermissionDenied("Voor deze bijeenkomst kunt u zich niet (meer) aanmelden.")
        # a bijeenkomst for ambtenaren is not found without an account (rules.py)
        gegevens = _gegevens(request.user) if form is None else _uit_formulier(form)
        if gegevens is not None:
            aanmelding = services.aanmelden_vergrendeld(bijeenkomst, **gegevens)
    if gegevens is None:
        return _detail(request, _bijeenkomst_of_404(request, pk), form)
    messages.success(request, _uitkomst(aanmelding))
    return redirect(bijeenkomst)


def _gegevens(gebruiker) -> dict:
    """Logged in: the account's name and address."""
    return {"naam": str(gebruiker), "email": gebruiker.email, "gebruiker": gebruiker}


def _uit_formulier(form) -> dict | None:
    return form.cleaned_data if form.is_valid() else None


def _uitkomst(aanmelding) -> str:
    if not aanmelding.is_bevestigd:
        return (
            f"Bijna klaar: wij hebben een e-mail gestuurd naar {aanmelding.email}. Volg de link "
            "daarin om uw aanmelding te bevestigen."
        )
    if aanmelding.status == Status.WACHTLIJST:
        return (
            "De bijeenkomst is vol: u staat op de wachtlijst. Komt er een plaats vrij, dan bent "
            "u automatisch aangemeld en krijgt u een e-mail."
        )
    return "U bent aangemeld. De bevestiging met een agenda-item staat in uw e-mail."


def _via_token(request, token, doel, template, actie):
    aanmelding = tokens.lees(token, doel)
    if aanmelding is None:
        return render(request, "bijeenkomsten/link_ongeldig.html", status=400)
    if request.method == "POST":
        bericht = actie(aanmelding)
        messages.success(request, bericht)
        return redirect(aanmelding.bijeenkomst)
    return render(
        request, template, {"aanmelding": aanmelding, "bijeenkomst": aanmelding.bijeenkomst}
    )


def _bevestig(aanmelding) -> str:
    bevestigd = services.bevestig(aanmelding.pk)
    if bevestigd is None:
        return "Deze aanmelding telt niet meer (te laat bevestigd of afgemeld). Meld u opnieuw aan."
    return _uitkomst(bevestigd)


def _meld_af(aanmelding) -> str:
    services.afmelden(aanmelding.pk)
    return "U bent afgemeld. Bedankt voor het doorgeven: uw plaats gaat naar de wachtlijst."


def bevestigen(request, token):
    return _via_token(request, token, tokens.BEVESTIGEN, "bijeenkomsten/bevestigen.html", _bevestig)


def afmelden(request, token):
    return _via_token(request, token, tokens.AFMELDEN, "bijeenkomsten/afmelden.html", _meld_af)


@login_required
@permission_required("bijeenkomsten.add_bijeenkomst", raise_exception=True)
@eenmalig
def nieuw(request):
    form = BijeenkomstForm(request.POST or None, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        bijeenkomst = services.plan(gemeente=request.gemeente, door=request.user, **form.velden())
        messages.success(request, "De bijeenkomst staat in de agenda.")
        return redirect(bijeenkomst)
    return render(request, "bijeenkomsten/nieuw.html", {"form": form})


@login_required
def presentielijst(request, pk):
    bijeenkomst = _bijeenkomst_of_404(request, pk)
    if not request.user.has_perm("bijeenkomsten.view_presentielijst", bijeenkomst):
        raise PermissionDenied("Alleen medewerkers van het participatiepunt zien wie er komt.")
    aanmeldingen = bijeenkomst.aanmeldingen.actief().order_by("naam", "pk")
    context = {
        "bijeenkomst": bijeenkomst,
        "deelnemers": [a for a in aanmeldingen if a.status == Status.GEPLAATST],
        "wachtlijst": [a for a in aanmeldingen if a.status == Status.WACHTLIJST],
    }
    return render(request, "bijeenkomsten/presentielijst.html", context)


@login_required
@eenmalig
def annuleren(request, pk):
    """A page that asks to be sure (how many hear it), and its button."""
    bijeenkomst = _bijeenkomst_of_404(request, pk)
    if not request.user.has_perm("bijeenkomsten.cancel_bijeenkomst", bijeenkomst):
        raise PermissionDenied("Alleen medewerkers annuleren een komende bijeenkomst.")
    if request.method != "POST":
        return render(request, "bijeenkomsten/annuleren.html", {"bijeenkomst": bijeenkomst})
    services.annuleer(bijeenkomst.pk)
    messages.success(request, "De bijeenkomst is geannuleerd; wie zich aanmeldde, krijgt bericht.")
    return redirect(bijeenkomst)
