"""Celery tasks. They receive ids, are idempotent (bezorging locks each row and checks its sent
mark) and run with acks_late (global). Periodic ones are in CELERY_BEAT_SCHEDULE (settings)."""

import smtplib
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from . import bezorging

SMTP_FOUTEN = (smtplib.SMTPException, OSError)


@shared_task
def bezorg_gebeurtenis(gebeurtenis_id: int) -> None:
    ids = list(
        bezorging.te_bezorgen()
        .filter(gebeurtenis_id=gebeurtenis_id)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    plan(ids)


def plan(ids) -> None:
    for batch in bezorging.in_batches(ids):
        bezorg_emails.delay(batch)
        bezorging.te_bezorgen().filter(pk__in=batch).update(ingepland_op=timezone.now())


def wachttijd(poging: int) -> int:
    """Exponential backoff, capped well below the broker's visibility timeout."""
    return min(settings.MELDINGEN_BACKOFF_SECONDEN * 2**poging, settings.MELDINGEN_BACKOFF_MAX)


@shared_task(bind=True)
def bezorg_emails(self, melding_ids: list[int]) -> int:
    try:
        return bezorging.verstuur(melding_ids)
    except SMTP_FOUTEN as fout:
        raise self.retry(
            exc=fout,
            countdown=wachttijd(self.request.retries),
            max_retries=settings.MELDINGEN_MAX_POGINGEN,
        ) from fout


@shared_task
def veeg_uitgaande_meldingen() -> int:
    """Re-plan every direct e-mail that is still unsent a while after its last planning: lost
    tasks (Redis down, a worker killed) and exhausted retries (SMTP down) all end up here."""
    grens = timezone.now() - timedelta(seconds=settings.MELDINGEN_HERPLAN_NA)
    ids = list(
        bezorging.te_bezorgen()
        .filter(ingepland_op__lt=grens)
        .order_by("pk")
        .values_list("pk", flat=True)[: settings.MELDINGEN_VEEG_MAX]
    )
    plan(ids)
    return len(ids)
