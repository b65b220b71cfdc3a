from django.core import signing
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from .. import afmelden as service
from .. import kinds


def _label(soort: str) -> str:
    if soort == service.OVERZICHT:
        return "Het wekelijkse overzicht"
    return kinds.get(soort).label


# Mail clients POST here without a session or CSRF token (RFC 8058); the signed token is the
# authorisation and the only thing the request can do is switch e-mail for one kind off.
@csrf_exempt
def afmelden(request, token):
    try:
        gebruiker_id, soort = service.lees(token)
        label = _label(soort)
    except (signing.BadSignature, ValueError):
        return render(request, "meldingen/afmelden_ongeldig.html", status=400)
    if request.method == "POST":
        service.meld_af(gebruiker_id, soort)
        return render(request, "meldingen/afgemeld.html", {"label": label})
    return render(request, "meldingen/afmelden.html", {"label": label})
