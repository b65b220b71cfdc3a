"""The e-mails themselves: Dutch, plain text plus HTML, a link to the object and a one-click
unsubscribe for the kind (headers and link). Recipients share the event's text, which callers
keep free of other people's personal data."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from . import afmelden, kinds

ONDERWERP_PREFIX = "[Participatiepunt] "


def absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else f"{settings.SITE_URL}{url}"


def _mail(onderwerp, template, context, ontvanger, afmeld_soort, message_id):
    context = {
        **context,
        "afmeld_url": afmelden.url(ontvanger.pk, afmeld_soort),
        "voorkeuren_url": absolute(reverse("meldingen:voorkeuren")),
    }
    bericht = EmailMultiAlternatives(
        subject=f"{ONDERWERP_PREFIX}{onderwerp}",
        body=render_to_string(f"{template}.txt", context),
        to=[ontvanger.email],
        headers={**afmelden.headers(ontvanger.pk, afmeld_soort), "Message-ID": message_id},
    )
    bericht.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return bericht


def _message_id(soort: str, pk: int) -> str:
    # Stable per row: a receiving system can recognise a message it already has.
    domein = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"<{soort}-{pk}@{domein}>"


def voor_melding(melding) -> EmailMultiAlternatives:
    gebeurtenis = melding.gebeurtenis
    context = {
        "gebeurtenis": gebeurtenis,
        "melding": melding,
        "link": absolute(gebeurtenis.url),
        "soort_label": kinds.get(gebeurtenis.soort).label,
    }
    return _mail(
        gebeurtenis.titel,
        "meldingen/mail/melding",
        context,
        melding.ontvanger,
        gebeurtenis.soort,
        _message_id("melding", melding.pk),
    )


def voor_overzicht(overzicht, ontvanger, groepen) -> EmailMultiAlternatives:
    aantal = overzicht.aantal
    context = {"groepen": groepen, "aantal": aantal, "site_url": settings.SITE_URL}
    return _mail(
        f"Uw weekoverzicht: {aantal} bericht{'en' if aantal != 1 else ''}",
        "meldingen/mail/overzicht",
        context,
        ontvanger,
        afmelden.OVERZICHT,
        _message_id("overzicht", overzicht.pk),
    )
