"""What everyone may read: the gemeente overview, a wijk's page, vastgestelde versions (only the
published answers, unless you may see the drafts) and the printable A4 version."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from participatiepunt.accounts.toegang import object_of_404
from participatiepunt.gebieden import kaart, wijkpagina
from participatiepunt.gebieden.models import Wijk
from participatiepunt.portal.paginacache import publiek_gecachet
from participatiepunt.portal.qr import qr_svg

from .. import gemeenteplaat, overzicht, plaat, services, uitleg
from .. import kaart as wijkkaart
from ..caches import WIJKAFSPRAKEN
from ..models import Praatplaat, Versie
from ..versies import antwoorden_per_onderdeel, verschillen
from . import wijkinhoud


def _wijken(request):
    return Wijk.objects.voor_gemeente(request.gemeente).select_related("gebied")


@publiek_gecachet
def gemeente(request):
    regels = overzicht.gemeente_overzicht(request.gemeente)
    telling = {}
    for regel in regels:
        telling[regel.status] = telling.get(regel.status, 0) + 1
    op_kaart = wijkkaart.items(regels)
    context = {
        "regels": regels,
        "telling": sorted(telling.items()),
        "op_kaart": op_kaart,
        "kaart": kaart.gegevens(op_kaart),
        "legenda": wijkkaart.LEGENDA,
    }
    context["spreekt_namens_bewoners"] = request.user.has_perm(
        "wijkafspraken.view_mijn_bewonersorganisatie"
    )
    # Which wijk is te laat or binnenkort changes with the date as well as with the data.
    context["plaat"] = _getekend(
        f"gemeenteplaat:{request.gemeente.slug}:{timezone.localdate()}",
        "wijkafspraken/_gemeenteplaat.html",
        lambda: gemeenteplaat.gemeenteplaat(regels),
    )
    return render(request, "wijkafspraken/overzicht.html", context)


@publiek_gecachet
def wijk(request, slug):
    wijk = get_object_or_404(_wijken(request), slug=slug)
    versie = overzicht.geldende_versie(wijk)
    context = {"wijk": wijk, "versie": versie, "lopend": services.lopende_praatplaat(wijk)}
    context["meelezen"] = context["lopend"] and request.user.has_perm(
        "wijkafspraken.meelezen", context["lopend"]
    )
    if versie:
        context["antwoorden"] = antwoorden_per_onderdeel(versie.inhoud, alleen_openbaar=True)
        context["afspraken"] = wijkinhoud.afspraken_met_status(versie)
        context["plaat"] = _getekend(
            f"plaat:wijk:{versie.pk}",
            "wijkafspraken/_plaat.html",
            lambda: plaat.uit_versie(versie, context["afspraken"]),
        )
    context["uitleg"] = uitleg.context(versie, context["lopend"])
    context["secties"] = wijkpagina.secties(wijk)
    return render(request, "wijkafspraken/wijk.html", context)


def _getekend(naam, template, maak):
    """A picture drawn once (some 25 ms of template work) and kept until wijkafspraken's data
    changes (caches.py)."""
    return WIJKAFSPRAKEN.bewaard(
        naam, lambda: render_to_string(template, {"plaat": maak(), "id": "plaat"})
    )


def _versie_of_404(request, pk, nummer):
    versies = Versie.objects.filter(
        praatplaat__in=Praatplaat.objects.voor_gemeente(request.gemeente)
    )
    return get_object_or_404(
        versies.select_related("praatplaat__wijk__gebied"), praatplaat_id=pk, nummer=nummer
    )


def versie(request, pk, nummer):
    versie = _versie_of_404(request, pk, nummer)
    praatplaat = versie.praatplaat
    alles = request.user.has_perm("wijkafspraken.view_alle_antwoorden", praatplaat)
    vorige = praatplaat.versies.filter(nummer=nummer - 1).first() if nummer > 1 else None
    wijzigingen = verschillen(vorige.inhoud if vorige else None, versie.inhoud)
    if not alles:
        wijzigingen = [w for w in wijzigingen if not w.onderwerp.startswith("Antwoord")]
    context = {"versie": versie, "praatplaat": praatplaat, "wijk": praatplaat.wijk}
    context.update(vorige=vorige, wijzigingen=wijzigingen, alles=alles)
    context["antwoorden"] = antwoorden_per_onderdeel(versie.inhoud, alleen_openbaar=not alles)
    # Organisations, never people: the version page is public.
    context["ondertekeningen"] = list(
        versie.ondertekeningen.select_related("bewonersorganisatie").only(
            "versie_id", "getekend_op", "bewonersorganisatie__naam", "bewonersorganisatie__soort"
        )
    )
    context["kan_voorleggen"] = request.user.has_perm(
        "wijkafspraken.voorleggen_aan_raad", praatplaat
    )
    context["versies"] = list(
        praatplaat.versies.order_by("-nummer").only("nummer", "praatplaat_id", "vastgesteld_op")
    )
    return render(request, "wijkafspraken/versie.html", context)


def afdrukken(request, slug):
    """A4: the geldende version with its published answers (everything, for the team)."""
    wijk = get_object_or_404(_wijken(request), slug=slug)
    versie = overzicht.geldende_versie(wijk)
    if versie is None:
        raise Http404("Voor deze wijk is nog niets vastgesteld.")
    alles = request.user.has_perm("wijkafspraken.view_alle_antwoorden", versie.praatplaat)
    context = {"wijk": wijk, "versie": versie, "alles": alles, "inhoud": versie.inhoud}
    context["antwoorden"] = antwoorden_per_onderdeel(versie.inhoud, alleen_openbaar=not alles)
    context["archetypen"] = wijkinhoud.archetypen(versie)
    # The print is of the version as vastgesteld: its afspraken with the status they had then.
    context["plaat"] = _getekend(
        f"plaat:afdruk:{versie.pk}",
        "wijkafspraken/_plaat.html",
        lambda: plaat.uit_versie(versie, versie.inhoud.get("afspraken", [])),
    )
    return render(request, "wijkafspraken/afdrukken.html", context)


@login_required
@require_safe
def bewonersbrief(request, slug):
    """A4 letter to the residents: the wijk's vastgestelde afspraken, for the gebiedsteam to
    print and deliver."""
    wijken = Wijk.objects.select_related("gebied")
    wijk = object_of_404(request, wijken, "wijkafspraken.print_bewonersbrief", slug=slug)
    versie = overzicht.geldende_versie(wijk)
    if versie is None:
        raise Http404("Voor deze wijk is nog niets vastgesteld.")
    pagina_url = request.build_absolute_uri(wijk.get_absolute_url())
    context = {
        "wijk": wijk,
        "versie": versie,
        "archetypen": wijkinhoud.archetypen(versie),
        "afspraken": wijkinhoud.afspraken_met_status(versie),
        "vandaag": timezone.localdate(),
        "pagina_url": pagina_url,
        "qr": qr_svg(pagina_url),
    }
    return render(request, "wijkafspraken/bewonersbrief.html", context)
