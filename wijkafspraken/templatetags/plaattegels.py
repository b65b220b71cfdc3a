"""Parts of the praatplaat's picture (_plaat.html) drawn once per process. A question's tile
depends only on its question, stand and place and the picture's id, and the kompas only on the
edition: both repeat across every praatplaat, so each is rendered once and then reused, instead
of resolving a dozen template variables per tile for every picture (most of the praatplaat
page's rendering, issue 21). The values are frozen dataclasses (plaat.py): equal values draw
the same markup."""

from dataclasses import replace
from functools import lru_cache

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

register = template.Library()


def getekend(template_name: str, context: dict) -> str:
    # The templates end in a newline that the part they draw does not have.
    return mark_safe(render_to_string(template_name, context).removesuffix("\n"))


@lru_cache(maxsize=2048)
def _tegel(vak, id) -> str:
    return getekend("wijkafspraken/_plaat_tegel.html", {"vak": vak, "id": id})


@lru_cache(maxsize=64)
def _kompas(delen, midden) -> str:
    return getekend("wijkafspraken/_plaat_kompas.html", {"delen": delen, "midden": midden})


@register.simple_tag
def tegel(vak, id):
    return _tegel(vak, id)


@register.simple_tag
def kompas(plaat):
    """Without the tiles: the kompas's shape and titles are the same for every praatplaat."""
    return _kompas(tuple(replace(deel, vakken=()) for deel in plaat.kompas), plaat.midden)
