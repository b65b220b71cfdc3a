from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import services
from ..forms.sessies import AnnuleerForm, SessieForm, VerplaatsForm
from ..models import Sessie
from .access import sessie_of_404
from .context import agenda_context

# Staff see every coming session: 800 on one page took seconds (bench/, issue 8).
PER_PAGINA = 25


def lijst(request):
    nu = timezone.now()
    sessies = Sessie.objects.zichtbaar_voor(request.user).voor_lijst()
    eerder = request.GET.get("periode") == "eerder"
    sessies = (
        sessies.filter(eind__lt=nu).order_by("-start") if eerder else sessies.filter(eind__gte=nu)
    )
    pagina = Paginator(sessies, PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"sessies": pagina.object_list, "pagina": pagina, "eerder": eerder}
    context["querystring"] = querystring.urlencode()
    return render(request, "reflectie/sessies/lijst.html", context)


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
def nieuw(request):
    form = SessieForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        sessie = services.plan(form.instance, form.alle_genodigden, data["groepen"], request.user)
        messages.success(request, "De sessie is gepland; de genodigden krijgen een uitnodiging.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form})


@login_required
def wijzig(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.change_sessie")
    form = SessieForm(request.POST or None, instance=sessie, met_tijd=False)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.wijzig(form.instance, form.alle_genodigden, data["groepen"])
        messages.success(request, "De sessie is gewijzigd.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/form.html", {"form": form, "sessie": sessie})


@login_required
def verplaats(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.move_sessie")
    form = VerplaatsForm(request.POST or None, sessie=sessie)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.verplaats(sessie, data["start"], data["eind"], request.user, data["reden"])
        messages.success(request, "De sessie is verplaatst; de genodigden krijgen bericht.")
        return redirect(sessie)
    return render(request, "reflectie/sessies/verplaats.html", {"form": form, "sessie": sessie})


@login_required
def annuleer(request, pk):
    sessie = sessie_of_404(request, pk, "reflectie.cancel_sessie")
    form = AnnuleerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.annuleer(sessie, form.cleaned_data["reden"])
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
