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


# Rendered once per event; each recipient's own unsubscribe link replaces this placeholder.
AFMELD_PLEK = "AFMELD-URL-PLEK"


def _teksten(template, context) -> tuple[str, str]:
    context = {
        **context,
        "afmeld_url": AFMELD_PLEK,
        "voorkeuren_url": absolute(reverse("meldingen:voorkeuren")),
    }
    return render_to_string(f"{template}.txt", context), render_to_string(
        f"{template}.html", context
    )


def _mail(onderwerp, teksten, ontvanger, afmeld_soort, message_id):
    afmeld_url = afmelden.url(ontvanger.pk, afmeld_soort)
    tekst, html = (deel.replace(AFMELD_PLEK, afmeld_url) for deel in teksten)
    bericht = EmailMultiAlternatives(
        subject=f"{ONDERWERP_PREFIX}{onderwerp}",
        body=tekst,
        to=[ontvanger.email],
        headers={**afmelden.headers(ontvanger.pk, afmeld_soort), "Message-ID": message_id},
    )
    bericht.attach_alternative(html, "text/html")
    return bericht


def _message_id(soort: str, pk: int) -> str:
    # Stable per row: a receiving system can recognise a message it already has.
    domein = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"<{soort}-{pk}@{domein}>"


class Opmaak:
    """The e-mails of one batch: each event is rendered once, not once per recipient."""

    def __init__(self):
        self._teksten: dict[tuple, tuple[str, str]] = {}

    def voor_melding(self, melding) -> EmailMultiAlternatives:
        gebeurtenis = melding.gebeurtenis
        sleutel = (gebeurtenis.pk, melding.reden)
        if sleutel not in self._teksten:
            context = {
                "gebeurtenis": gebeurtenis,
                "melding": melding,
                "link": absolute(gebeurtenis.url),
                "soort_label": kinds.get(gebeurtenis.soort).label,
            }
            self._teksten[sleutel] = _teksten("meldingen/mail/melding", context)
        return _mail(
            gebeurtenis.titel,
            self._teksten[sleutel],
            melding.ontvanger,
            gebeurtenis.soort,
            _message_id("melding", melding.pk),
        )


def voor_overzicht(overzicht, ontvanger, groepen) -> EmailMultiAlternatives:
    aantal = overzicht.aantal
    context = {"groepen": groepen, "aantal": aantal}
    return _mail(
        f"Uw weekoverzicht: {aantal} bericht{'en' if aantal != 1 else ''}",
        _teksten("meldingen/mail/overzicht", context),
        ontvanger,
        afmelden.OVERZICHT,
        _message_id("overzicht", overzicht.pk),
    )
