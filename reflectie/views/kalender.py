from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import conditional_page, require_POST

from participatiepunt.portal import gzipbody, ics
from participatiepunt.portal.paginacache import publiek_gecachet

from .. import feedcache, ical
from ..models import FeedToken


def _ics(inhoud: bytes, bestandsnaam: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=ical.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{bestandsnaam}"'
    return response


@login_required
def pagina(request):
    token, _ = FeedToken.objects.get_or_create(user=request.user)
    persoonlijk = reverse("reflectie:feed_persoonlijk", kwargs={"token": token.token})
    context = {
        "persoonlijke_url": request.build_absolute_uri(persoonlijk),
        "openbare_url": request.build_absolute_uri(reverse("reflectie:feed_openbaar")),
    }
    return render(request, "reflectie/kalender.html", context)


@login_required
@require_POST
def vernieuwen(request):
    token, _ = FeedToken.objects.get_or_create(user=request.user)
    token.vernieuw()
    messages.success(request, "U heeft een nieuw agenda-adres. Het oude adres werkt niet meer.")
    return redirect("reflectie:kalender")


@conditional_page
@publiek_gecachet
def openbaar(request):
    return ics.voor_pollers(_ics(feedcache.openbaar(request.gemeente), "reflectie-openbaar.ics"))


def persoonlijk(request, token):
    feed_token = FeedToken.objects.select_related("user").filter(token=token).first()
    if feed_token is None or not feed_token.user.is_active:
        raise Http404("Onbekend agenda-adres.")
    response = _ics(b"", "reflectie.ics")
    gzipbody.vul(request, response, feedcache.persoonlijk(feed_token.user))
    add_never_cache_headers(response)  # may hold closed sessions: no shared cache keeps it
    return response
