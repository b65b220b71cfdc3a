"""The reflectie subnav on every reflectie page: which items a reader gets is asked per request
(five permissions); the links are reversed and rendered once per process for each combination
of those and the current item, not ten reverses per request."""

from functools import lru_cache

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import mark_safe

register = template.Library()

RECHTEN = {
    "kan_voorstellen": "reflectie.propose_onderwerp",
    "ziet_onderwerpen": "reflectie.view_onderwerpen",
    "ziet_griffie": "reflectie.view_griffie",
    "ziet_planning": "reflectie.view_planning",
    "kan_plannen": "reflectie.add_sessie",
}
ITEMS = (
    "lijst", "terras", "nieuw", "voorstellen", "mijn_onderwerpen", "leren", "kalender",
    "onderwerpen", "griffie", "planning",
)  # fmt: skip


@register.simple_tag(takes_context=True)
def reflectie_subnav(context) -> str:
    request = context["request"]
    rechten = tuple(naam for naam, recht in RECHTEN.items() if request.user.has_perm(recht))
    waar = (get_script_prefix(), get_urlconf())
    pad = request.path if request.path in _urls(*waar) else ""
    return _subnav(rechten, pad, *waar)


@lru_cache(maxsize=16)
def _urls(_prefix, _urlconf) -> frozenset[str]:
    return frozenset(reverse(f"reflectie:{item}") for item in ITEMS)


@lru_cache(maxsize=256)
def _subnav(rechten: tuple[str, ...], pad: str, _prefix, _urlconf) -> str:
    context = {"pad": pad, **dict.fromkeys(rechten, True)}
    return mark_safe(render_to_string("reflectie/_subnav_links.html", context))  # by Django
