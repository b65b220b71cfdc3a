"""Trajecten on a map (participatiepunt.gebieden.kaart): the items, coloured by status, with the
same colours as the status badges (static/css/initiatieven.css)."""

from django.urls import reverse

from participatiepunt.gebieden import kaart

from .choices import Status

MAX_OP_KAART = 300
STATUSKLEUR = {
    Status.INGEDIEND: "#0b5394",
    Status.IN_GESPREK: "#6a3d9a",
    Status.KADERS_VASTGESTELD: "#8a4b00",
    Status.IN_UITVOERING: "#00643c",
    Status.AFGEROND: "#1f4e3d",
}


def _item(pk, titel, status, locatie) -> dict:
    return kaart.item(
        titel,
        locatie,
        url=reverse("initiatieven:detail", kwargs={"pk": pk}),
        kleur=STATUSKLEUR.get(status, "#4a4a4a"),
        soort=Status(status).label,
        klasse=f"status-{status}",
    )


def items(queryset) -> list[dict]:
    """The trajecten of queryset that have a location, at most MAX_OP_KAART, in one query of
    four columns."""
    rijen = queryset.filter(locatie__isnull=False).prefetch_related(None).order_by("titel", "pk")
    rijen = rijen.values_list("pk", "titel", "status", "locatie")[:MAX_OP_KAART]
    return [_item(*rij) for rij in rijen]


def van(initiatieven) -> list[dict]:
    """Items for trajecten already loaded (with their location)."""
    return [_item(i.pk, i.titel, i.status, i.locatie) for i in initiatieven if i.locatie]
