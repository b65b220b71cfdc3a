"""Step 1 (bespreken): open a praatplaat, record who took part, archetypen and the raad's role,
answer the questions part by part, and see what the congruence check still demands."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from participatiepunt.accounts.toegang import object_of_404
from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.eenmalig import eenmalig

from .. import congruentie, plaat, services
from ..caches import WIJKAFSPRAKEN
from ..forms import AntwoordenForm, ArchetypeFormSet, DeelnemerFormSet, GegevensForm
from ..toets import toets
from .access import beveiligd


@login_required
@eenmalig
def openen(request, slug):
    wijken = Wijk.objects.select_related("gebied")
    wijk = object_of_404(request, wijken, "wijkafspraken.add_praatplaat", slug=slug)
    lopend = services.lopende_praatplaat(wijk)
    if request.method == "POST":
        praatplaat = services.open_praatplaat(wijk, door=request.user)
        messages.success(request, f"De praatplaat voor {wijk} is geopend.")
        return redirect("wijkafspraken:gegevens", pk=praatplaat.pk)
    return render(request, "wijkafspraken/openen.html", {"wijk": wijk, "lopend": lopend})


# The body is the same for everyone who may change the praatplaat (and for everyone who may
# only read it): rendered once and kept until wijkafspraken's data changes (caches.py).
@beveiligd("wijkafspraken.view_praatplaat")
def detail(request, praatplaat):
    kan_wijzigen = request.user.has_perm("wijkafspraken.change_praatplaat", praatplaat)
    naam = f"praatplaat:{timezone.localdate()}:{praatplaat.pk}:{kan_wijzigen}"
    inhoud = WIJKAFSPRAKEN.bewaard(naam, lambda: _inhoud(request, praatplaat, kan_wijzigen))
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "inhoud": inhoud}
    context["kan_wijzigen"] = kan_wijzigen
    return render(request, "wijkafspraken/praatplaat.html", context)


def _inhoud(request, praatplaat, kan_wijzigen) -> str:
    prefetch_related_objects([praatplaat], *services.INHOUD)
    uitslag = toets(praatplaat)
    context = {
        "praatplaat": praatplaat,
        "wijk": praatplaat.wijk,
        "kan_wijzigen": kan_wijzigen,
        "request": request,  # for the navigation's current page; no token goes in here
        "toets": uitslag,
        "plaat": plaat.uit_toets(praatplaat, uitslag),
        "versies": list(praatplaat.versies.defer("inhoud").order_by("-nummer")),
        "evaluaties": list(praatplaat.evaluaties.only("praatplaat_id", "gehouden_op")[:5]),
        "bron_tabel": congruentie.BRON,
        "eigen_uitwerking": congruentie.EIGEN_UITWERKING,
    }
    return render_to_string("wijkafspraken/_praatplaat_inhoud.html", context)


@eenmalig
@beveiligd("wijkafspraken.change_praatplaat")
def gegevens(request, praatplaat):
    data = request.POST if request.method == "POST" else None
    form = GegevensForm(data, instance=praatplaat)
    deelnemers = DeelnemerFormSet(data, instance=praatplaat, prefix="deelnemers")
    archetypen = ArchetypeFormSet(data, instance=praatplaat, prefix="archetypen")
    if data and all(f.is_valid() for f in (form, deelnemers, archetypen)):
        with transaction.atomic():
            form.save(), deelnemers.save(), archetypen.save()
        messages.success(request, "De gegevens zijn opgeslagen.")
        return redirect(praatplaat)
    context = {"praatplaat": praatplaat, "form": form}
    context.update(deelnemers=deelnemers, archetypen=archetypen, wijk=praatplaat.wijk)
    return render(request, "wijkafspraken/gegevens.html", context)


@beveiligd("wijkafspraken.change_praatplaat")
def vragen(request, praatplaat, onderdeel):
    deel = praatplaat.vragenset.onderdeel(onderdeel)
    if deel is None:
        raise Http404("Onbekend onderdeel.")
    antwoorden = {a.vraag_key: a for a in praatplaat.antwoorden.all()}
    form = AntwoordenForm(request.POST or None, onderdeel=deel, antwoorden=antwoorden)
    if request.method == "POST" and form.is_valid():
        services.sla_antwoorden_op(praatplaat, invoer=form.invoer())
        messages.success(request, f"De antwoorden bij '{deel.titel}' zijn opgeslagen.")
        return redirect(_na_opslaan(request, praatplaat, deel))
    context = {"praatplaat": praatplaat, "wijk": praatplaat.wijk, "form": form, "deel": deel}
    context["onderdelen"] = praatplaat.vragenset.onderdelen
    return render(request, "wijkafspraken/vragen.html", context)


def _na_opslaan(request, praatplaat, deel):
    onderdelen = list(praatplaat.vragenset.onderdelen)
    index = onderdelen.index(deel)
    if "volgende" in request.POST and index + 1 < len(onderdelen):
        kwargs = {"pk": praatplaat.pk, "onderdeel": onderdelen[index + 1].key}
        return reverse("wijkafspraken:vragen", kwargs=kwargs)
    return praatplaat.get_absolute_url()


@require_POST
@beveiligd("wijkafspraken.change_praatplaat")
def witte_vlek(request, praatplaat, key):
    try:
        afspraak = services.witte_vlek_naar_afspraak(praatplaat, vraag_key=key)
    except ValidationError as error:
        raise Http404("Onbekende vraag.") from error
    messages.success(request, "De witte vlek is een afspraak geworden; vul wie en wanneer aan.")
    return redirect("wijkafspraken:afspraak", pk=praatplaat.pk, afspraak=afspraak.pk)
