"""Mails that look like the gemeente's: every mail is a plain-text part and an HTML part, both
extending one layout (templates/mail/basis.txt and basis.html: the portal's name, one button for
the main action, the participatiepunt's contact details and why the reader gets it). Styles are
written inline in the layout: mail clients drop a <style> element. Replies go to the
participatiepunt, and auto-responders are asked not to answer (RFC 3834)."""

import random
import re
import sys
from email.policy import Compat32

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import formats

from participatiepunt.gebieden.huidige import standaardgemeente

ONDERWERP_PREFIX = "[Participatiepunt] "
AUTOMATISCH = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def contact(gemeente=None) -> dict[str, str]:
    """What the footer of every mail says about the participatiepunt: the gemeente's own
    contact details (the standaardgemeente's when none is given), kept in the portal."""
    gemeente = gemeente or standaardgemeente()
    return {
        "naam": f"Participatiepunt gemeente {gemeente.naam}" if gemeente else "Participatiepunt",
        "adres": gemeente.adres if gemeente else "",
        "telefoon": gemeente.telefoon if gemeente else "",
        "email": (gemeente.email if gemeente else "") or settings.PARTICIPATIEPUNT_EMAIL,
        "site": site(gemeente),
        "kleur": gemeente.primaire_kleur if gemeente else "#00643c",
        "gemeente": gemeente.naam if gemeente else "",
    }


def site(gemeente=None) -> str:
    """The address a gemeente's residents know: its own host name, else the installation's."""
    if gemeente is not None and gemeente.hostnaam:
        return f"https://{gemeente.hostnaam}"
    return settings.SITE_URL


def absolute(url: str, gemeente=None) -> str:
    return url if url.startswith(("http://", "https://")) else f"{site(gemeente)}{url}"


def datum(waarde) -> str:
    """A date as a mail says it: 7 december 2026 (never 07-12-2026)."""
    return formats.date_format(waarde, "j F Y")


def teksten(template: str, context: dict, gemeente=None) -> tuple[str, str]:
    """The plain-text and HTML parts of `template` (.txt and .html), in the name of the gemeente
    the mail is about."""
    context = {"contact": contact(gemeente), **context}
    return (
        render_to_string(f"{template}.txt", context).strip() + "\n",
        render_to_string(f"{template}.html", context),
    )


def headers(extra=None) -> dict[str, str]:
    return {**AUTOMATISCH, **(extra or {})}


# Printable ASCII words with single spaces between them: a header compat32 leaves as it is when
# it fits on one line.
EENVOUDIGE_KOPREGEL = re.compile(r"[!-~]+(?: [!-~]+)*")


class SnelleKopregels(Compat32):
    """Folds headers exactly as compat32 (Django's policy) does, but writes a header that fits
    on one line as it is: compat32 builds an email.header.Header for every header to learn that
    it needs no folding, a third of the CPU time of a notification mail."""

    def _fold(self, name, value, sanitize):
        regel = f"{name}: {value}"
        if (
            isinstance(value, str)
            and len(regel) <= (self.max_line_length or sys.maxsize)
            and EENVOUDIGE_KOPREGEL.fullmatch(value)
        ):
            return regel + self.linesep
        return super()._fold(name, value, sanitize)


SNELLE_KOPREGELS = SnelleKopregels()


class Bericht(EmailMultiAlternatives):
    def message(self):
        mime = super().message()
        mime.policy = SNELLE_KOPREGELS
        _zet_grenzen(mime)
        return mime


def _zet_grenzen(mime) -> None:
    """A boundary for each multipart part that no part's text contains. The email package would
    check a random one with a regular expression compiled for that boundary, once per mail
    (and each one pushes a compiled pattern out of the re module's cache)."""
    delen = list(mime.walk())
    teksten = [str(deel.get_payload()) for deel in delen if not deel.is_multipart()]
    for deel in delen:
        if deel.is_multipart():
            deel.set_boundary(_grens(teksten))


def _grens(teksten) -> str:
    while True:
        grens = f"{'=' * 15}{random.randrange(sys.maxsize):019d}=="
        if not any(grens in tekst for tekst in teksten):
            return grens


def bericht(*, onderwerp: str, delen: tuple[str, str], aan: str, extra_headers=None, gemeente=None):
    """One mail of the participatiepunt to one address, with both parts; replies go to the
    participatiepunt of the gemeente it is about."""
    tekst, html = delen
    mail = Bericht(
        subject=f"{ONDERWERP_PREFIX}{onderwerp}",
        body=tekst,
        to=[aan],
        reply_to=[contact(gemeente)["email"]],
        headers=headers(extra_headers),
    )
    mail.attach_alternative(html, "text/html")
    return mail
