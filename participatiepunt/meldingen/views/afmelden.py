from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from .. import afmelden as service
from .. import kinds

ITEM, SOORT = "item", "soort"


def _label(soort: str) -> str:
    if soort == service.OVERZICHT:
        return "Het wekelijkse overzicht"
    return kinds.get(soort).label


def _keuze(request, item) -> str:
    """A mail client's one-click POST (RFC 8058) names no choice: then only this item when the
    link names one, as the mail's header promises."""
    gekozen = request.POST.get("keuze")
    if gekozen in (ITEM, SOORT):
        return gekozen if item is not None or gekozen == SOORT else SOORT
    return ITEM if item is not None else SOORT


# Mail clients POST here without a session or CSRF token (RFC 8058); the encrypted, signed token
# is the authorisation, and the request can only stop mail for the item or kind it names.
@csrf_exempt
def afmelden(request, token):
    try:
        afmelding = service.lees(token)
        context = {"label": _label(afmelding.soort), "item": service.item(afmelding)}
    except (service.OngeldigeLink, ValueError):
        return render(request, "meldingen/afmelden_ongeldig.html", status=400)
    if request.method != "POST":
        return render(request, "meldingen/afmelden.html", context)
    if _keuze(request, context["item"]) == ITEM:
        service.stop_item(afmelding)
        return render(request, "meldingen/afgemeld.html", {**context, "alleen_item": True})
    service.meld_af(afmelding.gebruiker_id, afmelding.soort)
    return render(request, "meldingen/afgemeld.html", context)
