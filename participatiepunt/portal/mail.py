"""Mails that look like the gemeente's: every mail is a plain-text part and an HTML part, both
extending one layout (templates/mail/basis.txt and basis.html: the portal's name, one button for
the main action, the participatiepunt's contact details and why the reader gets it). Styles are
written inline in the layout: mail clients drop a <style> element. Replies go to the
participatiepunt, and auto-responders are asked not to answer (RFC 3834)."""

import random
import re
import sys
from email.policy import Compat32
from email.utils import formatdate

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.smtp import EmailBackend as SmtpBackend
from django.core.mail.message import forbid_multi_line_headers, sanitize_address
from django.template.loader import render_to_string
from django.utils import formats

from participatiepunt.gebieden.huidige import standaardgemeente

from . import smtp

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
    # The template this mail was made from (Sjabloon.voor) and the values of its placeholders.
    sjabloon = None
    ingevuld: dict[str, str] = {}

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


# Per-recipient values while a template is built; each recipient's own replace them.
AAN_PLEK = "aan@plek.invalid"
DATUM_PLEK = "DATUM-PLEK"
_CRLF = SNELLE_KOPREGELS.clone(linesep="\r\n")  # as Django's SMTP backend flattens a mail
_MAX_REGEL = 998  # RFC 5322; Django encodes a text part with a longer line quoted-printable


class Sjabloon:
    """One mail to many recipients who differ only in the address, some headers (Date always)
    and placeholders in the text parts. Django builds and flattens it once, with placeholders;
    a recipient's bytes are the template's with their values in: each differing header line
    folded by the same policy, new boundaries (as _zet_grenzen draws them) and the values in the
    text parts. Building and flattening every mail was most of a notification's CPU time.

    Exactly Django's bytes (tests/portal/test_mail_sjabloon.py): a template is only used for a
    mail it fits (same subject, parts, headers; no attachments) whose text parts go out as they
    are (7 or 8 bit, no line over 998 after filling in); otherwise the mail goes Django's way."""

    def __init__(self, bericht: Bericht, plekken=(), kopregels=()):
        """`bericht` is made with to=[AAN_PLEK]; `plekken` are the placeholders in its text
        parts, `kopregels` the extra headers that differ per recipient (with placeholder
        values)."""
        self.bericht, self.plekken = bericht, tuple(plekken)
        self.kopregels = ("To", "Date", *kopregels)
        # Without its own Message-ID each mail would get a new one from Django, not this one.
        eigen_id = "message-id" in {naam.lower() for naam in kopregels}
        self.ruw = self._bytes(bericht) if eigen_id and self._past_vorm(bericht) else None

    def voor(self, bericht: Bericht) -> Bericht:
        """Marks `bericht`, made as the template with `bericht.ingevuld` for the placeholders,
        as made from this template."""
        bericht.sjabloon = self
        return bericht

    def _past_vorm(self, bericht) -> bool:
        return not (bericht.attachments or bericht.cc or bericht.bcc) and len(bericht.to) == 1

    def _bytes(self, bericht):
        mime = bericht.message()
        mime.replace_header("Date", DATUM_PLEK)
        delen = [deel for deel in mime.walk() if not deel.is_multipart()]
        if any(deel["Content-Transfer-Encoding"] not in ("7bit", "8bit") for deel in delen):
            return None
        self.grenzen = [deel.get_boundary() for deel in mime.walk() if deel.is_multipart()]
        ruw = mime.as_bytes(linesep="\r\n")
        kop, _, romp = ruw.partition(b"\r\n\r\n")
        kop += b"\r\n\r\n"
        regels = {naam: _CRLF.fold_binary(naam, mime[naam]) for naam in self.kopregels}
        if any(kop.count(regel) != 1 for regel in regels.values()):
            return None
        # The header block cut around the differing lines, in the order they stand in it.
        self.kopregels = tuple(sorted(self.kopregels, key=lambda naam: kop.index(regels[naam])))
        self.kop_delen, begin = [], 0
        for naam in self.kopregels:
            plek = kop.index(regels[naam])
            self.kop_delen.append(kop[begin:plek])
            begin = plek + len(regels[naam])
        self.kop_delen.append(kop[begin:])
        self.teksten = self._teksten(bericht)
        aantal = sum(tekst.count(plek) for tekst in self.teksten for plek in self.plekken)
        if sum(romp.count(plek.encode()) for plek in self.plekken) != aantal:
            return None
        self.regels_met_plek = [
            regel for tekst in self.teksten for regel in tekst.splitlines()
            if any(plek in regel for plek in self.plekken)
        ]  # fmt: skip
        self.afzender = sanitize_address(bericht.from_email, self._codering(bericht))
        return romp

    @staticmethod
    def _teksten(bericht) -> list[str]:
        return [bericht.body, *(inhoud for inhoud, _ in bericht.alternatives)]

    @staticmethod
    def _codering(bericht) -> str:
        return bericht.encoding or settings.DEFAULT_CHARSET

    def _vul_in(self, tekst: str, ingevuld) -> str:
        for plek, waarde in ingevuld.items():
            tekst = tekst.replace(plek, waarde)
        return tekst

    def _past(self, bericht) -> bool:
        """Whether `bericht` is this template with its own values filled in, nothing else."""
        sjabloon, ingevuld = self.bericht, bericht.ingevuld
        if self.ruw is None or set(ingevuld) != set(self.plekken):
            return False
        if not all(waarde.isascii() and waarde.isprintable() for waarde in ingevuld.values()):
            return False  # a 7bit part might become 8bit, a line break be rewritten: Django's way
        vast = [k for k in bericht.extra_headers if k not in self.kopregels]
        if (
            _vorm(bericht) != _vorm(sjabloon)
            or not self._past_vorm(bericht)
            or list(bericht.extra_headers) != list(sjabloon.extra_headers)
            or any(bericht.extra_headers[k] != sjabloon.extra_headers[k] for k in vast)
        ):  # fmt: skip
            return False
        groei = {plek: len(waarde) - len(plek) for plek, waarde in ingevuld.items()}
        if any(
            len(regel.encode()) + sum(regel.count(p) * g for p, g in groei.items()) > _MAX_REGEL
            for regel in self.regels_met_plek
        ):
            return False
        verwacht = [self._vul_in(tekst, ingevuld) for tekst in self.teksten]
        return self._teksten(bericht) == verwacht

    def bytes_voor(self, bericht):
        """(envelope sender, recipient, the mail's bytes), or None: send it Django's way."""
        if not self._past(bericht):
            return None
        codering = self._codering(bericht)
        waarden = {
            **bericht.extra_headers,
            "To": bericht.to[0],
            "Date": formatdate(localtime=settings.EMAIL_USE_LOCALTIME),
        }
        kop = [self.kop_delen[0]]
        for naam, deel in zip(self.kopregels, self.kop_delen[1:], strict=True):
            _, waarde = forbid_multi_line_headers(naam, waarden[naam], codering)
            kop += [_CRLF.fold_binary(naam, waarde), deel]
        kop, romp = b"".join(kop), self.ruw
        for plek, waarde in bericht.ingevuld.items():
            romp = romp.replace(plek.encode(), waarde.encode())
        teksten = self._teksten(bericht)
        for oud in self.grenzen:
            nieuw = _grens(teksten).encode()
            kop, romp = kop.replace(oud.encode(), nieuw), romp.replace(oud.encode(), nieuw)
        return self.afzender, sanitize_address(bericht.to[0], codering), kop + romp


def _vorm(bericht) -> list:
    """All of a mail but its address, headers and text parts."""
    return [
        bericht.subject, bericht.from_email, bericht.reply_to, bericht.encoding,
        [soort for _, soort in bericht.alternatives], bericht.alternatives[1:],
    ]  # fmt: skip


def verstuur(verbinding, bericht) -> None:
    """Sends one mail over an open connection: a mail made from a template as its bytes when
    the connection is SMTP (smtp.stuur), any other mail (or connection) the way Django does."""
    ruw = None
    if bericht.sjabloon is not None and isinstance(verbinding, SmtpBackend):
        ruw = bericht.sjabloon.bytes_voor(bericht)
    if ruw is None or verbinding.connection is None:
        verbinding.send_messages([bericht])
        return
    smtp.stuur(verbinding.connection, *ruw)  # pipelined where the server offers it
