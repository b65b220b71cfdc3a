from functools import cache

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from participatiepunt.accounts.predicates import is_staff_role

from . import contact as contactvragen
from . import health, throttle, verklaringen, werkvoorraad
from .contactformulier import ContactFormulier
from .eenmalig import eenmalig
from .paginacache import publiek_gecachet

TE_VEEL_VRAGEN = (
    "U heeft het afgelopen uur al een aantal vragen gesteld. Probeer het later nog eens, of "
    "bel of mail ons: de gegevens staan hiernaast."
)


@publiek_gecachet
def home(request):
    return render(request, "portal/home.html")


@login_required
@permission_required("portal.view_werkvoorraad", raise_exception=True)
def werkvoorraad_pagina(request):
    taken = werkvoorraad.voor(request.user, request.gemeente)
    return render(request, "portal/werkvoorraad.html", {"taken": taken})


def over(request):
    return render(request, "portal/over.html")


@require_http_methods(["GET", "HEAD", "POST"])
@eenmalig
def contact(request):
    """Anyone may ask; what they typed stays in the form on every refusal."""
    if request.method != "POST":
        return _contactpagina(request, ContactFormulier())
    form = ContactFormulier(request.POST)
    if form.is_valid() and _te_veel_vragen(request):
        form.add_error(None, TE_VEEL_VRAGEN)
    if not form.is_valid():
        return _contactpagina(request, form)
    gegevens = form.cleaned_data
    contactvragen.stel_vraag(
        gemeente=request.gemeente,
        afzender=request.user,
        naam=gegevens["naam"],
        email=gegevens["email"],
        onderwerp=gegevens["onderwerp"],
        vraag=gegevens["vraag"],
        formulier_token=gegevens["gestart"],
    )
    return redirect("portal:contact_verzonden")


def _contactpagina(request, form):
    context = {
        "form": form,
        "werkdagen": settings.PARTICIPATIEPUNT_ANTWOORD_WERKDAGEN,
        "bewaartermijn_maanden": round(settings.CONTACTVRAAG_BEWAARTERMIJN_DAGEN / 30.44),
    }
    return render(request, "portal/contact.html", context)


def _te_veel_vragen(request) -> bool:
    return throttle.over_limit(
        request, name="contactvraag", limit=settings.CONTACT_VRAGEN_PER_UUR, window=60 * 60
    )


@require_GET
def contact_verzonden(request):
    return render(request, "portal/contact_verzonden.html")


def privacy(request):
    context = {
        "bijgewerkt": verklaringen.PRIVACY_BIJGEWERKT,
        "verwerkers": verklaringen.VERWERKERS,
        "contact": verklaringen.contact(request.gemeente),
    }
    return render(request, "portal/privacy.html", context)


def cookies(request):
    context = {"bijgewerkt": verklaringen.COOKIES_BIJGEWERKT, "cookies": verklaringen.cookies()}
    return render(request, "portal/cookies.html", context)


def toegankelijkheid(request):
    context = {
        "opgesteld": verklaringen.TOEGANKELIJKHEID_OPGESTELD,
        "bijgewerkt": verklaringen.TOEGANKELIJKHEID_BIJGEWERKT,
        "contact": verklaringen.contact(request.gemeente),
        "site_url": settings.SITE_URL,
    }
    return render(request, "portal/toegankelijkheid.html", context)


def security_txt(request):
    return HttpResponse(verklaringen.security_txt(), content_type="text/plain; charset=utf-8")


def robots_txt(request):
    return HttpResponse(verklaringen.ROBOTS_TXT, content_type="text/plain; charset=utf-8")


@cache
def _favicon() -> bytes:
    return (settings.BASE_DIR / "static" / "favicon.ico").read_bytes()


def favicon(request):
    response = HttpResponse(_favicon(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=604800"
    return response


@never_cache
def gezondheid(request):
    """Up or down for anyone (a load balancer, a container's health check); which part is down
    only for staff: the rest of the world need not know which service to attack."""
    checks = health.report()
    healthy = health.is_healthy(checks)
    body = {"status": "ok" if healthy else "fout"}
    if is_staff_role(request.user):
        body.update(checks)
    return JsonResponse(body, status=200 if healthy else 503)


def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request: the page must work when the database does not.
    return HttpResponseServerError(loader.render_to_string("500.html"))
