from django.urls import reverse

from .models import Melding


def ongelezen(request):
    """The unread count for the navigation: one indexed count, only for logged-in users."""
    if not request.user.is_authenticated:
        return {}
    aantal = Melding.objects.filter(
        ontvanger=request.user, in_portaal=True, gelezen_op__isnull=True
    ).count()
    return {"meldingen_ongelezen": aantal, "meldingen_url": reverse("meldingen:lijst")}
