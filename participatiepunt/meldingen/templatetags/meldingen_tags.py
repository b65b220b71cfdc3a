from django import template

from .. import volgen

register = template.Library()


@register.simple_tag(takes_context=True)
def volgstatus(context, onderwerp):
    """What the follow button needs: may this user follow it, and do they already."""
    gebruiker = context["request"].user
    volgbaar = gebruiker.is_authenticated and gebruiker.has_perm("meldingen.volgen", onderwerp)
    return {
        "volgbaar": volgbaar,
        "volgt": volgbaar and volgen.volgt(gebruiker, onderwerp),
        "sleutel": volgen.sleutel(onderwerp),
    }
