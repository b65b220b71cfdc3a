from django.http import HttpResponse
from django.template import loader

from .models import Rij


def floor(request, groep):
    # No request in the context: no context processors, the framework's bare minimum.
    rijen = Rij.objects.select_related("groep").filter(groep_id=groep).order_by("id")[:50]
    return HttpResponse(loader.render_to_string("benchfloor/floor.html", {"rijen": rijen}))
