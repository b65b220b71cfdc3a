"""How full a bijeenkomst is, as a badge. The catalogue keeps its page for anonymous visitors
(portal.paginacache) with a place holder where each badge goes and fills them in on every
request from one query: a sign-up then changes the badge without making the page anew, where
a dozen sign-ups a second renewed the whole catalogue on nearly every view."""

import re

from django.db.models.expressions import RawSQL
from django.utils.html import format_html
from django.utils.safestring import SafeString

from participatiepunt.portal.vastequery import VasteQuery

from .models import Bijeenkomst

_PLEK = "\ue002plaatsen:{}\ue003"
_PLEKKEN = re.compile("\ue002plaatsen:(\\d+)\ue003")


def badge(capaciteit: int, bezet: int, wachtend: int) -> SafeString:
    vrij = max(capaciteit - bezet, 0)
    if vrij:
        return format_html(
            '<span class="badge plaatsen-vrij">Nog {} van {} plaatsen vrij</span>', vrij, capaciteit
        )
    op_wachtlijst = f", {wachtend} op de wachtlijst" if wachtend else ""
    return format_html('<span class="badge plaatsen-vol">Vol{}</span>', op_wachtlijst)


def plek(bijeenkomst) -> str:
    """Where invullen() puts the bijeenkomst's badge."""
    return _PLEK.format(bijeenkomst.pk)


def invullen(request, html: str) -> str:
    """The page with each bijeenkomst's badge in its place."""
    pks = {int(pk) for pk in _PLEKKEN.findall(html)}
    if not pks:
        return html
    ids = ",".join(map(str, sorted(pks)))
    rijen = BEZETTING.rijen(ids=f"{{{ids}}}")
    badges = {pk: badge(*stand) for pk, *stand in rijen}
    return _PLEKKEN.sub(lambda gevonden: badges.get(int(gevonden[1]), ""), html)


def _bezetting(ids: str):
    """How full the bijeenkomsten whose ids are in `ids` (a PostgreSQL array, "{1,2}") are."""
    gekozen = RawSQL("SELECT unnest(%s::bigint[])", (ids,))
    rijen = Bijeenkomst.objects.filter(pk__in=gekozen).met_bezetting().order_by()
    return rijen.values_list("pk", "capaciteit", "bezet", "wachtend")


# Built and planned once: the ORM took longer to build the two counts than PostgreSQL to run
# them (5 of 7 ms of a kept catalogue page in bench.profiel). The ids go as one array.
BEZETTING = VasteQuery(_bezetting, ids="{0}")
