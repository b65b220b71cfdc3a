"""The mails about a sign-up, as an outbox: plan() writes a row in the caller's transaction
and wakes the task after commit (participatiepunt.meldingen.wekker); the task locks the row
and marks it sent in the transaction that sends it, so a retried or duplicated task never
sends twice; a periodic sweep sends what a lost task left. Each mail carries the bijeenkomst
as .ics, except the request to confirm."""

import threading

from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone

from participatiepunt.meldingen.wekker import Wekker
from participatiepunt.portal import mail
from participatiepunt.portal.samenbewaren import voeg_samen_toe

from . import ical, tokens
from .models import Aanmeldingsmail, Mailsoort

ONDERWERPEN = {
    Mailsoort.BEVESTIG_ADRES: "Bevestig uw aanmelding voor {titel}",
    Mailsoort.AANGEMELD: "U bent aangemeld voor {titel}",
    Mailsoort.WACHTLIJST: "U staat op de wachtlijst voor {titel}",
    Mailsoort.DOORGESCHOVEN: "Er is een plaats vrij: u bent aangemeld voor {titel}",
    Mailsoort.HERINNERING: "Herinnering: {titel} is morgen",
    Mailsoort.AFGEMELD: "U bent afgemeld voor {titel}",
    Mailsoort.GEANNULEERD: "Gaat niet door: {titel}",
}
ZONDER_AGENDA_ITEM = {Mailsoort.BEVESTIG_ADRES, Mailsoort.WACHTLIJST}
_NA_COMMIT = threading.local()  # the sending of this thread's transaction, after commit
TE_VERSTUREN = Wekker("bijeenkomsten:mails", "bijeenkomsten:mails:gewekt")


def wanneer(bijeenkomst) -> str:
    """maandag 7 december 2026, 19:30 tot 21:30 uur."""
    start, eind = timezone.localtime(bijeenkomst.start), timezone.localtime(bijeenkomst.eind)
    return f"{formats.date_format(start, 'l j F Y')}, {start:%H:%M} tot {eind:%H:%M} uur"


def plan(aanmelding, soort) -> Aanmeldingsmail:
    rij = Aanmeldingsmail.objects.create(aanmelding=aanmelding, soort=soort)
    _verstuur_na_commit([rij.pk])
    return rij


def plan_met_aanmelding(aanmelding, soort) -> Aanmeldingsmail:
    """plan() for a sign-up not yet saved: both rows in one statement (portal.samenbewaren)."""
    rij = Aanmeldingsmail(aanmelding=aanmelding, soort=soort)
    voeg_samen_toe(aanmelding, rij)
    _verstuur_na_commit([rij.pk])
    return rij


def plan_voor(aanmelding_ids, soort) -> None:
    """plan() for many sign-ups at once: one INSERT, one task per mail after commit."""
    rijen = [Aanmeldingsmail(aanmelding_id=pk, soort=soort) for pk in aanmelding_ids]
    if rijen:
        _verstuur_na_commit([rij.pk for rij in Aanmeldingsmail.objects.bulk_create(rijen)])


def _verstuur_na_commit(rij_ids) -> None:
    """One wake-up after commit for all the rows of the transaction (a sign-up and those it
    moves up from the waiting list), and under load one task for the rows of many. Whether
    the transaction's sending is still pending is read from Django's own list of callbacks:
    a rolled-back transaction drops it (and the task skips a row of a rolled-back
    savepoint)."""
    connection = transaction.get_connection()
    wachtend = getattr(_NA_COMMIT, "verzending", None)
    if wachtend and any(c == wachtend.verstuur for _, c, _ in connection.run_on_commit):
        wachtend.rij_ids.extend(rij_ids)
        return
    _NA_COMMIT.verzending = _Verzending(list(rij_ids))
    # A bound method: Django logs a failing robust callback by its __qualname__ (Redis down).
    transaction.on_commit(_NA_COMMIT.verzending.verstuur, robust=True)


class _Verzending:
    def __init__(self, rij_ids: list[int]):
        self.rij_ids = rij_ids

    def verstuur(self) -> None:
        from .tasks import verstuur_gemelde, verstuur_mails

        if getattr(_NA_COMMIT, "verzending", None) is self:
            _NA_COMMIT.verzending = None  # sent: rows planned after this go with a new one
        TE_VERSTUREN.wek(self.rij_ids, taak=verstuur_gemelde, direct=verstuur_mails.delay)


def _link(naam, aanmelding, doel) -> str:
    return mail.absolute(reverse(naam, kwargs={"token": tokens.maak(aanmelding, doel)}))


def bericht(rij):
    aanmelding = rij.aanmelding
    bijeenkomst = aanmelding.bijeenkomst
    context = {
        "soort": rij.soort,
        "aanmelding": aanmelding,
        "bijeenkomst": bijeenkomst,
        "wanneer": wanneer(bijeenkomst),
        "bevestig_uren": tokens.bevestig_binnen().total_seconds() // 3600,
        "afmeld_url": _link("bijeenkomsten:afmelden", aanmelding, tokens.AFMELDEN),
    }
    if rij.soort == Mailsoort.BEVESTIG_ADRES:
        context["knop_url"] = _link("bijeenkomsten:bevestigen", aanmelding, tokens.BEVESTIGEN)
        context["knop_tekst"] = "Bevestig mijn aanmelding"
    else:
        context["knop_url"] = mail.absolute(bijeenkomst.get_absolute_url())
        context["knop_tekst"] = "Bekijk de bijeenkomst"
    bericht = mail.bericht(
        onderwerp=ONDERWERPEN[rij.soort].format(titel=bijeenkomst.titel),
        delen=mail.teksten("bijeenkomsten/mail/aanmelding", context),
        aan=aanmelding.email,
    )
    if rij.soort not in ZONDER_AGENDA_ITEM:
        geannuleerd = rij.soort in (Mailsoort.AFGEMELD, Mailsoort.GEANNULEERD)
        bericht.attach(ical.agenda_item(bijeenkomst, geannuleerd=geannuleerd))
    return bericht
