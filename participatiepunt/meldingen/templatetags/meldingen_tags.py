from django import template

from participatiepunt.portal import mail

from .. import hartslag, volgen

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
    return mail.absolute(url)


@register.filter
def volgende_stap_uit_tekst(gebeurtenis) -> str:
    """A heartbeat's next step, for the one mail that lists every quiet item."""
    return hartslag.stap_uit_tekst(gebeurtenis.tekst)
