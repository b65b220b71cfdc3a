from django import template

from .. import berichten, volgen

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


@register.filter
def absoluut(url: str) -> str:
    """A link that works from an e-mail: SITE_URL in front of a path."""
    return berichten.absolute(url)
