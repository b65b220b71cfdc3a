"""The portal's statements in one place: privacy (with its processors and the functionaris
gegevensbescherming), cookies, toegankelijkheid and security.txt. Contact details come from
the gemeente (portal.mail.contact); what changes with the text (its date, the processors) is
kept here, next to it."""

import datetime

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage

from . import mail

PRIVACY_BIJGEWERKT = datetime.date(2026, 11, 30)
COOKIES_BIJGEWERKT = datetime.date(2026, 11, 30)
TOEGANKELIJKHEID_OPGESTELD = datetime.date(2026, 11, 30)
TOEGANKELIJKHEID_BIJGEWERKT = datetime.date(2026, 11, 30)

VERWERKERS = [
    (
        "Hosting en beheer van het portaal",
        "De servers, de database en de back-ups van het portaal, in een datacentrum in "
        "Nederland, onder een verwerkersovereenkomst met de gemeente.",
    ),
    (
        "Verzenden van e-mail",
        "De mailserver die uw bevestigingen en meldingen verstuurt. Hij krijgt alleen uw "
        "e-mailadres en de tekst van de e-mail.",
    ),
]


def contact(gemeente=None) -> dict:
    """The participatiepunt's contact details as the gemeente keeps them in the portal."""
    return {**mail.contact(gemeente), "fg_email": settings.FUNCTIONARIS_GEGEVENSBESCHERMING_EMAIL}


def cookies() -> list[tuple[str, str, str]]:
    """(name, what for, how long) of every cookie the portal sets: only functional ones."""
    sessieduur = settings.SESSION_COOKIE_AGE // 86400
    return [
        (
            settings.SESSION_COOKIE_NAME,
            "Houdt u ingelogd terwijl u van pagina naar pagina gaat.",
            f"tot u uitlogt, hoogstens {sessieduur} dagen",
        ),
        (
            settings.CSRF_COOKIE_NAME,
            "Beveiligt de formulieren: alleen u kunt ze namens u versturen.",
            "een jaar",
        ),
        (
            CookieStorage.cookie_name,
            "Bewaart een korte melding (zoals 'Uw concept is bewaard') tot de volgende pagina.",
            "tot de volgende pagina",
        ),
    ]


def security_txt() -> str:
    """RFC 9116: Contact and Expires are required; one field per line."""
    regels = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {settings.SECURITY_TXT_EXPIRES}",
        "Preferred-Languages: nl, en",
        f"Canonical: {settings.SITE_URL}/.well-known/security.txt",
    ]
    return "\n".join(regels) + "\n"


ROBOTS_TXT = """User-agent: *
Disallow: /account/
Disallow: /beheer/
Disallow: /meldingen/
Disallow: /initiatieven/mijn/
Disallow: /initiatieven/intake/
Disallow: /wijken/mijn-gebieden/
"""
