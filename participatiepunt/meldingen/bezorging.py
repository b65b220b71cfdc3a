"""Delivering direct e-mails: a batch goes out over MELDINGEN_BEZORG_VERBINDINGEN SMTP
connections at once (each reader's rows over one of them), each event rendered and flattened
once (berichten.Opmaak, portal.mail.Sjabloon: a mail is the event's bytes with the reader's
address and links filled in). Per message one short transaction marks the row sent (only if it
was not), sends, and commits, one database round trip per message (transacties.PerMail), so a
retried, duplicated or restarted task never sends a message twice. A failure of the connection
or the server stops every part of the batch, and the task is retried."""

import logging
import smtplib
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import contextmanager
from datetime import timedelta
from functools import cache

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.mail import get_connection
from django.db import DatabaseError, connection
from django.db.models import Case, F, Value, When
from django.utils import timezone

from participatiepunt.portal import mail
from participatiepunt.portal.tekst import schone_kopregels

from . import berichten, transacties
from .kinds import Email
from .models import GEPARKEERD, Melding

logger = logging.getLogger(__name__)


def te_bezorgen():
    return Melding.objects.filter(email=Email.DIRECT, email_verstuurd_op__isnull=True)


def houd_vast(melding_ids) -> None:
    """The task that starts on these rows holds them for MELDINGEN_VASTHOUDEN seconds."""
    tot = timezone.now() + timedelta(seconds=settings.MELDINGEN_VASTHOUDEN)
    te_bezorgen().filter(pk__in=melding_ids).update(vastgehouden_tot=tot)


def laat_los(melding_ids) -> None:
    """The task gives up (its retries are spent): the next sweep takes what is left."""
    te_bezorgen().filter(pk__in=melding_ids).update(vastgehouden_tot=timezone.now())


def verstuur(melding_ids) -> int:
    houd_vast(melding_ids)
    meldingen = te_bezorgen().filter(pk__in=melding_ids).select_related("gebeurtenis", "ontvanger")
    delen = per_verbinding(meldingen.order_by("pk"), settings.MELDINGEN_BEZORG_VERBINDINGEN)
    opmaak, stop = berichten.Opmaak(), threading.Event()
    if len(delen) == 1:
        return _verstuur_deel(delen[0], opmaak, stop)
    return _parallel(delen, opmaak, stop)


def per_verbinding(meldingen, aantal: int) -> list[list]:
    """The batch in at most `aantal` parts, all rows of one reader in the same part: a heartbeat
    mail claims the reader's other rows (hartslag.met_de_rest), which a parallel part would
    hold locked and then mail separately."""
    delen: dict[int, list] = {}
    for melding in meldingen:
        delen.setdefault(melding.ontvanger_id % aantal, []).append(melding)
    return list(delen.values()) or [[]]


def _verstuur_deel(meldingen, opmaak, stop) -> int:
    verstuurd = 0
    with (
        get_connection(fail_silently=False) as verbinding,
        _asynchroon_committen(),
        transacties.PerMail() as per_mail,
    ):
        for melding in meldingen:
            if stop.is_set():  # another part met an outage: the task is retried
                break
            verstuurd += _verstuur_een(melding, verbinding, opmaak, per_mail)
    return verstuurd


def _parallel(delen, opmaak, stop) -> int:
    """Each part in a thread of its own, with its own SMTP and database connection: a message
    spends most of its time waiting for the SMTP server and PostgreSQL, not on the CPU."""
    taken = [_threads().submit(_in_thread, deel, opmaak, stop) for deel in delen]
    try:
        wait(taken, return_when=FIRST_EXCEPTION)
    finally:
        stop.set()  # after the first failure, or the task's soft time limit
        wait(taken)
    for taak in taken:
        taak.result()  # re-raises the first outage: the batch stops and is retried
    return sum(taak.result() for taak in taken)


def _in_thread(meldingen, opmaak, stop) -> int:
    try:
        return _verstuur_deel(meldingen, opmaak, stop)
    finally:
        connection.close()  # an idle thread holds no connection (nor a broken one) until next time


@cache
def _threads() -> ThreadPoolExecutor:
    """Made in the worker process that uses it (after the fork), kept for its next tasks."""
    return ThreadPoolExecutor(settings.MELDINGEN_BEZORG_VERBINDINGEN, "bezorging")


@contextmanager
def _asynchroon_committen():
    """One commit per message would wait for a disk flush each time. PostgreSQL's asynchronous
    commit keeps the guarantee that matters here: a killed worker loses nothing that committed;
    only a crash of the database server itself could lose the last fraction of a second of
    sent marks (those few mails would then go out again)."""
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


# Failures of the connection or the server as a whole: the batch stops and the task is retried
# (every following message would fail the same way). smtplib's errors are OSErrors too; the
# ones about one message are not in this list.
VERBINDINGSFOUTEN = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPNotSupportedError,
)


def is_storing(fout) -> bool:
    """Whether a failure is of the connection or the server as a whole (the batch stops and is
    retried) rather than of the one message being sent (recorded, and the batch goes on)."""
    if isinstance(fout, VERBINDINGSFOUTEN):
        return True
    if isinstance(fout, smtplib.SMTPResponseException):
        return fout.smtp_code == 421  # the server closes the connection
    return isinstance(fout, (OSError, DatabaseError, SoftTimeLimitExceeded))


def _verstuur_een(melding, verbinding, opmaak, per_mail) -> int:
    try:
        # Marks and locks the row; a concurrent task waits there and then finds it sent. A crash
        # or an error before its commit (right after the server's 250) undoes the mark.
        with per_mail.mail(melding) as meldingen:  # one heartbeat mail per reader
            if not meldingen:
                return 0
            bericht = schone_kopregels(opmaak.voor_meldingen(meldingen))
            mail.verstuur(verbinding, bericht)
    except smtplib.SMTPRecipientsRefused as fout:
        # Permanent for this address: retrying would block the rest of every batch.
        # The error holds the address: log only the SMTP codes (no personal data in logs).
        codes = [code for code, _ in fout.recipients.values()]
        logger.warning("Melding %s: adres geweigerd (SMTP %s)", melding.pk, codes)
        _weiger(melding.pk, fout)
        return 0
    except Exception as fout:
        if is_storing(fout):
            raise
        logger.warning("Melding %s: bezorging mislukt (%s)", melding.pk, type(fout).__name__)
        registreer_mislukking(te_bezorgen().filter(pk=melding.pk), fout)
        return 0
    return 1


def _weiger(melding_id, fout) -> None:
    Melding.objects.filter(pk=melding_id).update(
        email=Email.UIT, email_verstuurd_op=None, email_fout=str(fout)[:300]
    )


def registreer_mislukking(rijen, fout) -> None:
    """Record a failure of one message on its outbox rows; after MELDINGEN_PARKEER_NA of them
    they are parked (no task takes them again) with the error for a beheerder, instead of
    failing for ever."""
    rijen.update(
        email_pogingen=F("email_pogingen") + 1,
        email_fout=f"{type(fout).__name__}: {fout}"[:300],
        email=Case(
            When(email_pogingen__gte=settings.MELDINGEN_PARKEER_NA - 1, then=Value(GEPARKEERD)),
            default=F("email"),
        ),
    )


def in_batches(ids):
    grootte = settings.MELDINGEN_BEZORG_BATCH
    for start in range(0, len(ids), grootte):
        yield ids[start : start + grootte]
