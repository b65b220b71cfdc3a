"""Signing up, confirming and cancelling. Every change to who has a place happens with the
bijeenkomst's row locked (SELECT … FOR UPDATE), in one transaction: two people who take the
last place at the same moment, or cancel at the same moment, are handled one after the other,
and the waiting list moves up in the same transaction as the cancellation that frees a place.
The mails are outbox rows of that transaction (mails.py), sent after commit."""

from dataclasses import dataclass, fields
from datetime import UTC, datetime

from django.db import connection, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from participatiepunt.meldingen.events import publish
from participatiepunt.portal.vastequery import VasteQuery

from . import mails
from .caches import BIJEENKOMSTEN, PER_BIJEENKOMST
from .models import (
    ACTIEF,
    Aanmelding,
    Bijeenkomst,
    Mailsoort,
    Status,
    bevestig_binnen,
    onbevestigd_verlopen,
)


def plan(*, gemeente, door, **velden) -> Bijeenkomst:
    """A new bijeenkomst; one in a wijk is announced to whoever follows that wijk."""
    with transaction.atomic():
        bijeenkomst = Bijeenkomst.objects.create(gemeente=gemeente, aangemaakt_door=door, **velden)
        if bijeenkomst.wijk_id:
            _kondig_aan_in_wijk(bijeenkomst)
    return bijeenkomst


def _kondig_aan_in_wijk(bijeenkomst) -> None:
    publish(
        "bijeenkomst.in_de_wijk",
        bijeenkomst,
        titel=f"{bijeenkomst.get_soort_display()} in {bijeenkomst.wijk}: {bijeenkomst.titel}",
        url=bijeenkomst.get_absolute_url(),
        tekst=f"{mails.wanneer(bijeenkomst)}\nWaar: {bijeenkomst.locatie}\n\n"
        "Iedereen is welkom. Meld u aan via de knop hieronder.",
        ook_volgers_van=[bijeenkomst.wijk],
    )


def _vergrendeld(bijeenkomst_id) -> Bijeenkomst:
    return Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst_id)


@dataclass(frozen=True)
class Stand:
    """Places taken and turns waiting, and of those the unconfirmed ones past their time; with
    an address, its sign-up that still counts (its pk) if there is one."""

    geplaatst: int
    wachtend: int
    geplaatst_verlopen: int
    wachtend_verlopen: int
    van_het_adres: int | None = None

    @property
    def verlopen(self) -> int:
        return self.geplaatst_verlopen + self.wachtend_verlopen

    @property
    def bezet(self) -> int:
        """Places taken once the expired ones are gone."""
        return self.geplaatst - self.geplaatst_verlopen

    @property
    def op_de_wachtlijst(self) -> int:
        return self.wachtend - self.wachtend_verlopen


# No address has it: the stand-in for the address while the SQL is built, and the address when
# a change that is no sign-up counts the places. The moment likewise (no sign-up is from 1971).
GEEN_ADRES = "\ue000geen adres"
_MOMENT = datetime(1971, 2, 3, 4, 5, 6, 7, tzinfo=UTC)


def _stand_van(bijeenkomst, grens, email):
    verlopen = onbevestigd_verlopen(grens)
    geplaatst, wachtend = Q(status=Status.GEPLAATST), Q(status=Status.WACHTLIJST)
    telt = Q(email=email, status__in=ACTIEF) & ~verlopen  # at most one (a constraint)
    aanmeldingen = Aanmelding.objects.filter(bijeenkomst=bijeenkomst).order_by()
    per_bijeenkomst = aanmeldingen.values("bijeenkomst").annotate(
        geplaatst=Count("pk", filter=geplaatst),
        wachtend=Count("pk", filter=wachtend),
        geplaatst_verlopen=Count("pk", filter=geplaatst & verlopen),
        wachtend_verlopen=Count("pk", filter=wachtend & verlopen),
        van_het_adres=Max("pk", filter=telt),
    )
    return per_bijeenkomst.values(*(veld.name for veld in fields(Stand)))


# Built once per process: the ORM took longer to build these five filtered aggregates than
# PostgreSQL to count them, on every sign-up (0.7 ms of 6 in bench.profiel).
STAND = VasteQuery(_stand_van, "bijeenkomst", grens=_MOMENT, email=GEEN_ADRES)


def _stand(bijeenkomst, grens, email=GEEN_ADRES) -> Stand:
    """One query, where expiring, counting the places, reading the waiting list and looking for
    the address's earlier sign-up were four (two of them only when something expired or a
    place is free)."""
    rijen = STAND.rijen(bijeenkomst=bijeenkomst.pk, grens=grens, email=email)
    return Stand(**rijen[0]) if rijen else Stand(0, 0, 0, 0)  # no sign-ups: no group


def _laat_verlopen(bijeenkomst, grens) -> None:
    """Unconfirmed sign-ups past their time give up their place or turn."""
    if bijeenkomst.aanmeldingen.onbevestigd_verlopen(grens).update(status=Status.VERLOPEN):
        BIJEENKOMSTEN.gewijzigd()
        PER_BIJEENKOMST.gewijzigd(deel=bijeenkomst.pk)


# One statement: the first on the waiting list take the free places, first come first served
# (Meta.ordering). The ORM would read them, then update them: two round trips under the lock.
DOORSCHUIVEN = f"""
    UPDATE {Aanmelding._meta.db_table} SET status = %(geplaatst)s
    WHERE id IN (
        SELECT id FROM {Aanmelding._meta.db_table}
        WHERE bijeenkomst_id = %(bijeenkomst)s AND status = %(wachtlijst)s
        ORDER BY aangemeld_op, id LIMIT %(vrij)s
    )
    RETURNING id, bevestigd_op IS NOT NULL
"""


def _schuif_door(bijeenkomst, bezet: int, wachtend: int) -> int:
    """Fill every free place from the waiting list, in one UPDATE and one batch of mails
    however many move up. Returns the places taken after it."""
    vrij = bijeenkomst.capaciteit - bezet
    if vrij <= 0 or not wachtend:
        return bezet
    waarden = {"bijeenkomst": bijeenkomst.pk, "vrij": vrij}
    waarden.update(geplaatst=Status.GEPLAATST, wachtlijst=Status.WACHTLIJST)
    with connection.cursor() as cursor:
        cursor.execute(DOORSCHUIVEN, waarden)
        doorgeschoven = cursor.fetchall()
    BIJEENKOMSTEN.gewijzigd()  # no signal for an UPDATE
    PER_BIJEENKOMST.gewijzigd(deel=bijeenkomst.pk)
    # an unconfirmed one hears it when confirming
    mails.plan_voor([pk for pk, bevestigd in doorgeschoven if bevestigd], Mailsoort.DOORGESCHOVEN)
    return bezet + len(doorgeschoven)


def _ruim_op(bijeenkomst, email=GEEN_ADRES) -> Bijeenkomst:
    """`bijeenkomst` locked by the caller, with expired sign-ups gone and the waiting list
    moved up; its places taken after that as `bezet` (counted under the lock, so still true
    until commit), and with an address the pk of its sign-up that counts as
    `aanmelding_van_het_adres` (None without one)."""
    grens = timezone.now() - bevestig_binnen()
    stand = _stand(bijeenkomst, grens, email)
    if stand.verlopen:
        _laat_verlopen(bijeenkomst, grens)
    bijeenkomst.bezet = _schuif_door(bijeenkomst, stand.bezet, stand.op_de_wachtlijst)
    bijeenkomst.aanmelding_van_het_adres = stand.van_het_adres
    return bijeenkomst


def _opgeruimd(bijeenkomst_id) -> Bijeenkomst:
    """The bijeenkomst locked and cleaned up (_ruim_op)."""
    return _ruim_op(_vergrendeld(bijeenkomst_id))


def aanmelden(bijeenkomst_id, *, naam, email, gebruiker=None) -> Aanmelding:
    """A place if there is one, else the waiting list. With an account it counts at once;
    with only a name and address after the link in the mail is followed. Signing up again
    with the same address (a double click, a second try) returns the first sign-up."""
    with transaction.atomic():
        return aanmelden_vergrendeld(
            _vergrendeld(bijeenkomst_id), naam=naam, email=email, gebruiker=gebruiker
        )


def aanmelden_vergrendeld(bijeenkomst, *, naam, email, gebruiker=None) -> Aanmelding:
    """As aanmelden, for a bijeenkomst the caller read with select_for_update() in its own
    transaction (the view checks its rights on that row: one query fewer)."""
    email = email.strip().lower()
    with transaction.atomic(savepoint=False):
        bijeenkomst = _ruim_op(bijeenkomst, email)
        if bijeenkomst.aanmelding_van_het_adres is not None:
            # read after moving up: the waiting list may just have given it a place
            return Aanmelding.objects.get(pk=bijeenkomst.aanmelding_van_het_adres)
        vol = bijeenkomst.bezet >= bijeenkomst.capaciteit
        aanmelding = Aanmelding(
            bijeenkomst=bijeenkomst,
            gebruiker=gebruiker,
            naam=naam,
            email=email,
            status=Status.WACHTLIJST if vol else Status.GEPLAATST,
            bevestigd_op=timezone.now() if gebruiker else None,
        )
        mails.plan_met_aanmelding(aanmelding, _eerste_mail(aanmelding))
    return aanmelding


def _eerste_mail(aanmelding) -> str:
    if not aanmelding.is_bevestigd:
        return Mailsoort.BEVESTIG_ADRES
    if aanmelding.status == Status.WACHTLIJST:
        return Mailsoort.WACHTLIJST
    return Mailsoort.AANGEMELD


def bevestig(aanmelding_id) -> Aanmelding | None:
    """The address is confirmed: the sign-up counts. None when it expired or was cancelled."""
    with transaction.atomic():
        aanmelding = Aanmelding.objects.get(pk=aanmelding_id)
        _opgeruimd(aanmelding.bijeenkomst_id)
        aanmelding.refresh_from_db()
        if not aanmelding.is_actief:
            return None
        if not aanmelding.is_bevestigd:
            aanmelding.bevestigd_op = timezone.now()
            aanmelding.save(update_fields=["bevestigd_op"])
            mails.plan(aanmelding, _eerste_mail(aanmelding))
    return aanmelding


def afmelden(aanmelding_id) -> Aanmelding:
    """Cancel; the first on the waiting list gets the place, in the same transaction."""
    with transaction.atomic():
        aanmelding = Aanmelding.objects.get(pk=aanmelding_id)
        bijeenkomst = _vergrendeld(aanmelding.bijeenkomst_id)
        aanmelding.refresh_from_db()
        if not aanmelding.is_actief:
            return aanmelding  # cancelled before (a double click): nothing moves twice
        aanmelding.status = Status.AFGEMELD
        aanmelding.afgemeld_op = timezone.now()
        aanmelding.save(update_fields=["status", "afgemeld_op"])
        if aanmelding.is_bevestigd:
            mails.plan(aanmelding, Mailsoort.AFGEMELD)
        _ruim_op(bijeenkomst)
    return aanmelding


def annuleer(bijeenkomst_id) -> Bijeenkomst:
    """The bijeenkomst does not take place: everyone signed up or waiting (and confirmed)
    hears it, with an .ics that takes it out of their calendar. Twice is once."""
    with transaction.atomic():
        bijeenkomst = _vergrendeld(bijeenkomst_id)
        if bijeenkomst.geannuleerd:
            return bijeenkomst
        bijeenkomst.geannuleerd = True
        bijeenkomst.save(update_fields=["geannuleerd", "gewijzigd_op"])
        for aanmelding in bijeenkomst.aanmeldingen.actief().filter(bevestigd_op__isnull=False):
            mails.plan(aanmelding, Mailsoort.GEANNULEERD)
    return bijeenkomst


def ruim_verlopen_op() -> int:
    """Periodic: expire unconfirmed sign-ups everywhere and move the waiting lists up."""
    ids = set(Aanmelding.objects.onbevestigd_verlopen().values_list("bijeenkomst_id", flat=True))
    for bijeenkomst_id in ids:
        with transaction.atomic():
            _opgeruimd(bijeenkomst_id)
    return len(ids)
