"""The bewonersorganisatie at the table reads the draft, comments per question, marks answers
complete from its side and co-signs; the gebiedsteam reads the same page and puts the
praatplaat before the organisations for signing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from participatiepunt.portal.eenmalig import eenmalig

from .. import meelezen as service
from .. import services
from ..forms import OpmerkingForm
from ..models import Ondertekening, Opmerking, Praatplaat
from ..toets import toets
from ..versies import snapshot
from .access import beveiligd


def _met_alles():
    """One query each for the remarks and the signatures, with their organisation."""
    return services.met_inhoud().prefetch_related(
        Prefetch("opmerkingen", Opmerking.objects.select_related("bewonersorganisatie")),
        Prefetch("ondertekeningen", Ondertekening.objects.select_related("bewonersorganisatie")),
    )


@eenmalig
@beveiligd("wijkafspraken.meelezen", queryset=_met_alles)
def meelezen(request, praatplaat):
    kan_meepraten = request.user.has_perm("wijkafspraken.meepraten", praatplaat)
    form = OpmerkingForm(
        request.POST if request.method == "POST" else None,
        vragenset=praatplaat.vragenset,
        initial={"vraag": request.GET.get("vraag", "")},
    )
    if request.method == "POST":
        if not kan_meepraten:
            raise Http404("Geen praatplaat gevonden.")
        if form.is_valid():
            try:
                service.plaats_opmerking(
                    praatplaat,
                    door=request.user,
                    vraag_key=form.cleaned_data["vraag"],
                    tekst=form.cleaned_data["tekst"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, "Uw opmerking is geplaatst.")
                return redirect("wijkafspraken:meelezen", pk=praatplaat.pk)
    return render(request, "wijkafspraken/meelezen.html", _context(praatplaat, form, kan_meepraten))


def _context(praatplaat, form, kan_meepraten) -> dict:
    inhoud = snapshot(praatplaat)
    opmerkingen: dict[str, list] = {}
    for opmerking in praatplaat.opmerkingen.all():
        opmerkingen.setdefault(opmerking.vraag_key, []).append(opmerking)
    open_ondertekeningen = [o for o in praatplaat.ondertekeningen.all() if o.versie_id is None]
    uitslag = toets(praatplaat)
    return {
        "praatplaat": praatplaat,
        "wijk": praatplaat.wijk,
        "toets": uitslag,
        "vragen": [(regel, opmerkingen.get(regel.vraag.key, [])) for regel in uitslag.regels],
        "form": form,
        "kan_meepraten": kan_meepraten,
        "getekend": [o for o in open_ondertekeningen if o.inhoud == inhoud],
        "verouderd": [o for o in open_ondertekeningen if o.inhoud != inhoud],
    }


@require_POST
@beveiligd("wijkafspraken.meepraten")
def compleet(request, praatplaat, key):
    compleet = request.POST.get("compleet") == "ja"
    try:
        service.markeer_compleet(praatplaat, door=request.user, vraag_key=key, compleet=compleet)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            "U hebt het antwoord als compleet gemarkeerd."
            if compleet
            else "Uw markering 'compleet' is weggehaald.",
        )
    return redirect(f"{praatplaat.get_absolute_url()}meelezen/#vraag-{key}")


@require_POST
@beveiligd("wijkafspraken.meepraten")
def ondertekenen(request, praatplaat):
    try:
        ondertekening = service.onderteken(praatplaat, door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"U hebt medeondertekend namens {ondertekening.bewonersorganisatie}. Het gebiedsteam "
            "kan de afspraken nu vaststellen.",
        )
    return redirect("wijkafspraken:meelezen", pk=praatplaat.pk)


@require_POST
@beveiligd("wijkafspraken.ter_ondertekening")
def ter_ondertekening(request, praatplaat):
    try:
        service.leg_ter_ondertekening_voor(praatplaat, door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, "De praatplaat ligt ter ondertekening bij de bewonersorganisatie(s)."
        )
    return redirect("wijkafspraken:vaststellen", pk=praatplaat.pk)


@login_required
def mijn_bewonersorganisatie(request):
    """Where a lid starts: the running praatplaten of the wijken it speaks for."""
    if not request.user.has_perm("wijkafspraken.view_mijn_bewonersorganisatie"):
        raise PermissionDenied
    organisaties = request.user.bewonersorganisaties.prefetch_related("wijken")
    praatplaten = (
        Praatplaat.objects.lopend()
        .filter(wijk__bewonersorganisaties__leden=request.user)
        .distinct()
        .select_related("wijk")
    )
    context = {"organisaties": organisaties, "praatplaten": praatplaten}
    return render(request, "wijkafspraken/mijn_bewonersorganisatie.html", context)
