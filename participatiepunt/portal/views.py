from functools import cache

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache

from participatiepunt.accounts.predicates import is_staff_role

from . import health, verklaringen
from .paginacache import publiek_gecachet


@publiek_gecachet
def home(request):
    return render(request, "portal/home.html")


def over(request):
    return render(request, "portal/over.html")


def privacy(request):
    context = {
        "bijgewerkt": verklaringen.PRIVACY_BIJGEWERKT,
        "verwerkers": verklaringen.VERWERKERS,
        "contact": verklaringen.contact(),
    }
    return render(request, "portal/privacy.html", context)


def cookies(request):
    context = {"bijgewerkt": verklaringen.COOKIES_BIJGEWERKT, "cookies": verklaringen.cookies()}
    return render(request, "portal/cookies.html", context)


def toegankelijkheid(request):
    context = {
        "opgesteld": verklaringen.TOEGANKELIJKHEID_OPGESTELD,
        "bijgewerkt": verklaringen.TOEGANKELIJKHEID_BIJGEWERKT,
        "contact": verklaringen.contact(),
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
