from functools import cache

from django.db import connection
from django.urls import reverse

from .models import Melding


def ongelezen(request):
    """The unread count for the navigation: one indexed count, only for logged-in users."""
    if not request.user.is_authenticated:
        return {}
    aantal = aantal_ongelezen(request.user.pk)
    return {"meldingen_ongelezen": aantal, "meldingen_url": reverse("meldingen:lijst")}


def aantal_ongelezen(gebruiker_id) -> int:
    """COUNT along the partial index melding_ongelezen. Written as SQL once: on every page of a
    logged-in user the ORM took longer to build this query (about 0.5 ms) than the database to
    answer it."""
    with connection.cursor() as cursor:
        cursor.execute(_telling(), [gebruiker_id])
        return cursor.fetchone()[0]


@cache
def _telling() -> str:
    """The same query as Melding.objects.filter(ontvanger=…, in_portaal=True,
    gelezen_op__isnull=True).count(), the condition of the index melding_ongelezen."""
    kolom = {veld: Melding._meta.get_field(veld).column for veld in ("ontvanger", "in_portaal")}
    gelezen_op = Melding._meta.get_field("gelezen_op").column
    return (
        f'SELECT COUNT(*) FROM "{Melding._meta.db_table}" WHERE "{kolom["ontvanger"]}" = %s'
        f' AND "{kolom["in_portaal"]}" AND "{gelezen_op}" IS NULL'
    )
