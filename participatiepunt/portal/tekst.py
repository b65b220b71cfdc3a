"""Text as it comes in and as it goes out: no control characters where a line break or a
control code can do harm (a mail header, an iCal property, a one-line field), and one mixin
that cleans every one-line text field of a form on input.

Control characters are Unicode category Cc (C0, DEL, C1 including NEL U+0085) and the line and
paragraph separators U+2028 and U+2029, which line-splitting clients also read as new lines."""

import re

from django import forms

_STUURTEKENS = "\x00-\x1f\x7f-\x9f\u2028\u2029"
_EEN_REGEL = re.compile(f"[{_STUURTEKENS}]+")
# Multi-line text keeps tab and line feed; CR and the Unicode line breaks become a line feed.
_REGELEINDE = re.compile("\r\n?|[\x85\u2028\u2029]")
_MEER_REGELS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")


def eenregelig(tekst: str) -> str:
    """One line: every run of control characters becomes one space."""
    return _EEN_REGEL.sub(" ", tekst).strip()


def meerregelig(tekst: str) -> str:
    """Several lines: line feeds and tabs stay, other control characters go."""
    return _MEER_REGELS.sub("", _REGELEINDE.sub("\n", tekst))


def _schoon(veld, opschonen):
    to_python = veld.to_python

    def schoon(value):
        waarde = to_python(value)
        if not isinstance(waarde, str):
            return waarde
        return opschonen(waarde) or veld.empty_value

    return schoon


class SchoneTekstMixin:
    """Every text field of the form is cleaned on input: a one-line field loses its control
    characters (a CR/LF in a title would end up in mail headers), a text area keeps only its
    line feeds and tabs. Passwords stay exactly as typed. Used by every form of every app."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in self.fields.values():
            if not isinstance(veld, forms.CharField):
                continue
            if isinstance(veld.widget, forms.PasswordInput):
                continue
            opschonen = meerregelig if isinstance(veld.widget, forms.Textarea) else eenregelig
            veld.to_python = _schoon(veld, opschonen)


def schone_kopregels(bericht):
    """No header of an outgoing mail carries a control character, whatever text it was made
    of: Django refuses a header with a line break (BadHeaderError), and a mail that cannot be
    sent must not hold up the others."""
    bericht.subject = eenregelig(str(bericht.subject))
    bericht.extra_headers = {
        naam: eenregelig(str(waarde)) for naam, waarde in bericht.extra_headers.items()
    }
    for veld in ("to", "cc", "bcc", "reply_to"):
        setattr(bericht, veld, [eenregelig(str(adres)) for adres in getattr(bericht, veld)])
    bericht.from_email = eenregelig(str(bericht.from_email))
    return bericht
