"""The notification centre in the portal: a user's own notifications, read or unread."""

from django.utils import timezone

from .models import Melding


def van(gebruiker):
    return (
        Melding.objects.filter(ontvanger=gebruiker, in_portaal=True)
        .select_related("gebeurtenis")
        .order_by("-aangemaakt_op", "-pk")
    )


def markeer_gelezen(gebruiker, melding_id=None) -> int:
    ongelezen = van(gebruiker).filter(gelezen_op__isnull=True)
    if melding_id is not None:
        ongelezen = ongelezen.filter(pk=melding_id)
    return ongelezen.update(gelezen_op=timezone.now())
