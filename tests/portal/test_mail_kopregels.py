"""Every mail is generated with SnelleKopregels (portal/mail.py): the same bytes as Django's
compat32 policy gives, without building an email.header.Header for a header that fits on one
line; and each multipart part gets a boundary no part's text contains."""

import email
import random
import string
from email.policy import compat32

import pytest

from participatiepunt.portal import mail

WAARDEN = [
    "[Participatiepunt] Nieuws uit Vinkhuizen",
    "Participatiepunt <noreply@participatiepunt.local>",
    "<melding-18000@127.0.0.1>",
    'text/plain; charset="utf-8"',
    "List-Unsubscribe=One-Click",
    "a" * 60,
    "a" * 70,  # too long with its name: folded the slow way
    "twee  spaties",
    " voorloopspatie",
    "naloopspatie ",
    "tab\there",
    "=?utf-8?q?Caf=C3=A9?=",
    "Café op het plein",
    "<http://testserver/meldingen/afmelden/" + "x" * 120 + "/>",
    "",
]


def _willekeurig(lengte):
    tekens = string.ascii_letters + string.digits + string.punctuation + "  \té"
    return "".join(random.choice(tekens) for _ in range(lengte))


@pytest.mark.parametrize("linesep", ["\n", "\r\n"])
def test_headers_fold_exactly_as_compat32(linesep):
    snel, gewoon = mail.SNELLE_KOPREGELS.clone(linesep=linesep), compat32.clone(linesep=linesep)
    random.seed(21)
    waarden = WAARDEN + [_willekeurig(random.randint(0, 90)) for _ in range(2000)]
    for naam in ("Subject", "X-Auto-Response-Suppress"):
        for waarde in waarden:
            assert snel.fold_binary(naam, waarde) == gewoon.fold_binary(naam, waarde), waarde


@pytest.mark.django_db
def test_a_mail_with_a_boundary_per_part_reads_back_as_written():
    bericht = mail.bericht(
        onderwerp="Nieuws uit Vinkhuizen", delen=("De tekst.\n", "<p>De tekst.</p>"), aan="a@b.nl"
    )
    bericht.attach("uitnodiging.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n", "text/calendar")
    ruw = bericht.message().as_bytes(linesep="\r\n")
    gelezen = email.message_from_bytes(ruw)
    grenzen = [deel.get_boundary() for deel in gelezen.walk() if deel.is_multipart()]
    assert len(grenzen) == 2 and len(set(grenzen)) == 2
    teksten = [deel.get_payload(decode=True).decode().replace("\r\n", "\n")
               for deel in gelezen.walk() if not deel.is_multipart()]  # fmt: skip
    assert teksten == ["De tekst.\n", "<p>De tekst.</p>", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"]
    assert gelezen["Subject"] == "[Participatiepunt] Nieuws uit Vinkhuizen"


def test_a_boundary_never_occurs_in_a_text(monkeypatch):
    bezet = f"{'=' * 15}{1:019d}=="
    getallen = iter([1, 2])
    monkeypatch.setattr(mail.random, "randrange", lambda _: next(getallen))
    assert mail._grens([f"tekst met {bezet} erin"]) == f"{'=' * 15}{2:019d}=="
