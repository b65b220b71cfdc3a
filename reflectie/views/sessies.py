from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import Min
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from participatiepunt.gebieden.huidige import gemeente_ids
from participatiepunt.portal.eenmalig import eenmalig
from participatiepunt.portal.toegang import anoniem_naar_inloggen

from .. import services
from ..caches import SESSIES
from ..choices import groepen_van
from ..forms.sessies import AnnuleerForm, SessieForm, VerplaatsForm
from ..models import Sessie
from ..rules import ziet_alle_sessies_van
from .access import sessie_of_404
from .context import agenda_context

# Staff see every coming session: 800 on one page took seconds (bench/, issue 8).
PER_PAGINA = 25


def lijst(request):
    """A page of the sessions the user may see, kept per circle of readers (everyone who sees
    all of the gemeente's sessions shares one) until any session changes or the first of them
    ends, which moves it from the coming to the past ones."""
    eerder = request.GET.get("periode") == "eerder"
    sessies = Sessie.objects.zichtbaar_in(request.gemeente, request.user)
    kring = _kring(request.user, request.gemeente)
    _tot, inhoud = SESSIES.bewaard(
        f"lijst:{request.gemeente.slug}:{kring}:{request.GET.urlencode()}",
        lambda: _lijst(sessies, eerder, request.GET),
        geldig=lambda bewaard: bewaard[0] is None or timezone.now() < bewaard[0],
    )
    context = {"inhoud": mark_safe(inhoud), "eerder": eerder}  # inhoud: rendered by Django
    return render(request, "reflectie/sessies/lijst.html", context)


def _kring(user, gemeente) -> str:
    if ziet_alle_sessies_van(user, gemeente):
        return "alle"
    if not user.is_authenticated:
        return "openbaar"
    # invitations are the user's own; groups and gemeenten are not in the version
    return f"gebruiker-{user.pk}-{'.'.join(groepen_van(user))}-{sorted(gemeente_ids(user))}"


def _lijst(sessies, eerder: bool, get) -> tuple:
    """(until when it holds, the list's html): until the first of these sessions ends."""
    nu = timezone.now()
    pagina = Paginator(_komend_of_eerder(sessies, nu, eerder), PER_PAGINA)
    pagina = pagina.get_page(get.get("pagina"))
    querystring = get.copy()
    querystring.pop("pagina", None)
    context = {"sessies": pagina.object_list, "pagina": pagina, "eerder": eerder}
    context["querystring"] = querystring.urlencode()
    eerste_einde = sessies.filter(eind__gte=nu).aggregate(Min("eind"))["eind__min"]
    return eerste_einde, render_to_string("reflectie/sessies/_lijst.html", context)


def _komend_of_eerder(sessies, nu, eerder: bool):
    sessies = sessies.select_related("wijk")
    if eerder:
        return sessies.filter(eind__lt=nu).order_by("-start", "-pk")
    return sessies.filter(eind__gte=nu).order_by("start", "pk")


@anoniem_naar_inloggen
def detail(request, pk):
    sessie = sessie_of_404(request, pk)
    context = {
        "sessie": sessie,
        "verplaatsingen": sessie.verplaatsingen.all(),
        "versies": sessie.agendaversies.order_by("-nummer"),
        "lessen": sessie.lessen.select_related("initiatief", "praatplaat__wijk"),
        "verslag": getattr(sessie, "verslag", None),
        "is_voorbij": sessie.start < timezone.now(),
        **agenda_context(request.user, sessie),
    }
    if request.user.has_perm("reflectie.view_werkversie", sessie):
        context["genodigden"] = sessie.genodigde_gebruikers()
    return render(request, "reflectie/sessies/detail.html", context)


@login_required
@permission_required("reflectie.add_sessie", raise_exception=True)
@eenmalig
def nieuw(request):
    form = SessieForm(request.POST or None, gemeente=request.gemeente)
    if request.method == "POST" and form.is_valid():
        sessie = services.plan(
            door=request.user,
            gemeente=request.gemeente,
            genodigden=form.alle_genodigden,
            groepen=form.cleaned_data["groepen"],
            **form.velden(),
        )
        messages.success(request, "De sessie is gepland; de genodigden krijgen een uitnodiging.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form})


@login_required
@eenmalig
def wijzig(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_sessie")
    form = SessieForm(
        request.POST or None, instance=sessie, gemeente=sessie.gemeente, met_tijd=False
    )
    if request.method == "POST" and form.is_valid():
        services.wijzig(
            sessie,
            genodigden=form.alle_genodigden,
            groepen=form.cleaned_data["groepen"],
            **form.velden(),
        )
        messages.success(request, "De sessie is gewijzigd.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form, "sessie": sessie})


@login_required
@eenmalig
def verplaats(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.move_sessie")
    form = VerplaatsForm(request.POST or None, sessie=sessie)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.verplaats(
            sessie, start=data["start"], eind=data["eind"], door=request.user, reden=data["reden"]
        )
        messages.success(request, "De sessie is verplaatst; de genodigden krijgen bericht.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/verplaats.html", {"form": form, "sessie": sessie})


@login_required
@eenmalig
def annuleer(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.cancel_sessie")
    form = AnnuleerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.annuleer(sessie, reden=form.cleaned_data["reden"])
        messages.success(request, "De sessie is geannuleerd; de genodigden krijgen bericht.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/annuleer.html", {"form": form, "sessie": sessie})


@login_required
@require_POST
def gehouden(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.move_sessie")
    if sessie.start > timezone.now():
        messages.error(request, "Een sessie die nog moet beginnen kan niet als gehouden gelden.")
    else:
        services.markeer_gehouden(sessie)
        messages.success(request, "De sessie staat op gehouden; schrijf het verslag en de lessen.")
    return redirect(sessie)
