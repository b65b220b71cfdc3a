"""The congruence check's table on the praatplaat page drawn row by row once per process: a
row depends only on its question, stand, demand and whether the answer is public, which repeat
across every praatplaat of an edition (as the picture's tiles, plaattegels.py)."""

from functools import lru_cache

from django import template

from .plaattegels import getekend

register = template.Library()


@lru_cache(maxsize=2048)
def _rij(vraag, status, label, blokkeert, eis, openbaar) -> str:
    context = {"vraag": vraag, "status": status, "label": label, "blokkeert": blokkeert}
    context.update(eis=eis, openbaar=openbaar)
    return getekend("wijkafspraken/_toetsrij.html", context)


@register.simple_tag
def toetsrij(regel):
    """regel: a toets.VraagRegel."""
    openbaar = bool(regel.antwoord and regel.antwoord.openbaar)
    return _rij(regel.vraag, regel.status, regel.status_label, regel.blokkeert, regel.eis, openbaar)
