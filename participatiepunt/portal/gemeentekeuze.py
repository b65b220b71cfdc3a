"""Choosing the gemeente on a host that several share: a visitor picks one, a medewerker who
works for several switches between them. The choice is kept in the session (gebieden.huidige
reads it); a gemeente with a host name of its own is reached at that host."""

from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from participatiepunt.gebieden.huidige import (
    SESSIE_SLEUTEL,
    alle_gemeenten,
    gemeente_ids,
    met_slug,
)


def keuzes(request) -> list:
    """Every gemeente, those one works for first."""
    eigen = gemeente_ids(request.user)
    return sorted(alle_gemeenten(), key=lambda g: (g.pk not in eigen, g.naam))


def _terug(request) -> str:
    volgende = request.POST.get("volgende", "")
    veilig = url_has_allowed_host_and_scheme(volgende, {request.get_host()}, request.is_secure())
    return volgende if veilig and volgende.startswith("/") else "/"


def kiezen(request):
    mogelijk = keuzes(request)
    if request.method == "POST":
        gekozen = met_slug(request.POST.get("gemeente"), mogelijk)
        if gekozen is not None:
            if gekozen.hostnaam and gekozen.hostnaam != request.get_host().rsplit(":", 1)[0]:
                return HttpResponseRedirect(f"{request.scheme}://{gekozen.hostnaam}/")
            request.session[SESSIE_SLEUTEL] = gekozen.slug
            return redirect(_terug(request))
    context = {"keuzes": mogelijk, "volgende": request.GET.get("volgende", "")}
    return render(request, "portal/gemeente_kiezen.html", context)
