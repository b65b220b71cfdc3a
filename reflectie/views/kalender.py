from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import conditional_page, require_POST

from participatiepunt.portal import gzipbody, ics
from participatiepunt.portal.paginacache import publiek_gecachet
from participatiepunt.portal.vastequery import VasteQuery

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


def _token_met_gebruiker(token):
    return FeedToken.objects.select_related("user").filter(token=token).order_by()


# A calendar client asks for its feed every hour, and the feed itself is kept (feedcache): the
# SQL of this lookup (a token with its user's columns) took longer to build and plan than to
# run. The stand-in is no token: the URL's slug cannot hold it.
MET_GEBRUIKER = VasteQuery(_token_met_gebruiker, token="\ue000geen token")


def persoonlijk(request, token):
    feed_token = next(iter(MET_GEBRUIKER.rijen(token=token)), None)
    if feed_token is None or not feed_token.user.is_active:
        raise Http404("Onbekend agenda-adres.")
    response = _ics(b"", "reflectie.ics")
    gzipbody.vul(request, response, feedcache.persoonlijk(feed_token.user))
    add_never_cache_headers(response)  # may hold closed sessions: no shared cache keeps it
    return response
