"""Celery tasks. They receive ids, are idempotent (bezorging locks each row and checks its sent
mark) and run with acks_late (global). Periodic ones are in CELERY_BEAT_SCHEDULE (settings)."""

import smtplib
from datetime import datetime, timedelta

from celery import current_app, shared_task
from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from . import bezorging, hartslag, herinneringen, overzicht, wekker

SMTP_FOUTEN = (smtplib.SMTPException, OSError)


def wek_bezorging(gebeurtenis_id: int) -> None:
    """After the event's commit (events.plan_bezorging)."""
    wekker.GEBEURTENISSEN.wek([gebeurtenis_id], taak=bezorg_gemelde, direct=_bezorg_direct)


def _bezorg_direct(gebeurtenis_ids) -> None:
    for gebeurtenis_id in gebeurtenis_ids:
        bezorg_gebeurtenis.delay(gebeurtenis_id)


@shared_task
def bezorg_gemelde() -> None:
    """Every event on the wake-up list (wekker), in one go."""
    _plan_gebeurtenissen(wekker.GEBEURTENISSEN.neem_alle())


@shared_task
def bezorg_gebeurtenis(gebeurtenis_id: int) -> None:
    _plan_gebeurtenissen([gebeurtenis_id])


def _plan_gebeurtenissen(gebeurtenis_ids) -> None:
    if not gebeurtenis_ids:
        return
    rijen = bezorging.te_bezorgen().filter(gebeurtenis_id__in=gebeurtenis_ids)
    plan(list(rijen.order_by("pk").values_list("pk", flat=True)))


def plan(ids) -> None:
    for batch in bezorging.in_batches(ids):
        bezorg_emails.delay(batch)
        bezorging.te_bezorgen().filter(pk__in=batch).update(
            ingepland_op=timezone.now(), vastgehouden_tot=None
        )


def wachttijd(poging: int) -> int:
    """Exponential backoff, capped well below the broker's visibility timeout."""
    return min(settings.MELDINGEN_BACKOFF_SECONDEN * 2**poging, settings.MELDINGEN_BACKOFF_MAX)


def _later_opnieuw(task, fout):
    """The retry for an SMTP failure, with exponential backoff."""
    return task.retry(
        exc=fout,
        countdown=wachttijd(task.request.retries),
        max_retries=settings.MELDINGEN_MAX_POGINGEN,
    )


@shared_task(bind=True)
def bezorg_emails(self, melding_ids: list[int]) -> int:
    try:
        return bezorging.verstuur(melding_ids)
    except SMTP_FOUTEN as fout:
        if self.request.retries >= settings.MELDINGEN_MAX_POGINGEN:
            bezorging.laat_los(melding_ids)
        raise _later_opnieuw(self, fout) from fout


def wachtrij_lengte() -> int:
    """Tasks waiting in the broker's default queue (none when tasks run in-process)."""
    if current_app.conf.task_always_eager:
        return 0
    with current_app.connection_for_read() as verbinding:
        wachtrij = current_app.conf.task_default_queue
        return verbinding.default_channel.queue_declare(wachtrij).message_count


@shared_task
def veeg_uitgaande_meldingen() -> int:
    """Re-plan every direct e-mail that is still unsent: at once when the task that took it up
    let go or no longer holds it (its worker was killed, its retries are spent), and after
    MELDINGEN_HERPLAN_NA when no task took it up (its task was lost on the way, Redis down).
    A row re-planned while a task still works on it is not sent twice: each message is marked
    sent under a row lock in the transaction that sends it (bezorging)."""
    if wachtrij_lengte() > settings.MELDINGEN_VEEG_WACHTRIJ_MAX:
        return 0  # delivery is busy with a backlog; re-planning it would only pile up duplicates
    nu = timezone.now()
    grens = nu - timedelta(seconds=settings.MELDINGEN_HERPLAN_NA)
    maximum = settings.MELDINGEN_VEEG_MAX
    losgelaten = bezorging.te_bezorgen().filter(vastgehouden_tot__lt=nu)
    blijven_liggen = bezorging.te_bezorgen().filter(
        vastgehouden_tot__isnull=True, ingepland_op__lt=grens
    )
    ids = {
        pk
        for rijen in (losgelaten, blijven_liggen)
        for pk in rijen.order_by("pk").values_list("pk", flat=True)[:maximum]
    }
    plan(sorted(ids)[:maximum])
    return min(len(ids), maximum)


@shared_task
def bezorg_ingepland(tijdstip: str) -> None:
    """Deliver what one set-based run (the heartbeat) planned at this moment."""
    moment = datetime.fromisoformat(tijdstip)
    # A reader's rows next to each other, so they land in one batch: its task mails them as one
    # (hartslag.met_de_rest) instead of two tasks each claiming a part at the same moment.
    rijen = bezorging.te_bezorgen().filter(ingepland_op=moment).order_by("ontvanger_id", "pk")
    plan(list(rijen.values_list("pk", flat=True)))


@shared_task
def stuur_hartslag() -> int:
    return hartslag.verstuur()


@shared_task
def stuur_herinneringen() -> int:
    return herinneringen.verstuur(herinneringen.regels(), timezone.localdate())


@shared_task
def stuur_weekoverzichten() -> int:
    """One task per batch of users who have something waiting (never one per user)."""
    ids = list(overzicht.aan_de_beurt(timezone.now()))
    for batch in bezorging.in_batches(ids):
        stuur_overzichten.delay(batch)
    return len(ids)


@shared_task(bind=True)
def stuur_overzichten(self, gebruiker_ids: list[int]) -> int:
    try:
        with get_connection(fail_silently=False) as verbinding:
            nu = timezone.now()
            return overzicht.verstuur_alle(gebruiker_ids, verbinding, nu)
    except SMTP_FOUTEN as fout:
        raise _later_opnieuw(self, fout) from fout
