from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache

from . import health
from .paginacache import publiek_gecachet


@publiek_gecachet
def home(request):
    return render(request, "portal/home.html")


def over(request):
    return render(request, "portal/over.html")


def privacy(request):
    return render(request, "portal/privacy.html")


def toegankelijkheid(request):
    return render(request, "portal/toegankelijkheid.html")


@never_cache
def gezondheid(request):
    checks = health.report()
    healthy = health.is_healthy(checks)
    return JsonResponse(
        {"status": "ok" if healthy else "fout", **checks}, status=200 if healthy else 503
    )


def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request: the page must work when the database does not.
    return HttpResponseServerError(loader.render_to_string("500.html"))
